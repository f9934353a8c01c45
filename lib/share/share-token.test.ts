import { expect, test } from "vitest";
import { createShareToken, hashShareToken, shareTokenSchema } from "./share-token";

test("a new token is unguessable, fits the address form, and only its hash is kept", () => {
  const a = createShareToken();
  const b = createShareToken();
  expect(a.token).not.toBe(b.token);
  expect(shareTokenSchema.safeParse(a.token).success).toBe(true);
  expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(hashShareToken(a.token)).toBe(a.hash);
});

test.each(["", "short", "../../etc/passwd", `${"a".repeat(43)}/`])("'%s' is not a share token", (value) => {
  expect(shareTokenSchema.safeParse(value).success).toBe(false);
});
