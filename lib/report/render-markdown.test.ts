import MarkdownIt from "markdown-it";
import { describe, expect, test } from "vitest";
import { buildReport } from "./build-report";
import { renderMarkdown } from "./render-markdown";
import { reportOptionsSchema } from "./schema";
import { exportFixture, reportInputFixture } from "./test-fixtures";

// Parsed by markdown-it in CommonMark mode with GFM tables, as GitHub and GitLab read it, with raw
// HTML switched on: so that any HTML the report let through would show up as an HTML token.
const parser = new MarkdownIt("commonmark", { html: true }).enable("table");

const AT = "2026-12-02T12:00:00.000Z";
function render(options: object = {}, input = reportInputFixture()) {
  const markdown = [...renderMarkdown(buildReport(input, reportOptionsSchema.parse(options), AT))].join("");
  return { markdown, tokens: parser.parse(markdown, {}), html: parser.render(markdown) };
}
const headings = (tokens: ReturnType<typeof parser.parse>, tag: string) =>
  tokens.flatMap((t, i) => (t.type === "heading_open" && t.tag === tag ? [tokens[i + 1]!.content] : []));

describe("the Markdown report", () => {
  test("has the event's title, then the summary, sources, each facet, notes and methodology as headings", () => {
    const { tokens } = render();
    expect(headings(tokens, "h1")).toEqual(["Evacuations in the river flood"]);
    expect(headings(tokens, "h2")).toEqual(["Summary", "Sources", "Questions compared", "Editors’ notes", "Methodology"]);
    expect(headings(tokens, "h3").map((h) => h.replaceAll("\\", ""))).toEqual([
      "1. How many people were evacuated in Germany?",
      "2. When did the dam break?",
      "3. How many people were evacuated in Saxony?",
    ]);
  });

  test("renders a table per facet with one row per claim, the differing words in bold", () => {
    const { tokens, html } = render();
    const tables = tokens.filter((t) => t.type === "table_open").length;
    expect(tables).toBe(2 + 3);
    expect(html).toContain("<td>“<strong>mehr als</strong> 10.000 Menschen” (Scope: as of 14 Oct 2024)</td>");
    expect(html).toContain("<td>“fast 10.000 Menschen” (Scope: as of 14 Oct 2024)</td>");
  });

  test("a figure's hour, as a ticker gives it, is in its scope", () => {
    const input = reportInputFixture();
    const facet = input.exported.facets.find((f) => f.claims.some((c) => c.quote === "fast 10.000 Menschen"))!;
    const claim = facet.claims.find((c) => c.quote === "fast 10.000 Menschen")!;
    claim.asOf = { from: "2024-10-14", to: "2024-10-14", time: "09:40" };
    expect(render({}, input).html).toContain("<td>“fast 10.000 Menschen” (Scope: as of 14 Oct 2024, 09:40)</td>");
  });

  test("names a figure's stage beside its certainty when the article says it, in the report's language", () => {
    expect(render().html).toContain("<td>stated, provisional count, confirmed</td>");
    expect(render({ language: "de" }).html).toContain("<td>behauptet, vorläufiges Ergebnis, bestätigt</td>");
    expect(render().html).not.toMatch(/<td>reported, (projection|provisional|plan|final)/);
  });

  test("shows the verdict's rating and its Markdown, and the timeline as a text picture", () => {
    const { html, tokens } = render();
    expect(html).toContain("<strong>Verdict: Mostly false</strong> — Dana Fact, 4 November 2026");
    expect(html).toContain("<blockquote>\n<p>The ministry's figure of <strong>more than 10,000</strong> counts people in shelters twice");
    const pictures = tokens.filter((t) => t.type === "fence" && t.info === "text");
    expect(pictures).toHaveLength(3);
    expect(pictures[0]!.content).toMatch(/2024-10-14 Jana Roth +█+▶ > 10\.000/);
  });

  test("lets no HTML through: a note's <script> is text", () => {
    const { tokens, html } = render();
    const all = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
    expect(all.filter((t) => t.type.startsWith("html"))).toEqual([]);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test.each([
    { label: "a pipe in a title stays in its cell", field: "A | B" },
    { label: "markup characters stay text", field: "*not bold* _nor_ [a](b) `c` # d" },
    { label: "a list marker at the start stays text", field: "1. Not a list" },
  ])("escapes the data: $label", ({ field }) => {
    const exported = exportFixture();
    exported.event.description = field;
    exported.articles[0]!.title = field;
    const { tokens } = render({}, { exported, verdicts: [] });
    const text = tokens.flatMap((t) => t.children ?? []).filter((t) => t.type === "text").map((t) => t.content);
    expect(text.filter((t) => t === field).length).toBeGreaterThanOrEqual(2);
    expect(tokens.filter((t) => t.type === "ordered_list_open")).toEqual([]);
  });

  test("is written in German when asked, quotes unchanged", () => {
    const { tokens, html } = render({ language: "de" });
    expect(headings(tokens, "h2")).toEqual(["Zusammenfassung", "Quellen", "Verglichene Fragen", "Anmerkungen der Redaktion", "Methode"]);
    expect(html).toContain("<strong>Bewertung: Überwiegend falsch</strong>");
    expect(html).toContain("9.000 bis unter 10.000");
    expect(html).toContain("several thousand people");
  });
});
