import { expect, test } from "vitest";
import { auditEventIdSchema } from "./schema";

test.each([
  { id: "1", ok: true },
  { id: "9223372036854775807", ok: true },
  { id: "9223372036854775808", ok: false },
  { id: "9999999999999999999", ok: false },
  { id: "99999999999999999999", ok: false },
  { id: "0", ok: false },
  { id: "-1", ok: false },
  { id: "1e3", ok: false },
  { id: "1; DROP TABLE audit_event", ok: false },
])("audit entry id $id: accepted $ok", ({ id, ok }) => {
  expect(auditEventIdSchema.safeParse(id).success).toBe(ok);
});
