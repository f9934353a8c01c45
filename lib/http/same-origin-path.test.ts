import { expect, test } from "vitest";
import { sameOriginPath } from "./same-origin-path";

test.each([
  // Paths of this site stay as they are (normalized).
  { next: "/events", expected: "/events" },
  { next: "/events/valencia-flood?disputed=1#matrix", expected: "/events/valencia-flood?disputed=1#matrix" },
  { next: "/events/./valencia/../valencia-flood", expected: "/events/valencia-flood" },
  { next: "/articles/a%20b", expected: "/articles/a%20b" },
  { next: "/search?q=%2F%2Fnot-a-host", expected: "/search?q=%2F%2Fnot-a-host" },
  // Other sites, however written, give the fallback.
  { next: "//evil.example/phish", expected: "/events" },
  { next: "/.//evil.example/phish", expected: "/events" },
  { next: "/..//evil.example/phish", expected: "/events" },
  { next: "/./..//./evil.example", expected: "/events" },
  { next: "///evil.example", expected: "/events" },
  { next: "/\\evil.example", expected: "/events" },
  { next: "\\\\evil.example", expected: "/events" },
  { next: "/\\/evil.example", expected: "/events" },
  { next: "/%2F/evil.example", expected: "/events" },
  { next: "/%2f%2fevil.example", expected: "/events" },
  { next: "/%5Cevil.example", expected: "/events" },
  { next: "/%255C%255Cevil.example", expected: "/events" },
  { next: "/%252F%252Fevil.example", expected: "/events" },
  { next: "/%E0%A4%A", expected: "/events" },
  { next: "/\t/evil.example", expected: "/events" },
  { next: "/\n/evil.example", expected: "/events" },
  { next: "/%09/evil.example", expected: "/events" },
  { next: "https://evil.example/", expected: "/events" },
  { next: "http:evil.example", expected: "/events" },
  { next: "javascript:alert(1)", expected: "/events" },
  { next: "/javascript:alert(1)", expected: "/javascript:alert(1)" },
  { next: "evil.example", expected: "/events" },
  { next: " /events", expected: "/events" },
  { next: "", expected: "/events" },
  { next: undefined, expected: "/events" },
  { next: ["/events", "//evil.example"], expected: "/events" },
  { next: `/${"a".repeat(2001)}`, expected: "/events" },
])("next=$next goes to $expected", ({ next, expected }) => {
  expect(sameOriginPath(next)).toBe(expected);
});
