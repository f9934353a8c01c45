import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, test } from "vitest";
import { buildReport } from "./build-report";
import { renderHtml } from "./render-html";
import { reportOptionsSchema } from "./schema";
import { reportInputFixture } from "./test-fixtures";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const AT = "2026-12-02T12:00:00.000Z";
function render(options: object = {}, share?: { pdfHref: string }) {
  const html = [...renderHtml(buildReport(reportInputFixture(), reportOptionsSchema.parse(options), AT), { share })].join("");
  return { html, document: parse(html, { sourceCodeLocationInfo: false }) };
}

function elements(node: Node): Element[] {
  const children = "childNodes" in node ? node.childNodes : [];
  const content = node.nodeName === "template" ? [(node as DefaultTreeAdapterMap["template"]).content] : [];
  return [...children, ...content].flatMap((child) => ("tagName" in child ? [child, ...elements(child)] : elements(child)));
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
function text(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(text).join("") : "";
}
const byTag = (document: Node, tag: string) => elements(document).filter((el) => el.tagName === tag);

describe("the HTML report", () => {
  test("is one document with the event as its title and heading, in the report's language", () => {
    const { document } = render();
    expect(attr(byTag(document, "html")[0]!, "lang")).toBe("en");
    expect(text(byTag(document, "title")[0]!)).toBe("Evacuations in the river flood — Comparison report");
    expect(byTag(document, "h1").map(text)).toEqual(["Evacuations in the river flood"]);
    expect(byTag(document, "h3").map(text)[0]).toBe("1. How many people were evacuated in Germany? disputed (2 contradictions)");
  });

  test("requests nothing: no script, no external resource, and a policy that forbids any", () => {
    const { document, html } = render();
    const all = elements(document);
    expect(all.filter((el) => ["script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"].includes(el.tagName))).toEqual([]);
    expect(all.filter((el) => attr(el, "src") !== undefined || attr(el, "srcset") !== undefined)).toEqual([]);
    const policy = byTag(document, "meta").find((m) => attr(m, "http-equiv") === "Content-Security-Policy");
    expect(attr(policy!, "content")).toMatch(/^default-src 'none'/);
    const css = byTag(document, "style").map(text).join("");
    expect(css).not.toMatch(/url\(|@import/);
    expect(html).not.toMatch(/url\((?!#)/);
  });

  test("has a print stylesheet for A4 pages", () => {
    const css = byTag(render().document, "style").map(text).join("");
    expect(css).toMatch(/@page\s*{\s*size:\s*A4/);
    expect(css).toMatch(/@media print/);
  });

  test("highlights the differing words of each quote with <mark>, the quote otherwise as written", () => {
    const { document } = render();
    const minister = byTag(document, "q").find((q) => text(q) === "mehr als 10.000 Menschen")!;
    expect(attr(minister, "lang")).toBe("de");
    expect(byTag(minister, "mark").map(text)).toEqual(["mehr als"]);
  });

  test("marks nothing in a quote in another language than claim 1's: as on the facet page, a diff across languages says nothing", () => {
    const { document } = render();
    const redCross = byTag(document, "q").find((q) => text(q) === "several thousand people")!;
    expect(attr(redCross, "lang")).toBe("en");
    expect(byTag(redCross, "mark")).toEqual([]);
  });

  test("draws each timeline as inline SVG with a mark per claim", () => {
    const svgs = byTag(render().document, "svg");
    expect(svgs).toHaveLength(3);
    expect(byTag(svgs[0]!, "title").map(text).slice(1)).toEqual([
      expect.stringContaining("Regio-Kurier"),
      expect.stringContaining("Pinewood Dispatch"),
      expect.stringContaining("Dorfbote"),
    ]);
  });

  test("shows the verdict with its rating and the notes, whose markup stays text", () => {
    const { document, html } = render();
    const verdict = elements(document).find((el) => attr(el, "class")?.startsWith("verdict "))!;
    expect(attr(verdict, "class")).toBe("verdict rating-mostly-false");
    expect(text(verdict)).toContain("Verdict: Mostly false Dana Fact, 4 November 2026");
    expect(byTag(verdict, "strong").map(text)).toEqual(["more than 10,000"]);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("behind a share link: says so and offers the PDF", () => {
    const { document } = render({}, { pdfHref: "?format=pdf" });
    const bar = elements(document).find((el) => attr(el, "class") === "share-bar")!;
    expect(text(bar)).toContain("Read-only report shared from Claimdiff");
    expect(attr(byTag(bar, "a")[0]!, "href")).toBe("?format=pdf");
  });

  test("names a figure's stage beside its certainty and review, only where the article says it", () => {
    const cells = byTag(render().document, "td").map(text);
    expect(cells).toContain("Feuerwehrstated · provisional count · confirmed");
    expect(cells).toContain("Jana Rothstated · not yet reviewed");
    expect(byTag(render({ language: "de" }).document, "td").map(text)).toContain("Feuerwehrbehauptet · vorläufiges Ergebnis · bestätigt");
  });

  test("in German", () => {
    const { document } = render({ language: "de" });
    expect(attr(byTag(document, "html")[0]!, "lang")).toBe("de");
    expect(byTag(document, "h2").map(text)).toEqual(["Inhalt", "Zusammenfassung", "Quellen", "Verglichene Fragen", "Anmerkungen der Redaktion", "Methode"]);
  });
});
