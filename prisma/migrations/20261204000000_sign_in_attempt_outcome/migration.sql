-- Sign-in attempts remember whether they succeeded: a successful sign-in makes its address known
-- for the account (exempt from the account's back-off), and does not count as a failure.

-- AlterTable
ALTER TABLE "sign_in_attempt" ADD COLUMN "succeeded" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "sign_in_attempt_email_address_at_idx" ON "sign_in_attempt"("email", "address", "at");
