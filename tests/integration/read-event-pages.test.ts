import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { eventMatrixFiltersSchema } from "@/lib/compare/event-matrix-schema";
import { disconnectDb, getDb, useCountingDb } from "@/lib/db/client";
import { insertGeneratedEvent } from "@/lib/db/insert-generated-event";
import { readEventOverview, readFacetPage } from "@/lib/db/read-event-pages";
import { generateEvent } from "@/scripts/bench/support/generate-event";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

const SLUG = "cached-pages";
const noFilters = eventMatrixFiltersSchema.parse({});
const db = () => getDb();

let statements: string[] = [];
async function countQueries(load: () => Promise<unknown>): Promise<number> {
  statements = [];
  await load();
  return statements.length;
}

/** The event's first facet (the overview's first row) and its first compared claim. */
async function firstFacetAndClaim() {
  const facet = await db().facet.findFirstOrThrow({ where: { event: { slug: SLUG } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  const claim = await db().claim.findFirstOrThrow({ where: { facetId: facet.id, status: { not: "rejected" } }, orderBy: { id: "asc" }, select: { id: true, revision: { select: { articleId: true } } } });
  return { facetId: facet.id, claimId: claim.id, articleId: claim.revision.articleId };
}

const cellQuotes = (overview: Awaited<ReturnType<typeof readEventOverview>>) =>
  overview!.page.matrix.rows.flatMap((row) => row.cells.flatMap((cell) => cell.claims.map((claim) => claim.quote)));

beforeAll(async () => {
  await insertGeneratedEvent(SLUG, SLUG, generateEvent({ articles: 6, facets: 4, outlets: 3, seed: 11 }), "test");
  await useCountingDb((sql) => statements.push(sql));
}, 60_000);
afterAll(() => disconnectDb());

describe("reading an unchanged event's pages again", () => {
  test("costs one statement, and gives the page built before", async () => {
    const { facetId } = await firstFacetAndClaim();
    // The first read compares the new event's facets and stores the comparisons (a change).
    await readEventOverview(SLUG, noFilters);
    const overview = await readEventOverview(SLUG, noFilters);
    const facetPage = await readFacetPage(SLUG, facetId, {});
    expect(await countQueries(() => readEventOverview(SLUG, noFilters))).toBe(1);
    expect(await countQueries(() => readFacetPage(SLUG, facetId, {}))).toBe(1);
    expect(await readEventOverview(SLUG, noFilters)).toBe(overview);
    expect(await readFacetPage(SLUG, facetId, {})).toBe(facetPage);
    // Another page of the same event is built on its own.
    expect((await readFacetPage(SLUG, facetId, { view: "two" }))).not.toBe(facetPage);
  });

  test("an unknown event or facet is not found", async () => {
    expect(await readEventOverview("no-such-event", noFilters)).toBeNull();
    const { facetId } = await firstFacetAndClaim();
    expect(await readFacetPage("no-such-event", facetId, {})).toBeNull();
  });
});

describe("a save is seen by the next read", () => {
  test("a claim's quote, in the matrix and the facet view", async () => {
    const { facetId, claimId } = await firstFacetAndClaim();
    await readEventOverview(SLUG, noFilters);
    await readFacetPage(SLUG, facetId, {});
    await db().claim.update({ where: { id: claimId }, data: { quote: "a quote changed by an editor" } });
    expect(cellQuotes(await readEventOverview(SLUG, noFilters))).toContain("a quote changed by an editor");
    const card = (await readFacetPage(SLUG, facetId, {}))!.input.claims.find((c) => c.id === claimId);
    expect(card?.quote).toBe("a quote changed by an editor");
  });

  test("a claim rejected leaves the comparison", async () => {
    const { facetId, claimId } = await firstFacetAndClaim();
    await readFacetPage(SLUG, facetId, {});
    await db().claim.update({ where: { id: claimId }, data: { status: "rejected" } });
    const page = await readFacetPage(SLUG, facetId, {});
    expect(page!.view.choices.find((c) => c.id === claimId)?.leftOutBecause).toBe("rejected");
    expect(cellQuotes(await readEventOverview(SLUG, noFilters))).not.toContain("a quote changed by an editor");
  });

  test("a facet's label, an article's title and its outlet's country", async () => {
    const { facetId, articleId } = await firstFacetAndClaim();
    await readEventOverview(SLUG, noFilters);
    await readFacetPage(SLUG, facetId, {});
    await db().facet.update({ where: { id: facetId }, data: { label: "Renamed question" } });
    const article = await db().article.update({ where: { id: articleId }, data: { title: "Retitled article" }, select: { outletId: true } });
    await db().outlet.update({ where: { id: article.outletId! }, data: { country: "NZ" } });
    const overview = await readEventOverview(SLUG, noFilters);
    expect(overview!.facets.find((f) => f.id === facetId)?.label).toBe("Renamed question");
    expect(overview!.articles.find((a) => a.id === articleId)).toMatchObject({ title: "Retitled article", outlet: { country: "NZ" } });
    expect((await readFacetPage(SLUG, facetId, {}))!.facet.label).toBe("Renamed question");
  });

  test("an article deleted leaves the overview", async () => {
    const { articleId } = await firstFacetAndClaim();
    await readEventOverview(SLUG, noFilters);
    await db().article.update({ where: { id: articleId }, data: { deletedAt: new Date() } });
    expect((await readEventOverview(SLUG, noFilters))!.articles.map((a) => a.id)).not.toContain(articleId);
  });
});
