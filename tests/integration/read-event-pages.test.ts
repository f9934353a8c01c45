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

  test("readers arriving together share reads of the version, and one arriving after a save sees it", async () => {
    const { facetId, claimId } = await firstFacetAndClaim();
    const before = await readFacetPage(SLUG, facetId, {});
    // The first reader's read runs; the nine others wait for one read that begins after it.
    statements = [];
    const pages = await Promise.all(Array.from({ length: 10 }, () => readFacetPage(SLUG, facetId, {})));
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(new Set(pages)).toEqual(new Set([before]));

    // A save lands while a reader's read of the version runs: a reader coming after the save
    // shares no read begun before it, and sees the save.
    const early = readFacetPage(SLUG, facetId, {});
    await db().claim.update({ where: { id: claimId }, data: { quote: "saved while another reader read" } });
    const late = readFacetPage(SLUG, facetId, {});
    await early;
    expect((await late)!.input.claims.find((c) => c.id === claimId)?.quote).toBe("saved while another reader read");
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

describe("the fact-check around the pages is kept with them, and a change to it is seen by the next read", () => {
  test("a verdict with its evidence, the evidence's outlet, and the facet's assignee", async () => {
    const { facetId, claimId, articleId } = await firstFacetAndClaim();
    expect((await readFacetPage(SLUG, facetId, {}))!.fact?.verdict).toBeNull();
    const verdict = await db().verdict.create({ data: { facetId, rating: "mixed", explanation: "Dated differently.", authorName: "Test Editor", evidence: { create: { claimId } } } });
    let fact = (await readFacetPage(SLUG, facetId, {}))!.fact;
    expect(fact?.verdict).toMatchObject({ id: verdict.id, rating: "mixed", claims: [{ id: claimId }] });
    expect((await readEventOverview(SLUG, noFilters))!.workflow.find((f) => f.id === facetId)?.rating).toBe("mixed");

    await db().verdict.update({ where: { id: verdict.id }, data: { explanation: "Dated differently, explained better." } });
    expect((await readFacetPage(SLUG, facetId, {}))!.fact?.verdict?.explanation).toBe("Dated differently, explained better.");
    const { outletId } = await db().article.findUniqueOrThrow({ where: { id: articleId }, select: { outletId: true } });
    await db().outlet.update({ where: { id: outletId! }, data: { name: "Renamed Outlet" } });
    expect((await readFacetPage(SLUG, facetId, {}))!.fact?.verdict?.claims[0]?.outlet).toBe("Renamed Outlet");

    const person = await db().user.create({ data: { id: "assignee-1", name: "First Name", email: "assignee-1@example.test", role: "editor" } });
    expect((await readFacetPage(SLUG, facetId, {}))!.people.map((p) => p.name)).toContain("First Name");
    await db().facet.update({ where: { id: facetId }, data: { assigneeId: person.id } });
    await readEventOverview(SLUG, noFilters);
    await db().user.update({ where: { id: person.id }, data: { name: "Second Name" } });
    fact = (await readFacetPage(SLUG, facetId, {}))!.fact;
    expect(fact?.assignee?.name).toBe("Second Name");
    expect((await readEventOverview(SLUG, noFilters))!.workflow.find((f) => f.id === facetId)?.assignee).toBe("Second Name");
    // Demoted to a viewer, still the assignee: no longer offered, still named.
    await db().user.update({ where: { id: person.id }, data: { role: "viewer" } });
    expect((await readFacetPage(SLUG, facetId, {}))!.people.map((p) => p.id)).not.toContain(person.id);
  });

  test("a share link made or revoked", async () => {
    const { id: eventId } = await db().event.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const before = (await readEventOverview(SLUG, noFilters))!.shareLinks.length;
    const link = await db().shareLink.create({ data: { eventId, tokenHash: "a".repeat(64), createdBy: "test", expiresAt: new Date(Date.now() + 86_400_000) } });
    expect((await readEventOverview(SLUG, noFilters))!.shareLinks.map((l) => l.id)).toContain(link.id);
    expect((await readEventOverview(SLUG, noFilters))!.shareLinks).toHaveLength(before + 1);
    await db().shareLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
    expect((await readEventOverview(SLUG, noFilters))!.shareLinks.find((l) => l.id === link.id)?.revokedAt).not.toBeNull();
  });
});
