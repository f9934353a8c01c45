import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** 32 random bytes: unguessable; base64url so it sits in a URL path as it is. */
export function createShareToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashShareToken(token) };
}

/** What the database keeps instead of the token itself. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as it may appear in a /share/<token> address; anything else is not a link of ours. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const createShareLinkInputSchema = z.object({
  expiresInDays: z.coerce.number().int().min(1, "at least one day").max(90, "at most 90 days").default(14),
});
