import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildEventMatrix } from "@/lib/compare/build-event-matrix";
import { eventMatrixFiltersSchema } from "@/lib/compare/event-matrix-schema";
import { pageEventMatrix } from "@/lib/compare/page-overview";
import { disconnectDb, getDb, useCountingDb } from "@/lib/db/client";
import { findComparedFacets, findFacetComparison, storeFacetComparisons } from "@/lib/db/facet-comparisons";
import { COMPARER_VERSION } from "@/lib/compare";
import { findEventReadVersion } from "@/lib/db/event-read-version";
import { insertGeneratedEvent } from "@/lib/db/insert-generated-event";
import { findEventArticles, loadEventComparison } from "@/lib/db/load-event-comparison";
import { loadEventOverview } from "@/lib/db/load-event-overview";
import { loadFacetPage } from "@/lib/db/load-facet-view";
import { summarizeFacetComparison } from "@/lib/compare/summarize-facet-comparison";
import { generateEvent } from "@/scripts/bench/support/generate-event";
import { contentHash } from "@/lib/articles/content-hash";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

// Ten facets, so that the small event too has a date and a text facet, and with them contradictions.
const SMALL = { slug: "stored-small", size: { articles: 8, facets: 10, outlets: 4, seed: 7 } };
const LARGE = { slug: "stored-large", size: { articles: 160, facets: 30, outlets: 25, seed: 7 } };
const noFilters = eventMatrixFiltersSchema.parse({});

let statements: string[] = [];
/** The SQL statements `load` sends, by Prisma's query events. */
async function countQueries(load: () => Promise<unknown>): Promise<number> {
  statements = [];
  await load();
  return statements.length;
}

async function firstFacetId(slug: string): Promise<string> {
  const facet = await getDb().facet.findFirstOrThrow({ where: { event: { slug } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  return facet.id;
}

/** How many of the event's facets are stale (changed since their comparison was stored, or stored by another comparer). */
async function staleFacets(slug: string): Promise<string[]> {
  const rows = await getDb().facetComparison.findMany({ where: { facet: { event: { slug } } }, select: { facetId: true, changes: true, computedChanges: true, comparerVersion: true } });
  return rows.filter((r) => r.computedChanges !== r.changes || r.comparerVersion !== COMPARER_VERSION).map((r) => r.facetId);
}

beforeAll(async () => {
  for (const { slug, size } of [SMALL, LARGE]) await insertGeneratedEvent(slug, slug, generateEvent(size), "test");
  await useCountingDb((sql) => statements.push(sql));
}, 60_000);
afterAll(() => disconnectDb());

describe("loading the overview and the facet view", () => {
  test("takes the same bounded number of queries for an event of 8 × 10 and one of 160 × 30, compared or not", async () => {
    const counts = [];
    for (const { slug } of [SMALL, LARGE]) {
      const facetId = await firstFacetId(slug);
      const cold = await countQueries(() => loadEventOverview(slug, noFilters));
      const warm = await countQueries(() => loadEventOverview(slug, noFilters));
      const laterPages = await countQueries(() => loadEventOverview(slug, { ...noFilters, columns: 2, rows: 2, contradictions: 3 }));
      const facet = await countQueries(() => loadFacetPage(slug, facetId, {}));
      const twoUp = await countQueries(() => loadFacetPage(slug, facetId, { view: "two", page: 2 }));
      counts.push({ cold, warm, laterPages, facet, twoUp });
    }
    expect(counts[1]).toEqual(counts[0]);
    // Stored: the event with its articles, outlets and latest revisions (4), the facets with their
    // comparison's state (2), the page's cells (2), and its contradictions with their facets and claims (4).
    expect(counts[0]!.warm).toBeLessThanOrEqual(12);
    expect(counts[0]!.facet).toBeLessThanOrEqual(12);
  }, 60_000);

  test("reads from the stored comparison what comparing on the fly gives", async () => {
    const loaded = await loadEventComparison(SMALL.slug);
    const fresh = pageEventMatrix(buildEventMatrix(loaded!.input), noFilters).matrix;
    const stored = (await loadEventOverview(SMALL.slug, noFilters))!.page.matrix;
    const cellsOf = (m: typeof fresh) => m.rows.map((r) => [r.facet.id, r.status, r.cells.map((c) => c.claims.map((claim) => [claim.id, claim.relation, claim.short]))]);
    expect(cellsOf(stored)).toEqual(cellsOf(fresh));
    const groupsOf = (m: typeof fresh) => m.contradictions.map((g) => [g.facet.id, g.score, g.reason, g.top, g.pairCount, g.sides.map((s) => [s.claimant, s.claimCount, s.claims.map((c) => c.short)])]);
    expect(groupsOf(stored)).toEqual(groupsOf(fresh));
  });
});

describe("a change marks what it touches stale, whatever code writes it", () => {
  const db = () => getDb();
  test.each([
    {
      label: "a claim's review status: its facet",
      change: async (facetId: string) => {
        const claim = await db().claim.findFirstOrThrow({ where: { facetId }, select: { id: true } });
        await db().claim.update({ where: { id: claim.id }, data: { status: "rejected" } });
        return [facetId];
      },
    },
    {
      label: "a claim moved to another facet: both",
      change: async (facetId: string, other: string) => {
        const claim = await db().claim.findFirstOrThrow({ where: { facetId }, select: { id: true } });
        await db().claim.update({ where: { id: claim.id }, data: { facetId: other } });
        return [facetId, other];
      },
    },
    {
      label: "an article's publication day: every facet it answers",
      change: async () => {
        const article = await db().article.findFirstOrThrow({ where: { event: { slug: SMALL.slug } }, select: { id: true } });
        await db().article.update({ where: { id: article.id }, data: { publishedAt: new Date("2024-12-24") } });
        return { article: article.id };
      },
    },
    {
      label: "articles put into a copy group by one statement: every facet they answer",
      change: async () => {
        const articles = await db().article.findMany({ where: { event: { slug: SMALL.slug } }, orderBy: { id: "asc" }, take: 2, select: { id: true, eventId: true } });
        const group = await db().copyGroup.create({ data: { eventId: articles[0]!.eventId }, select: { id: true } });
        await db().article.updateMany({ where: { id: { in: articles.map((a) => a.id) } }, data: { copyGroupId: group.id } });
        return { article: { in: articles.map((a) => a.id) } };
      },
    },
    {
      label: "an article's new revision: every facet it answers",
      change: async () => {
        const article = await db().article.findFirstOrThrow({ where: { event: { slug: SMALL.slug } }, select: { id: true } });
        await db().articleRevision.create({ data: { articleId: article.id, number: 2, text: "A new text.", contentHash: contentHash("A new text.") } });
        return { article: article.id };
      },
    },
    {
      label: "an outlet renamed: the facets its articles answer",
      change: async () => {
        const article = await db().article.findFirstOrThrow({ where: { event: { slug: SMALL.slug }, outletId: { not: null } }, select: { outletId: true } });
        await db().outlet.update({ where: { id: article.outletId! }, data: { name: "Renamed outlet" } });
        return { outlet: article.outletId! };
      },
    },
    {
      label: "the facet's kind: that facet",
      change: async (facetId: string) => {
        const { kind } = await db().facet.findUniqueOrThrow({ where: { id: facetId }, select: { kind: true } });
        await db().facet.update({ where: { id: facetId }, data: { kind: kind === "text" ? "quantity" : "text" } });
        return [facetId];
      },
    },
  ])("$label", async ({ change }) => {
    await loadEventOverview(SMALL.slug, noFilters);
    expect(await staleFacets(SMALL.slug)).toEqual([]);
    const facets = await db().facet.findMany({ where: { event: { slug: SMALL.slug } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
    const touched = await change(facets[0]!.id, facets[1]!.id);
    // An article's change touches the facets its claims answer; an outlet's, those of its articles.
    const answered = async (where: object) =>
      [...new Set((await db().claim.findMany({ where: { revision: { article: { ...where, event: { slug: SMALL.slug } } } }, select: { facetId: true } })).flatMap((c) => c.facetId ?? []))];
    const expected = Array.isArray(touched) ? touched : await answered("article" in touched ? { id: touched.article } : { outletId: touched.outlet });
    expect(expected.length).toBeGreaterThan(0);
    expect((await staleFacets(SMALL.slug)).sort()).toEqual([...expected].sort());
    await loadEventOverview(SMALL.slug, noFilters);
    expect(await staleFacets(SMALL.slug)).toEqual([]);
  });

  test("a result computed before a change is not stored over it", async () => {
    const found = await findEventArticles(SMALL.slug);
    await findComparedFacets(found!.event.id, found!.articles);
    const facetId = await firstFacetId(SMALL.slug);
    const before = await db().facetComparison.findUniqueOrThrow({ where: { facetId }, select: { changes: true, summary: true } });
    const facet = await db().facet.findUniqueOrThrow({ where: { id: facetId }, select: { key: true, kind: true } });
    // Someone rejects a claim after the page read `changes` and the claims…
    const claim = await db().claim.findFirstOrThrow({ where: { facetId, status: { not: "rejected" } }, select: { id: true } });
    await db().claim.update({ where: { id: claim.id }, data: { status: "rejected" } });
    // …then the page stores what it computed from the older claims: refused.
    const outdated = summarizeFacetComparison(facet, []);
    await storeFacetComparisons([{ id: facetId, ...facet, changes: before.changes }], new Map([[facetId, outdated]]));
    const after = await db().facetComparison.findUniqueOrThrow({ where: { facetId }, select: { changes: true, computedChanges: true, claimCount: true } });
    expect(after.changes).toBe(before.changes + 1n);
    expect(after.computedChanges).toBe(before.changes);
    expect(after.claimCount).toBeGreaterThan(0);
  });

  test("a comparison an older comparer stored is compared again on read, by the overview and by the facet view", async () => {
    await loadEventOverview(SMALL.slug, noFilters);
    const facets = await db().facet.findMany({ where: { event: { slug: SMALL.slug } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, key: true, kind: true } });
    const [first, second] = [facets[0]!, facets[1]!];
    const current = await db().facetComparison.findUniqueOrThrow({ where: { facetId: first.id }, select: { changes: true, computedChanges: true, summary: true } });
    expect(current.computedChanges).toBe(current.changes);
    // Rules changed since these two were stored: their claims did not, so only the version tells.
    await db().facetComparison.updateMany({ where: { facetId: { in: [first.id, second.id] } }, data: { comparerVersion: COMPARER_VERSION - 1, summary: { outdated: true } } });
    expect((await staleFacets(SMALL.slug)).sort()).toEqual([first.id, second.id].sort());
    expect((await findEventReadVersion(SMALL.slug))!.stale).toBe(true);

    const view = await findFacetComparison(second, SMALL.slug);
    expect(view).not.toBeNull();
    const afterView = await db().facetComparison.findUniqueOrThrow({ where: { facetId: second.id }, select: { comparerVersion: true, summary: true } });
    expect(afterView.comparerVersion).toBe(COMPARER_VERSION);
    expect(afterView.summary).toEqual(view!.summary);

    await loadEventOverview(SMALL.slug, noFilters);
    expect(await staleFacets(SMALL.slug)).toEqual([]);
    expect((await findEventReadVersion(SMALL.slug))!.stale).toBe(false);
    const again = await db().facetComparison.findUniqueOrThrow({ where: { facetId: first.id }, select: { changes: true, computedChanges: true, comparerVersion: true, summary: true } });
    expect(again).toEqual({ ...current, comparerVersion: COMPARER_VERSION });
  });
});
