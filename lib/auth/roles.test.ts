import { expect, test } from "vitest";
import { hasRole } from "./roles";

test.each([
  { role: "viewer", needed: "viewer", allowed: true },
  { role: "viewer", needed: "editor", allowed: false },
  { role: "editor", needed: "editor", allowed: true },
  { role: "editor", needed: "admin", allowed: false },
  { role: "admin", needed: "editor", allowed: true },
  { role: "admin", needed: "viewer", allowed: true },
] as const)("a $role may do what needs a $needed: $allowed", ({ role, needed, allowed }) => {
  expect(hasRole(role, needed)).toBe(allowed);
});
