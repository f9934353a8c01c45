import { createHash } from "node:crypto";

/** SHA-256 of the revision text, hex: equal texts are one revision. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
