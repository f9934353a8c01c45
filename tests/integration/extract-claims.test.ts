import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { claimValueFromColumns } from "@/lib/db/claim-value-columns";
import { setFacetDismissed, renameFacet } from "@/lib/db/edit-facets";
import { ensureEvent } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { loadEventExport } from "@/lib/db/load-event-export";
import { moveClaims, setClaimStatus } from "@/lib/db/review-claims";
import { collectArticleFiles } from "@/scripts/lib/collect-article-files";
import { importArticleFiles } from "@/scripts/lib/import-article-files";
import { loadDemo } from "@/scripts/lib/load-demo";
import { prerequisite } from "../support/prerequisite";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

const SEEDS = path.join(import.meta.dirname, "../../../shared/seeds");

async function facetsOf(eventId: string) {
  const facets = await getDb().facet.findMany({
    where: { eventId, dismissedAt: null },
    include: { claims: { orderBy: { start: "asc" } } },
  });
  return facets.map((f) => ({ ...f, claims: f.claims.map((c) => ({ ...c, value: claimValueFromColumns(c) })) }));
}

describe.skipIf(!prerequisite(`The seed articles (${SEEDS})`, existsSync(SEEDS)))("extracting the five seed articles with no facets set up by hand", () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = (await ensureEvent({ slug: "nk-russia" }, "test")).id;
    const { files } = await collectArticleFiles([SEEDS]);
    await importArticleFiles(files, eventId, "test");
    await extractEventClaims(eventId, "test");
  });

  test("proposes one troop-count facet with 'mehrere Tausend', 'fast 10.000' and both 'mehr als 10.000'", async () => {
    const facets = await facetsOf(eventId);
    const troops = facets.find((f) => f.claims.some((c) => c.quote.includes("fast 10.000")));
    expect(troops?.kind).toBe("quantity");
    const quotes = troops!.claims.map((c) => c.quote);
    expect(quotes.some((q) => q.includes("mehrere Tausend"))).toBe(true);
    expect(quotes.filter((q) => q.includes("mehr als 10.000"))).toHaveLength(2);

    const almost = troops!.claims.find((c) => c.quote.includes("fast 10.000"));
    expect(almost?.value).toMatchObject({ kind: "quantity", min: 9000, max: 10000, minInclusive: true, maxInclusive: false });
    for (const more of troops!.claims.filter((c) => c.quote.includes("mehr als 10.000"))) {
      expect(more.value).toMatchObject({ kind: "quantity", min: 10000, max: null, minInclusive: false });
    }
  });

  test("files 'etwa 8.000' in the troop facet, scoped to the Kursk region, a part of Russia", async () => {
    const facets = await facetsOf(eventId);
    const troops = facets.find((f) => f.claims.some((c) => c.quote.includes("fast 10.000")));
    const kursk = troops?.claims.find((c) => c.quote.includes("etwa 8.000"));
    expect(kursk?.scope).toBe("RU/Kursk");
    expect(troops?.claims.find((c) => c.quote.includes("fast 10.000"))?.scope).toBe("RU");
  });

  test("proposes a treaty-date facet holding June 2024", async () => {
    const facets = await facetsOf(eventId);
    const treaty = facets.find((f) => f.kind === "date" && f.claims.some((c) => c.quote.includes("Juni 2024")));
    const june = treaty?.claims.find((c) => c.quote.includes("Juni 2024"));
    expect(june?.value).toEqual({ kind: "date", from: "2024-06-01", to: "2024-06-30", precision: "month" });
  });

  test("records each new facet and claim in the audit log, the facets first, with the fields stored", async () => {
    const facets = await getDb().facet.findMany({ where: { eventId } });
    const claims = await getDb().claim.findMany({ where: { facet: { eventId } } });
    const entries = await getDb().auditEvent.findMany({ where: { eventId, action: "create", entityType: { in: ["facet", "claim"] } }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.entityType)).toEqual([...facets.map(() => "facet"), ...claims.map(() => "claim")]);
    const facetById = new Map(facets.map((f) => [f.id, f]));
    for (const entry of entries.slice(0, facets.length)) {
      const facet = facetById.get(entry.entityId)!;
      expect(entry.actor).toBe("test");
      expect(entry.after).toEqual({ key: facet.key, label: facet.label, kind: facet.kind });
    }
    const claimById = new Map(claims.map((c) => [c.id, c]));
    for (const entry of entries.slice(facets.length)) {
      const claim = claimById.get(entry.entityId)!;
      expect(entry.after).toEqual({ facetId: claim.facetId, quote: claim.quote, start: claim.start, end: claim.end });
    }
  });

  test("every claim's quote is exactly the words at its offsets in its revision", async () => {
    const claims = await getDb().claim.findMany({ include: { revision: { select: { text: true } } } });
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) expect(claim.revision.text.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  test("the JSON export lists each pair's relation and its reason", async () => {
    const exported = await loadEventExport("nk-russia");
    const troops = exported?.facets.find((f) => f.claims.some((c) => c.quote.includes("fast 10.000")));
    const almost = troops!.claims.find((c) => c.quote.includes("fast 10.000"))!;
    const more = troops!.claims.filter((c) => c.quote.includes("mehr als 10.000")).map((c) => c.id);
    const n = troops!.claims.length;
    expect(troops!.relations).toHaveLength((n * (n - 1)) / 2);
    const conflict = troops!.relations.find(
      (r) => (r.a === almost.id && more.includes(r.b)) || (r.b === almost.id && more.includes(r.a)),
    );
    expect(conflict?.kind).toBe("conflicting");
    expect(conflict?.reason).toMatch(/cannot both be true/);
    const kursk = troops!.claims.find((c) => c.quote.includes("etwa 8.000"))!;
    for (const id of more) {
      const part = troops!.relations.find((r) => (r.a === kursk.id && r.b === id) || (r.b === kursk.id && r.a === id));
      expect(part?.kind).toBe("different-scope");
      expect(part?.reason).toMatch(/counts only Kursk, a part/);
    }
  });

  test("running it again creates nothing new", async () => {
    const before = await getDb().claim.count();
    const summary = await extractEventClaims(eventId, "test");
    expect(summary).toMatchObject({ claimsCreated: 0, claimsRemoved: 0, facetsCreated: 0 });
    expect(await getDb().claim.count()).toBe(before);
  });
});

describe("an editor's merge of two facets is remembered", () => {
  test("claims found later for the merged facet's subject are filed into the facet it was merged into", async () => {
    const event = await ensureEvent({ slug: "merge-memory" }, "test");
    const files = [
      { name: "a.md", text: "---\ntitle: A\nlanguage: de\npublished: 2025-05-19\n---\nA\n\nBei dem Unwetter starben 40 Menschen. 12 Menschen werden vermisst." },
    ];
    const { importArticle } = await import("@/lib/db/import-article");
    const { parseArticleFile } = await import("@/lib/articles");
    for (const f of files) {
      const parsed = parseArticleFile(Buffer.from(f.text));
      if (!parsed.ok) throw new Error(parsed.reason);
      await importArticle(event.id, parsed.article, "test");
    }
    await extractEventClaims(event.id, "test");
    const facets = await facetsOf(event.id);
    const dead = facets.find((f) => f.key === "quantity:dead")!;
    const missing = facets.find((f) => f.key === "quantity:missing")!;
    const { mergeFacets } = await import("@/lib/db/edit-facets");
    await mergeFacets({ sourceId: missing.id, targetId: dead.id, expectedVersion: missing.version }, "editor");

    const second = parseArticleFile(Buffer.from("---\ntitle: B\nlanguage: de\npublished: 2025-05-20\n---\nB\n\nNoch 9 Menschen werden vermisst."));
    if (!second.ok) throw new Error(second.reason);
    await importArticle(event.id, second.article, "test");
    await extractEventClaims(event.id, "test");

    const after = await facetsOf(event.id);
    expect(after.map((f) => f.id)).toEqual([dead.id]);
    expect(after[0]!.claims.map((c) => c.quote).sort()).toEqual(["12 Menschen", "40 Menschen", "9 Menschen"]);
  });
});

/** Imports one article file's text into the event and extracts its claims. */
async function importAndExtract(eventId: string, file: string) {
  const { importArticle } = await import("@/lib/db/import-article");
  const { parseArticleFile } = await import("@/lib/articles");
  const parsed = parseArticleFile(Buffer.from(file));
  if (!parsed.ok) throw new Error(parsed.reason);
  await importArticle(eventId, parsed.article, "test");
  await extractEventClaims(eventId, "test");
}

describe("claims nobody has reviewed are read anew when the rules read their words better", () => {
  test("an unreviewed claim takes the newer reading, with an audit entry of what changed; a confirmed one keeps the person's", async () => {
    const event = await ensureEvent({ slug: "newer-reading" }, "test");
    const { importArticle } = await import("@/lib/db/import-article");
    const { parseArticleFile } = await import("@/lib/articles");
    const parsed = parseArticleFile(
      Buffer.from("---\ntitle: Ticker\nlanguage: de\npublished: 2031-06-02\n---\nTicker\n\n+++ 09:40 Uhr +++ Laut Landratsamt starben 9 Menschen.\n\n+++ 18:30 Uhr +++ Die Polizei meldet 14 Verletzte."),
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    await importArticle(event.id, parsed.article, "test");
    await extractEventClaims(event.id, "test");
    const claims = (await facetsOf(event.id)).flatMap((f) => f.claims);
    const dead = claims.find((c) => c.quote.includes("9 Menschen"))!;
    const injured = claims.find((c) => c.quote.includes("14 Verletzte"))!;
    expect([dead.asOfTime, dead.attribution, injured.asOfTime]).toEqual(["09:40", "district office", "18:30"]);

    // As an older release stored them: without the hour, nor the claimant; the second one confirmed by an editor.
    await getDb().claim.updateMany({ where: { id: { in: [dead.id, injured.id] } }, data: { asOfTime: null, attribution: null } });
    await setClaimStatus({ claimId: injured.id, status: "confirmed", expectedVersion: injured.version }, "editor");

    const summary = await extractEventClaims(event.id, "test");
    expect(summary).toMatchObject({ claimsCreated: 0, claimsRefreshed: 1, claimsRemoved: 0 });
    const after = await getDb().claim.findMany({ where: { id: { in: [dead.id, injured.id] } } });
    expect(after.find((c) => c.id === dead.id)).toMatchObject({ asOfTime: "09:40", attribution: "district office", status: "proposed", version: dead.version + 1 });
    expect(after.find((c) => c.id === injured.id)).toMatchObject({ asOfTime: null, attribution: null, status: "confirmed" });
    const entry = await getDb().auditEvent.findFirst({ where: { entityId: dead.id, action: "update" } });
    expect(entry?.before).toEqual({ quote: dead.quote, asOfTime: null, attribution: null, version: dead.version });
    expect(entry?.after).toEqual({ quote: dead.quote, asOfTime: "09:40", attribution: "district office", version: dead.version + 1 });

    expect((await extractEventClaims(event.id, "test")).claimsRefreshed).toBe(0);
  });

  test("a claim a newer reading files under another question moves there, and the machine facet it leaves empty goes", async () => {
    const event = await ensureEvent({ slug: "newer-facet" }, "test");
    await importAndExtract(event.id, "---\ntitle: T\nlanguage: en\npublished: 2031-06-02\n---\nT\n\nOfficials said 12 people had died. Police said 40 people were injured.");
    const dead = await getDb().facet.findFirstOrThrow({ where: { eventId: event.id, key: "quantity:dead" }, include: { claims: true } });
    const injured = await getDb().facet.findFirstOrThrow({ where: { eventId: event.id, key: "quantity:injured" }, include: { claims: true } });
    // As an older release filed them: each under a question of its own reading, one of which an editor has written a note on.
    const older = async (key: string, claimId: string) => {
      const facet = await getDb().facet.create({ data: { eventId: event.id, key, label: key, kind: "quantity", origin: "machine" } });
      await getDb().claim.update({ where: { id: claimId }, data: { facetId: facet.id } });
      return facet;
    };
    const oldDead = await older("quantity:older-dead", dead.claims[0]!.id);
    const oldInjured = await older("quantity:older-injured", injured.claims[0]!.id);
    const noted = injured.claims[0]!;
    await getDb().annotation.create({ data: { revisionId: noted.revisionId, facetId: oldInjured.id, exact: noted.quote, start: noted.start, end: noted.end, body: "Keep this question.", authorName: "editor" } });

    const summary = await extractEventClaims(event.id, "test");
    expect(summary).toMatchObject({ claimsCreated: 0, claimsRefreshed: 2, claimsRemoved: 0 });
    const claims = await getDb().claim.findMany({ where: { id: { in: [dead.claims[0]!.id, injured.claims[0]!.id] } } });
    expect(claims.map((c) => c.facetId).sort()).toEqual([dead.id, injured.id].sort());
    const left = await getDb().facet.findMany({ where: { id: { in: [oldDead.id, oldInjured.id] } } });
    expect(left.map((f) => f.id)).toEqual([oldInjured.id]);
    const entry = await getDb().auditEvent.findFirst({ where: { entityId: dead.claims[0]!.id, action: "update" } });
    expect(entry?.after).toMatchObject({ facetId: dead.id });
    expect(await getDb().auditEvent.findFirst({ where: { entityId: oldDead.id, action: "delete" } })).not.toBeNull();
    expect((await extractEventClaims(event.id, "test")).claimsRefreshed).toBe(0);
  });

  test("a machine facet nobody has touched takes a newer label; one a person renamed keeps theirs", async () => {
    const event = await ensureEvent({ slug: "newer-label" }, "test");
    await importAndExtract(event.id, "---\ntitle: T\nlanguage: en\npublished: 2031-06-02\n---\nT\n\nOfficials said 12 people had died. Police said 40 people were injured.");
    const facetOf = (key: string) => getDb().facet.findFirstOrThrow({ where: { eventId: event.id, key } });
    const d = await facetOf("quantity:dead");
    const i = await facetOf("quantity:injured");
    // As an older release labelled them; the second renamed by an editor since.
    await getDb().facet.update({ where: { id: d.id }, data: { label: "Deaths (old label)" } });
    await renameFacet({ facetId: i.id, label: "Injured, as the police count", expectedVersion: i.version }, "editor");

    await extractEventClaims(event.id, "test");
    const after = await getDb().facet.findMany({ where: { id: { in: [d.id, i.id] } } });
    expect(after.find((f) => f.id === d.id)).toMatchObject({ label: d.label, version: 2 });
    expect(after.find((f) => f.id === i.id)?.label).toBe("Injured, as the police count");
    const entry = await getDb().auditEvent.findFirst({ where: { entityId: d.id, action: "update" } });
    expect(entry?.after).toEqual({ label: d.label, version: 2 });
  });
});

describe("a person's decisions survive re-extraction", () => {
  test("renamed, dismissed and split facets, and confirmed or rejected claims stay as the person left them", async () => {
    const { slug } = await loadDemo();
    const event = await getDb().event.findUniqueOrThrow({ where: { slug } });
    await extractEventClaims(event.id, "test");
    const [first, second, third] = await facetsOf(event.id);
    expect(third).toBeDefined();
    const [rejected, confirmed, moved] = first!.claims;
    expect(moved).toBeDefined();

    await renameFacet({ facetId: first!.id, label: "Soldiers sent, as each source counts them", expectedVersion: first!.version }, "editor");
    await setClaimStatus({ claimId: rejected!.id, status: "rejected", expectedVersion: rejected!.version }, "editor");
    await setClaimStatus({ claimId: confirmed!.id, status: "confirmed", expectedVersion: confirmed!.version }, "editor");
    const splitId = await moveClaims({ claims: [{ claimId: moved!.id, expectedVersion: moved!.version }], target: { newFacet: { label: "Split off", kind: "quantity" } } }, "editor");
    await setFacetDismissed({ facetId: second!.id, dismissed: true, expectedVersion: second!.version }, "editor");

    await extractEventClaims(event.id, "test");

    const after = await facetsOf(event.id);
    const renamed = after.find((f) => f.id === first!.id);
    expect(renamed?.label).toBe("Soldiers sent, as each source counts them");
    expect(renamed?.claims.find((c) => c.id === rejected!.id)?.status).toBe("rejected");
    expect(renamed?.claims.find((c) => c.id === confirmed!.id)?.status).toBe("confirmed");
    expect(after.find((f) => f.id === splitId)?.claims.map((c) => c.id)).toEqual([moved!.id]);
    expect(after.some((f) => f.id === second!.id || f.key === second!.key)).toBe(false);
    // No duplicate claim was proposed at the words a person already decided on.
    const spans = (await getDb().claim.findMany({ select: { revisionId: true, start: true, end: true } })).map(
      (c) => `${c.revisionId}:${c.start}:${c.end}`,
    );
    expect(new Set(spans).size).toBe(spans.length);
  });
});

describe("a figure's stage is stored with its claim and read by the comparison", () => {
  test("the provisional and the final turnout of one election are an update, not a contradiction", async () => {
    const event = await ensureEvent({ slug: "figure-status" }, "test");
    const { importArticle } = await import("@/lib/db/import-article");
    const { parseArticleFile } = await import("@/lib/articles");
    const texts = [
      "---\ntitle: A\nlanguage: de\npublished: 2025-05-19\n---\nA\n\nNach dem vorläufigen Endergebnis lag die Wahlbeteiligung bei 61,2 Prozent.",
      "---\ntitle: B\nlanguage: en\npublished: 2025-05-19\n---\nB\n\nAccording to the final result, turnout was 62.0%.",
    ];
    for (const text of texts) {
      const parsed = parseArticleFile(Buffer.from(text));
      if (!parsed.ok) throw new Error(parsed.reason);
      await importArticle(event.id, parsed.article, "test");
    }
    await extractEventClaims(event.id, "test");
    const facets = await facetsOf(event.id);
    const turnout = facets.find((f) => f.key?.startsWith("quantity:turnout"))!;
    expect(turnout.claims.map((c) => [c.quote, c.figureStatus]).sort()).toEqual([["61,2 Prozent", "provisional"], ["62.0%", "final"]]);
    const { findFacetComparison } = await import("@/lib/db/facet-comparisons");
    const view = await findFacetComparison(turnout, "figure-status");
    // Published the same day: only the stages part them.
    expect(view?.status).not.toBe("disputed");
    expect(view?.ranked).toEqual([]);
  });
});
