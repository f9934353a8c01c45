import { beforeAll, describe, expect, test } from "vitest";
import { parseArticleFile } from "@/lib/articles";
import { buildEventMatrix } from "@/lib/compare/build-event-matrix";
import { AGENCY, AGENCY_COPY, AGENCY_GERMAN, INDEPENDENT, REWRITE } from "@/lib/copies/test-texts";
import { getDb } from "@/lib/db/client";
import { findCopyGroups } from "@/lib/db/copy-groups";
import { createClaim } from "@/lib/db/create-claim";
import { deleteArticle } from "@/lib/db/delete-article";
import { ensureEvent } from "@/lib/db/events";
import { forgetCopyDecisions } from "@/lib/db/forget-copy-decisions";
import { importArticle } from "@/lib/db/import-article";
import { joinCopies } from "@/lib/db/join-copies";
import { loadEventComparison } from "@/lib/db/load-event-comparison";
import { loadEventOverview } from "@/lib/db/load-event-overview";
import { eventMatrixFiltersSchema } from "@/lib/compare/event-matrix-schema";
import { loadEventExport } from "@/lib/db/load-event-export";
import { splitCopy } from "@/lib/db/split-copy";
import { undoDeletion } from "@/lib/db/undo-deletion";
import { EditConflictError } from "@/lib/errors";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

type Source = { outlet: string; slug: string; text: string; language?: string; published?: string };

async function importAs(eventId: string, { outlet, slug, text, language = "en", published = "2025-03-05" }: Source) {
  const file = `---\noutlet: "${outlet}"\nurl: "https://${slug}.example/marrow"\nlanguage: ${language}\npublished: "${published}"\n---\n${text}\n`;
  const parsed = parseArticleFile(new TextEncoder().encode(file));
  if (!parsed.ok) throw new Error(parsed.reason);
  return (await importArticle(eventId, parsed.article, "test")).articleId;
}

/** Each group as its members' outlets, sorted, for comparing without caring about ids. */
async function groupsByOutlet(eventId: string) {
  const { groups } = await findCopyGroups(eventId);
  return groups.map((g) => g.members.map((m) => m.outlet).sort());
}

describe("copies of one text", () => {
  let eventId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    eventId = (await ensureEvent({ slug: "marrow-flood", title: "The Marrow flood" }, "test")).id;
    for (const source of [
      { outlet: "Linden Post", slug: "linden-post", text: AGENCY },
      { outlet: "Riverside Times", slug: "riverside-times", text: INDEPENDENT },
      { outlet: "Valley Courier", slug: "valley-courier", text: AGENCY_COPY },
      // A day later: a later copy as close to it as to the others joins the others (the older ones).
      { outlet: "Marrow Herald", slug: "marrow-herald", text: AGENCY, published: "2025-03-06" },
      { outlet: "Talblatt", slug: "talblatt", text: AGENCY_GERMAN, language: "de" },
    ]) {
      ids[source.outlet] = await importAs(eventId, source);
    }
  });

  test("the same agency text under three outlets is one group; the independent report and the translation stand alone", async () => {
    expect(await groupsByOutlet(eventId)).toEqual([["Linden Post", "Marrow Herald", "Valley Courier"]]);
  });

  test("the same agency text under three outlets is one voice when contradictions are ranked", async () => {
    const facet = await getDb().facet.create({ data: { eventId, label: "Residents forced from their homes", kind: "quantity", origin: "human" } });
    const mark = async (outlet: string, words: string, min: number, max: number) => {
      const revision = await getDb().articleRevision.findFirstOrThrow({ where: { articleId: ids[outlet] }, select: { id: true, text: true } });
      const start = revision.text.indexOf(words);
      await createClaim(
        { revisionId: revision.id, facetId: facet.id, start, end: start + words.length, value: { kind: "quantity", min, max, minInclusive: true, maxInclusive: true }, certainty: "stated" },
        "test",
      );
    };
    for (const outlet of ["Linden Post", "Valley Courier", "Marrow Herald"]) await mark(outlet, "about 2,400 residents", 2280, 2520);
    await mark("Riverside Times", "close to 3,000 people", 2850, 3000);

    const loaded = await loadEventComparison("marrow-flood");
    const row = buildEventMatrix(loaded!.input).rows.find((r) => r.facet.id === facet.id)!;
    const copies = row.voices.find((v) => v.claimIds.length === 3);
    expect(row.voices).toHaveLength(2);
    expect(row.voices.find((v) => v !== copies)).toMatchObject({ claimant: "Riverside Times" });
    // The copies' voice names its outlets (in column order: two have the same date and title here).
    expect(copies?.claimant).toMatch(/^(?=.*Linden Post)(?=.*Marrow Herald)(?=.*Valley Courier).* \(one text\)$/);
    // The conflicting pairs are all between the same two voices: one disagreement, not several.
    const contradictions = buildEventMatrix(loaded!.input).contradictions.filter((c) => c.facet.id === facet.id);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]).toMatchObject({ independent: true, pairCount: expect.any(Number) });
    expect(contradictions[0]!.pairCount).toBeGreaterThan(1);
    expect(contradictions[0]?.sides.map((s) => s.claimant).sort()).toEqual([copies?.claimant, "Riverside Times"]);
    // The overview reads the same from the stored comparison.
    const overview = await loadEventOverview("marrow-flood", eventMatrixFiltersSchema.parse({}));
    const stored = overview!.page.matrix.contradictions.filter((c) => c.facet.id === facet.id);
    expect(stored.map((c) => ({ independent: c.independent, pairCount: c.pairCount, claimants: c.sides.map((s) => s.claimant).sort() }))).toEqual([
      { independent: true, pairCount: contradictions[0]!.pairCount, claimants: [copies?.claimant, "Riverside Times"] },
    ]);
  });

  test("the JSON export gives each article its copyGroup, null when it stands alone", async () => {
    const exported = await loadEventExport("marrow-flood");
    const byOutlet = new Map(exported!.articles.map((a) => [a.outlet?.name, a.copyGroup]));
    const group = byOutlet.get("Linden Post");
    expect([...(group?.articleIds ?? [])].sort()).toEqual([ids["Linden Post"], ids["Valley Courier"], ids["Marrow Herald"]].sort());
    expect(byOutlet.get("Valley Courier")).toEqual(group);
    expect(byOutlet.get("Riverside Times")).toBeNull();
    expect(byOutlet.get("Talblatt")).toBeNull();
  });

  test("an editor's split holds when a later copy comes in, is recorded, and can be handed back to the machine", async () => {
    const [group] = (await findCopyGroups(eventId)).groups;
    await splitCopy({ groupId: group!.id, articleId: ids["Marrow Herald"]!, expectedVersion: group!.version }, "editor-1");
    expect(await groupsByOutlet(eventId)).toEqual([["Linden Post", "Valley Courier"]]);

    await importAs(eventId, { outlet: "Hill Gazette", slug: "hill-gazette", text: REWRITE });
    expect(await groupsByOutlet(eventId)).toEqual([["Hill Gazette", "Linden Post", "Valley Courier"]]);

    const history = await getDb().auditEvent.findMany({ where: { eventId, entityType: { in: ["copy group", "copy decision"] } }, orderBy: { id: "asc" } });
    expect(history.some((h) => h.entityType === "copy decision" && h.actor === "editor-1" && JSON.stringify(h.after).includes("split from its copies"))).toBe(true);
    expect(history.filter((h) => h.entityType === "copy group").length).toBeGreaterThanOrEqual(3);

    await forgetCopyDecisions({ articleIds: [ids["Marrow Herald"]!] }, "editor-1");
    expect(await groupsByOutlet(eventId)).toEqual([["Hill Gazette", "Linden Post", "Marrow Herald", "Valley Courier"]]);
    await expect(forgetCopyDecisions({ articleIds: [ids["Marrow Herald"]!] }, "editor-1")).rejects.toThrow(/machine decides already/);
  });

  test("a split based on a group that changed since is refused, and nothing changes", async () => {
    const [group] = (await findCopyGroups(eventId)).groups;
    const split = splitCopy({ groupId: group!.id, articleId: ids["Linden Post"]!, expectedVersion: group!.version - 1 }, "editor-2");
    await expect(split).rejects.toBeInstanceOf(EditConflictError);
    expect((await findCopyGroups(eventId)).groups[0]?.members).toHaveLength(4);
  });

  test("an editor joins a translation by hand; a join based on an outdated view is refused", async () => {
    const [group] = (await findCopyGroups(eventId)).groups;
    const chosen = [
      { articleId: ids["Linden Post"]!, groupId: group!.id, expectedVersion: group!.version },
      { articleId: ids["Talblatt"]!, groupId: null, expectedVersion: null },
    ];
    await expect(joinCopies({ articles: [{ ...chosen[0]!, expectedVersion: group!.version + 1 }, chosen[1]!] }, "editor-3")).rejects.toBeInstanceOf(EditConflictError);
    await joinCopies({ articles: chosen }, "editor-3");
    const [joined] = (await findCopyGroups(eventId)).groups;
    expect(joined?.members.map((m) => m.outlet)).toContain("Talblatt");
    expect(joined?.id).toBe(group!.id);
    expect(joined?.version).toBe(group!.version + 1);
  });

  test("a deleted article leaves its group; undoing the deletion brings it back", async () => {
    const article = await getDb().article.findUniqueOrThrow({ where: { id: ids["Valley Courier"] }, select: { version: true } });
    await deleteArticle({ articleId: ids["Valley Courier"]!, expectedVersion: article.version }, "editor-4");
    expect((await groupsByOutlet(eventId))[0]).not.toContain("Valley Courier");
    const deletion = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: ids["Valley Courier"], action: "delete" }, orderBy: { id: "desc" } });
    await undoDeletion({ auditEventId: deletion.id.toString() }, "editor-4");
    expect((await groupsByOutlet(eventId))[0]).toContain("Valley Courier");
  });

  test("imports of copies at the same moment group them once, without deadlocks", async () => {
    const other = (await ensureEvent({ slug: "marrow-wire", title: "Wire copies" }, "test")).id;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => importAs(other, { outlet: `Outlet ${i}`, slug: `outlet-${i}`, text: i % 2 ? AGENCY : AGENCY_COPY })),
    );
    const { groups } = await findCopyGroups(other);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.members).toHaveLength(8);
    expect(await getDb().copyGroup.count({ where: { eventId: other } })).toBe(1);
  });
});
