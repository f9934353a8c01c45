import { describe, expect, test } from "vitest";
import { importRequestSchema, MAX_IMPORT_ITEMS, splitUrlList, toImportItems } from "./schema";

describe("splitUrlList", () => {
  test("one URL per line; blank lines, surrounding spaces and # comments are skipped", () => {
    expect(splitUrlList("# morning\r\n https://a.example/1 \n\n#https://skipped.example\nhttps://b.example/2\n")).toEqual(["https://a.example/1", "https://b.example/2"]);
  });
});

describe("importRequestSchema", () => {
  test.each([
    { label: "nothing at all", request: {}, message: /at least one/ },
    { label: "an empty text", request: { texts: [{ text: "" }] }, message: /Too small|at least/ },
    { label: "a file that is not base64", request: { files: [{ name: "a.txt", base64: "not base64!" }] }, message: /base64/i },
    { label: "a file without a name", request: { files: [{ name: " ", base64: "SGk=" }] }, message: /Too small|at least/ },
    { label: "too many items", request: { urls: Array.from({ length: MAX_IMPORT_ITEMS + 1 }, (_, i) => `https://a.example/${i}`) }, message: /at most|Too big/ },
  ])("refuses $label", ({ request, message }) => {
    const parsed = importRequestSchema.safeParse(request);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.message).toMatch(message);
  });

  test("becomes job items in the order URLs, files, texts, each named as the person knows it", () => {
    const request = importRequestSchema.parse({
      urls: ["https://a.example/1"],
      files: [{ name: "report.html", base64: Buffer.from("<p>Hi</p>").toString("base64") }],
      texts: [{ text: "Headline\n\nBody" }, { title: "Given title", text: "Body" }],
    });
    const items = toImportItems(request);
    expect(items.map(({ kind, source, title }) => ({ kind, source, title }))).toEqual([
      { kind: "url", source: "https://a.example/1", title: undefined },
      { kind: "file", source: "report.html", title: undefined },
      { kind: "text", source: "Pasted text 1", title: undefined },
      { kind: "text", source: "Given title", title: "Given title" },
    ]);
    expect(new TextDecoder().decode(items[1]!.content)).toBe("<p>Hi</p>");
  });
});
