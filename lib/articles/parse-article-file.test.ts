import { describe, expect, test } from "vitest";
import { parseArticleFile } from "./parse-article-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("parseArticleFile", () => {
  test("takes the first non-empty line as the headline of a file without metadata", () => {
    const result = parseArticleFile(utf8("\n\nHochwasser an der Mosel\nDer erste Absatz über die Lage.\n"));
    expect(result).toMatchObject({
      ok: true,
      article: { title: "Hochwasser an der Mosel", text: "Hochwasser an der Mosel\nDer erste Absatz über die Lage.", language: "de" },
    });
  });

  test("reads title, url, outlet, date and language from front matter", () => {
    const file = [
      "---",
      'title: "Flooding on the Severn"',
      "url: https://www.harbour-times.example/uk/flooding",
      "outlet: Harbour Times",
      "published: 2024-11-04",
      "language: EN",
      "---",
      "Flooding on the Severn",
      "",
      "The first paragraph.",
    ].join("\n");
    const result = parseArticleFile(utf8(file));
    expect(result).toMatchObject({
      ok: true,
      article: {
        title: "Flooding on the Severn",
        url: "https://www.harbour-times.example/uk/flooding",
        outlet: { name: "Harbour Times", domain: "harbour-times.example" },
        publishedAt: "2024-11-04",
        language: "en",
        text: "Flooding on the Severn\n\nThe first paragraph.",
      },
    });
  });

  test("the same text with Windows line endings or a BOM has the same content hash", () => {
    const unix = parseArticleFile(utf8("Headline\nBody text of the article."));
    const windows = parseArticleFile(utf8("\uFEFFHeadline\r\nBody text of the article.\r\n"));
    expect(unix.ok && windows.ok && unix.article.contentHash === windows.article.contentHash).toBe(true);
  });

  test("cuts a headline that runs into the first paragraph at its first sentence", () => {
    const line = `Das ist ein sehr langer erster Satz, der eigentlich die Überschrift sein sollte. ${"Und dann geht es weiter ".repeat(10)}`;
    const result = parseArticleFile(utf8(line));
    expect(result.ok && result.article.title).toBe("Das ist ein sehr langer erster Satz, der eigentlich die Überschrift sein sollte.");
  });

  test.each([
    { label: "an empty file", bytes: new Uint8Array(), reason: /empty/ },
    { label: "only whitespace", bytes: utf8(" \n\t\n "), reason: /empty/ },
    { label: "front matter without body", bytes: utf8("---\ntitle: x\n---\n\n"), reason: /empty/ },
    { label: "a PNG header", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), reason: /binary/ },
    { label: "Latin-1 text", bytes: new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), reason: /UTF-8/ },
    { label: "more than 5 MB", bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), reason: /larger than 5 MB/ },
    { label: "invalid YAML", bytes: utf8("---\ntitle: [unclosed\n---\nBody"), reason: /not valid YAML/ },
    { label: "an unknown front matter key", bytes: utf8("---\nsection: world\n---\nBody"), reason: /front matter/ },
    { label: "a date that is not ISO", bytes: utf8("---\npublished: 4.11.2024\n---\nBody"), reason: /published/ },
    { label: "a javascript: url", bytes: utf8("---\nurl: javascript:alert(1)\n---\nBody"), reason: /url/ },
    { label: "a url with a password", bytes: utf8("---\nurl: https://user:secret@example.org/a\n---\nBody"), reason: /user name or password/ },
    { label: "a url of 100 KB", bytes: utf8(`---\nurl: https://example.org/${"a".repeat(100 * 1024)}\n---\nBody`), reason: /at most 2048 characters/ },
    { label: "a title of zero-width spaces", bytes: utf8("---\ntitle: \"\u200B\u200B\"\n---\nBody"), reason: /title has no visible character/ },
    { label: "a title with a right-to-left override", bytes: utf8("---\ntitle: \"Report\u202Efdp.exe\"\n---\nBody"), reason: /direction control/ },
    { label: "a headline with a right-to-left override", bytes: utf8("Report\u202Efdp.exe\nBody"), reason: /^headline: the title contains a direction control/ },
    { label: "an outlet name of zero-width joiners", bytes: utf8("---\noutlet: \"\u200D\u200D\"\n---\nBody"), reason: /outlet name has no visible character/ },
    { label: "a million short lines (2 MB)", bytes: utf8(`Huge\n${"x\n".repeat(1_000_001)}`), reason: /^1,000,002 lines of text; an article may have at most 10,000/ },
  ])("refuses $label with a reason", ({ bytes, reason }) => {
    const result = parseArticleFile(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  test("keeps hostile HTML as plain text, character for character", () => {
    const text = 'Headline\n<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = parseArticleFile(utf8(text));
    expect(result.ok && result.article.text).toBe(text);
  });
});
