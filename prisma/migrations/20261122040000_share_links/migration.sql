-- Read-only share links to one event's report.

-- CreateTable
CREATE TABLE "share_link" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "share_link_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "share_link_token_hash_sha256" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "share_link_expires_after_creation" CHECK ("expires_at" > "created_at")
);

-- CreateIndex
CREATE UNIQUE INDEX "share_link_token_hash_key" ON "share_link"("token_hash");
CREATE INDEX "share_link_event_id_idx" ON "share_link"("event_id");

-- AddForeignKey
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
