import { beforeAll, describe, expect, test } from "vitest";
import { parseArticleFile } from "@/lib/articles";
import { compareStoredFacet } from "@/lib/compare/compare-stored-facet";
import { getDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { importArticle } from "@/lib/db/import-article";
import { loadEventComparison } from "@/lib/db/load-event-comparison";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

// A live ticker of our own: the toll of one day at two hours. Stored with its hours, the two figures
// are a rising toll, not two sources disputing one count.
const TICKER = [
  "Sturzflut im Tal: der Liveticker",
  "",
  "+++ 10:15 Uhr +++ Das Innenministerium meldet neun Tote. Dutzende Menschen werden vermisst.",
  "",
  "+++ 17:40 Uhr +++ Nach Angaben der Polizei ist die Zahl der Toten auf zwölf gestiegen.",
].join("\n");

describe("a live ticker's hours", () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = (await ensureEvent({ slug: "ticker-hours", title: "Sturzflut im Tal" }, "test")).id;
    const file = `---\noutlet: "Talbote"\nurl: "https://talbote.example/ticker"\nlanguage: de\npublished: "2031-06-02"\n---\n${TICKER}\n`;
    const parsed = parseArticleFile(new TextEncoder().encode(file));
    if (!parsed.ok) throw new Error(parsed.reason);
    await importArticle(eventId, parsed.article, "test");
    await extractEventClaims(eventId, "test");
  });

  test("each figure is stored with the hour of its entry", async () => {
    const claims = await getDb().claim.findMany({ where: { revision: { article: { eventId } } }, orderBy: { start: "asc" }, select: { quote: true, asOf: true, asOfTime: true } });
    const toll = claims.filter((c) => /Tote|zwölf/.test(c.quote));
    expect(toll.map((c) => [c.asOf?.toISOString().slice(0, 10), c.asOfTime])).toEqual([
      ["2031-06-02", "10:15"],
      ["2031-06-02", "17:40"],
    ]);
  });

  test("the two tolls of one day are an update, and the reason names both hours", async () => {
    const loaded = await loadEventComparison("ticker-hours");
    const facet = loaded!.input.facets.find((f) => f.claims.some((c) => c.claim.quote.includes("neun Tote")))!;
    const { comparison } = compareStoredFacet(facet, facet.claims.map((c) => c.claim));
    expect(comparison.contradictions).toEqual([]);
    const relation = comparison.relations.find((r) => r.kind === "changed-over-time");
    expect(relation?.reason).toMatch(/at 10:15.*at 17:40|at 17:40.*at 10:15/);
  });
});
