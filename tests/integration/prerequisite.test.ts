import { afterEach, expect, test, vi } from "vitest";
import { prerequisite } from "../support/prerequisite";

afterEach(() => {
  vi.unstubAllEnvs();
});

test.each([
  { ci: "true", present: true, outcome: "present" },
  { ci: "true", present: false, outcome: "fails" },
  { ci: "", present: true, outcome: "present" },
  { ci: "", present: false, outcome: "skips" },
])("CI=$ci, prerequisite present: $present → $outcome", ({ ci, present, outcome }) => {
  vi.stubEnv("CI", ci);
  if (outcome === "fails") expect(() => prerequisite("The seed articles", present)).toThrow(/The seed articles is missing\. Under CI/);
  else expect(prerequisite("The seed articles", present)).toBe(present);
});
