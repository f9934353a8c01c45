import { describe, expect, test } from "vitest";
import { eventExportSchema } from "@/lib/export/schema";
import { buildReport } from "./build-report";
import { reportOptionsSchema, reportSchema } from "./schema";
import { IDS, exportFixture, reportInputFixture } from "./test-fixtures";

const AT = "2026-12-02T12:00:00.000Z";
const options = (overrides: object = {}) => reportOptionsSchema.parse(overrides);
const report = (overrides: object = {}) => buildReport(reportInputFixture(), options(overrides), AT);
const evacuated = (r = report()) => r.facets.find((f) => f.id === IDS.facets.evacuated)!;

test("the fixture is a valid export, and the report fits its schema", () => {
  expect(eventExportSchema.safeParse(exportFixture()).success).toBe(true);
  expect(reportSchema.safeParse(report()).error).toBeUndefined();
});

describe("the report of an event", () => {
  test("names the event, the date range and every source with its outlet, language and date", () => {
    const r = report();
    expect(r.event).toEqual({ slug: "flood-fixture", title: "Evacuations in the river flood", description: "A fixture event." });
    expect(r.dateRange).toEqual({ from: "2024-10-18", to: "2024-11-05" });
    expect(r.sources.map((s) => [s.outlet, s.language, s.publishedAt, s.revisions])).toEqual([
      ["Regio-Kurier", "de", "2024-10-18", 1],
      ["Dorfbote", "de", "2024-11-05", 2],
      ["Pinewood Dispatch", "en", "2024-10-28", 1],
    ]);
    expect(r.generatedAt).toBe(AT);
  });

  test("sums up articles, outlets, languages, facets, disputes and verdicts", () => {
    expect(report().summary).toEqual({
      articles: 3,
      outlets: 3,
      languages: ["de", "en"],
      facets: 3,
      facetsShown: 3,
      disputed: 1,
      agreed: 1,
      singleSource: 1,
      contradictions: evacuated().contradictions,
      verdicts: 1,
    });
  });

  test("puts the disputed facet first", () => {
    expect(report().facets.map((f) => [f.question, f.status])).toEqual([
      ["How many people were evacuated in Germany?", "disputed"],
      ["When did the dam break?", "agreed"],
      ["How many people were evacuated in Saxony?", "single-source"],
    ]);
  });
});

describe("a facet of the report", () => {
  test("lists its claims in publication order, leaving out rejected claims and earlier revisions", () => {
    expect(evacuated().claims.map((c) => [c.n, c.outlet, c.publishedAt, c.quote])).toEqual([
      [1, "Regio-Kurier", "2024-10-18", "fast 10.000 Menschen"],
      [2, "Pinewood Dispatch", "2024-10-28", "several thousand people"],
      [3, "Dorfbote", "2024-11-05", "mehr als 10.000 Menschen"],
    ]);
  });

  test("gives each claim its claimant, certainty, review and value, short and normalized", () => {
    const [brigade, redCross, minister] = evacuated().claims;
    expect(brigade).toMatchObject({ claimant: "Feuerwehr", attributed: true, certainty: "stated", status: "confirmed", valueShort: "fast 10.000", valueNormalized: "9,000 to under 10,000" });
    expect(redCross).toMatchObject({ claimant: "Red Cross", certainty: "reported", valueNormalized: "2,000 to 9,999" });
    expect(minister).toMatchObject({ claimant: "Jana Roth", valueShort: "> 10.000", valueNormalized: "over 10,000", standing: "conflicts" });
  });

  test.each([
    { label: "the first claim is the reference: nothing highlighted", n: 1, changed: [] },
    { label: "a German claim: only the hedge differs", n: 3, changed: ["mehr als"] },
    { label: "an English claim against a German claim 1: no diff across languages", n: 2, changed: [] },
  ])("highlights the words that differ from claim 1: $label", ({ n, changed }) => {
    const claim = evacuated().claims.find((c) => c.n === n)!;
    expect(claim.pieces.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(changed);
    expect(claim.pieces.map((p) => p.text).join("")).toBe(claim.quote);
  });

  test("lists the contradictions ranked, each with its reason, and counts every pair", () => {
    const facet = evacuated();
    const conflicts = facet.relations.filter((r) => r.kind === "conflicting");
    expect(conflicts.length).toBe(facet.contradictions);
    expect(conflicts.map((r) => r.rank)).toEqual(conflicts.map((_, i) => i + 1));
    expect(conflicts.some((r) => [r.a, r.b].sort().join() === "1,3")).toBe(true);
    for (const r of conflicts) expect(r.reason.length).toBeGreaterThan(10);
    expect(Object.values(facet.relationCounts).reduce((a, b) => a + b, 0)).toBe(3);
    expect(facet.relationsNotListed).toBe(0);
  });

  test("carries the newest verdict with its rating, explanation, author and date", () => {
    expect(evacuated().verdict).toEqual({
      rating: "mostly-false",
      explanation: "The ministry's figure of **more than 10,000** counts people in shelters twice; the *almost 10,000* of the fire brigade holds.",
      author: "Dana Fact",
      date: "2026-11-04",
    });
    expect(report().facets.find((f) => f.id === IDS.facets.damBreak)!.verdict).toBeNull();
  });

  test("draws a timeline of quantities and dates, with each claim's standing", () => {
    const timeline = evacuated().timeline!;
    expect(timeline.marks.map((m) => m.label)).toEqual(["Feuerwehr", "Red Cross", "Jana Roth"]);
    expect(timeline.marks.find((m) => m.label === "Jana Roth")).toMatchObject({ openHigh: true, relation: "conflicts" });
  });

  test("keeps a note on a claim with its facet and claim number, and the others at the end", () => {
    const r = report();
    expect(evacuated(r).notes.map((n) => [n.id, n.claim, n.outlet])).toEqual([[IDS.annotations.onClaim, 3, "Dorfbote"]]);
    expect(r.otherNotes.map((n) => n.id)).toEqual([IDS.annotations.loose]);
  });
});

describe("the options", () => {
  test("which facets: only those, in the report's order; the summary still speaks of the whole event", () => {
    const r = report({ facets: [IDS.facets.damBreak, IDS.facets.saxony] });
    expect(r.facets.map((f) => f.id)).toEqual([IDS.facets.damBreak, IDS.facets.saxony]);
    expect(r.summary).toMatchObject({ facets: 3, facetsShown: 2, disputed: 1 });
    // The note on a claim of a facet left out goes with it.
    expect(r.otherNotes.map((n) => n.id)).toEqual([IDS.annotations.loose]);
  });

  test("disputed only", () => {
    expect(report({ disputedOnly: true }).facets.map((f) => f.id)).toEqual([IDS.facets.evacuated]);
  });

  test("without notes", () => {
    const r = report({ notes: false });
    expect(r.facets.flatMap((f) => f.notes)).toEqual([]);
    expect(r.otherNotes).toEqual([]);
  });

  test("in German: the report's own words change, the quotes do not", () => {
    const r = report({ language: "de" });
    const [brigade, , minister] = evacuated(r).claims;
    expect(brigade?.valueNormalized).toBe("9.000 bis unter 10.000");
    expect(minister?.valueNormalized).toBe("über 10.000");
    expect(minister?.quote).toBe("mehr als 10.000 Menschen");
    expect(evacuated(r).timeline!.xTicks.map((t) => t.label).join(" ")).toMatch(/Okt/);
  });
});

test("an event without articles or facets still makes a report", () => {
  const exported = { ...exportFixture(), articles: [], facets: [], annotations: [] };
  const r = buildReport({ exported, verdicts: [] }, options(), AT);
  expect(r.dateRange).toBeNull();
  expect(r.facets).toEqual([]);
  expect(r.summary.articles).toBe(0);
});
