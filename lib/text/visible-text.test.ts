import { describe, expect, test } from "vitest";
import { invisibleTextProblem, visibleTextSchema } from "./visible-text";
import { webAddressSchema } from "./web-address";

describe("a name, title or label", () => {
  test.each([
    { label: "plain words", text: "Flood victims in Valencia", ok: true },
    { label: "German with umlauts", text: "Überschwemmungen in der Region Murcia", ok: true },
    { label: "Arabic, written right to left without controls", text: "ضحايا الفيضانات", ok: true },
    { label: "Hebrew", text: "נפגעי השיטפון", ok: true },
    { label: "Persian with a zero-width non-joiner inside a word", text: "می‌خواهم", ok: true },
    { label: "an emoji joined by zero-width joiners", text: "Team 👩‍👩‍👧", ok: true },
    { label: "a single digit", text: "7", ok: true },
    { label: "zero-width spaces only", text: "\u200B\u200B\u200B", ok: false },
    { label: "zero-width joiner and non-joiner only", text: "\u200D\u200C", ok: false },
    { label: "a byte-order mark and word joiner only", text: "\uFEFF\u2060", ok: false },
    { label: "Hangul filler only (renders blank)", text: "\u3164\u3164", ok: false },
    { label: "braille blank only", text: "\u2800", ok: false },
    { label: "combining marks only", text: "\u0301\u0301", ok: false },
    { label: "a right-to-left override", text: "invoice\u202Egnp.exe", ok: false },
    { label: "a left-to-right embedding", text: "\u202Aname", ok: false },
    { label: "a first-strong isolate", text: "name\u2068x\u2069", ok: false },
    { label: "a tab", text: "a\tb", ok: false },
    { label: "a line break", text: "a\nb", ok: false },
    { label: "a NUL", text: "a\u0000b", ok: false },
    { label: "a lone surrogate", text: "a\uD800b", ok: false },
  ])("$label: accepted $ok", ({ text, ok }) => {
    expect(invisibleTextProblem(text) === null).toBe(ok);
    expect(visibleTextSchema({ max: 100, what: "title" }).safeParse(text).success).toBe(ok);
  });

  test("the refusal names the field and the problem", () => {
    const result = visibleTextSchema({ max: 100, what: "facet name" }).safeParse("\u202Eabc");
    expect(result.error?.issues[0]?.message).toMatch(/^the facet name contains a direction control character/);
  });

  test.each([
    { label: "empty after trimming", text: "   ", message: "give the title" },
    { label: "too long", text: "x".repeat(101), message: "the title may have at most 100 characters" },
  ])("$label is refused: $message", ({ text, message }) => {
    expect(visibleTextSchema({ max: 100, what: "title" }).safeParse(text).error?.issues[0]?.message).toBe(message);
  });
});

describe("a web address", () => {
  test.each([
    { label: "https", url: "https://www.example.org/news/1", ok: true },
    { label: "http with a port and query", url: "http://example.org:8080/a?b=c#d", ok: true },
    { label: "a user name", url: "https://editor@example.org/a", ok: false },
    { label: "a user name and password", url: "https://user:secret@example.org/a", ok: false },
    { label: "a look-alike host before @", url: "https://bank.example@evil.example/", ok: false },
    { label: "javascript:", url: "javascript:alert(1)", ok: false },
    { label: "data:", url: "data:text/html,<script>alert(1)</script>", ok: false },
    { label: "ftp:", url: "ftp://example.org/file", ok: false },
    { label: "100 KB long", url: `https://example.org/${"a".repeat(100 * 1024)}`, ok: false },
    { label: "just under the limit", url: `https://example.org/${"a".repeat(2000)}`, ok: true },
    { label: "not an address", url: "'; DROP TABLE article; --", ok: false },
  ])("$label: accepted $ok", ({ url, ok }) => {
    expect(webAddressSchema.safeParse(url).success).toBe(ok);
  });
});
