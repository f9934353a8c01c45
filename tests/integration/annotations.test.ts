import { beforeAll, describe, expect, test } from "vitest";
import { parseArticleFile } from "@/lib/articles";
import { findAnnotation, findAnnotationsForArticle, findAnnotationsForEvent } from "@/lib/db/annotations";
import { getDb } from "@/lib/db/client";
import { confirmAnchor } from "@/lib/db/confirm-anchor";
import { claimInputFromForm, manualClaimFormSchema } from "@/lib/claims/manual-claim-form";
import { correctClaim } from "@/lib/db/correct-claim";
import { createClaim } from "@/lib/db/create-claim";
import { createAnnotation } from "@/lib/db/create-annotation";
import { deleteAnnotation } from "@/lib/db/delete-annotation";
import { ensureEvent } from "@/lib/db/events";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { importArticle } from "@/lib/db/import-article";
import { recordVerdict } from "@/lib/db/record-verdict";
import { replyToAnnotation } from "@/lib/db/reply-to-annotation";
import { setClaimStatus } from "@/lib/db/review-claims";
import { setAnnotationResolved } from "@/lib/db/set-annotation-resolved";
import { setFacetWorkflow } from "@/lib/db/set-facet-workflow";
import { undoDeletion } from "@/lib/db/undo-deletion";
import { updateAnnotation } from "@/lib/db/update-annotation";
import { createAnnotationInputSchema } from "@/lib/annotations/schema";
import { AppError, EditConflictError } from "@/lib/errors";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

const EDITOR = { id: null, name: "Test editor" };
const ACTOR = "test-editor";

// An article written for this test, and its next revision: a paragraph inserted at the top, one
// sentence reworded, one paragraph deleted.
const INTRO = "Pentagon says troop numbers keep rising";
const P1 = "More than 10,000 North Korean soldiers are now in Russia, according to the Pentagon.";
const P2 = "About 8,000 of them have moved to the Kursk region, officials said on Thursday.";
const P3 = "Moscow did not confirm the figures and pointed to the treaty signed on June 19, 2024. Kyiv puts the number at 12,000 North Korean troops.";
const P4 = "Seoul is weighing whether to send weapons to Ukraine directly.";
const file = (paragraphs: string[]) =>
  new TextEncoder().encode(`---\ntitle: "${INTRO}"\nurl: "https://test.example/troops"\nlanguage: "en"\npublished: "2024-11-01"\n---\n${[INTRO, ...paragraphs].join("\n\n")}\n`);
const parse = (paragraphs: string[]) => {
  const parsed = parseArticleFile(file(paragraphs));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.article;
};

const version = async (id: string) => (await getDb().annotation.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("notes, claims people made, and a new revision of their article", () => {
  let eventId: string;
  let articleId: string;
  let first: { id: string; text: string };
  let noteOnKursk: string;
  let noteOnSeoul: string;
  let confirmedClaim: { id: string; quote: string };
  let correctedClaim: { id: string; quote: string };

  beforeAll(async () => {
    eventId = (await ensureEvent({ slug: "anchoring-test", title: "Anchoring" }, ACTOR)).id;
    const created = await importArticle(eventId, parse([P1, P2, P3, P4]), ACTOR);
    articleId = created.articleId;
    first = await getDb().articleRevision.findFirstOrThrow({ where: { articleId }, select: { id: true, text: true } });
    await extractEventClaims(eventId, ACTOR);
    const claims = await getDb().claim.findMany({ where: { revisionId: first.id }, orderBy: { start: "asc" }, select: { id: true, quote: true, version: true, valueKind: true } });
    const quantity = claims.find((c) => c.valueKind === "quantity");
    const other = claims.find((c) => c !== quantity);
    if (!quantity || !other) throw new Error(`extraction found ${claims.map((c) => c.quote).join(", ")}`);
    await setClaimStatus({ claimId: other.id, status: "confirmed", expectedVersion: other.version }, ACTOR);
    confirmedClaim = other;
    correctedClaim = quantity;
    const at = (words: string) => ({ start: first.text.indexOf(words), end: first.text.indexOf(words) + words.length });
    noteOnKursk = await createAnnotation({ revisionId: first.id, ...at("moved to the Kursk"), body: "Check **who** said this.", tags: ["kursk"], stance: "context" }, EDITOR, ACTOR);
    noteOnSeoul = await createAnnotation({ revisionId: first.id, ...at("weighing whether"), body: "Seoul's position", tags: [] }, EDITOR, ACTOR);
  });

  test("a note is stored with both selectors, its range snapped to whole words", async () => {
    const partial = first.text.indexOf("ficials said");
    const input = createAnnotationInputSchema.parse({ revisionId: first.id, start: partial, end: partial + 10, body: "Which officials?", tags: ["Sources", "sources"] });
    const id = await createAnnotation(input, EDITOR, ACTOR);
    const note = (await findAnnotation(id))!;
    expect(note.quote.exact).toBe("officials said");
    expect(first.text.slice(note.position.start, note.position.end)).toBe("officials said");
    expect(note.quote.prefix).toBe(first.text.slice(note.position.start - 32, note.position.start));
    expect(note.tags).toEqual(["sources"]);
  });

  test("a correction keeps the machine's reading beside it and confirms the claim", async () => {
    const before = await getDb().claim.findUniqueOrThrow({ where: { id: correctedClaim.id } });
    await correctClaim(
      { claimId: correctedClaim.id, expectedVersion: before.version, value: { kind: "quantity", min: 7500, max: 8500, minInclusive: true, maxInclusive: true }, attribution: "US officials", certainty: "reported", figureStatus: "provisional", scope: "Kursk region", asOf: { from: "2024-10-31", to: "2024-10-31", time: "14:30" } },
      ACTOR,
    );
    const after = await getDb().claim.findUniqueOrThrow({ where: { id: correctedClaim.id } });
    // The hour a person gives the figure is kept with its day.
    expect(after.asOfTime).toBe("14:30");
    expect(after).toMatchObject({ attribution: "US officials", certainty: "reported", figureStatus: "provisional", status: "confirmed", version: before.version + 1 });
    expect(after.readByMachine).toMatchObject({ attribution: before.attribution, certainty: before.certainty, figureStatus: before.figureStatus });
    // The history records the stage like the other fields: what it was, and what the person set.
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityType: "claim", entityId: correctedClaim.id, action: "update" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ before: { figureStatus: before.figureStatus }, after: { figureStatus: "provisional" } });
    await expect(
      correctClaim({ claimId: correctedClaim.id, expectedVersion: before.version, value: { kind: "quantity", min: 1, max: 2, minInclusive: true, maxInclusive: true }, attribution: null, certainty: "stated", figureStatus: null, scope: null, asOf: null }, ACTOR),
    ).rejects.toBeInstanceOf(EditConflictError);
  });

  test("a claim a person marks keeps the figure's stage they chose, stored and in the history", async () => {
    const facetId = (await getDb().claim.findUniqueOrThrow({ where: { id: correctedClaim.id }, select: { facetId: true } })).facetId;
    const start = first.text.indexOf("About 8,000");
    // The form as the reader submits it (every field a string), through the action's own parsing.
    const form = manualClaimFormSchema.parse({ revisionId: first.id, facetId, start: String(start), end: String(start + "About 8,000".length), hedge: "about", number: "8,000", certainty: "reported", figureStatus: "provisional" });
    const outcome = claimInputFromForm(form, "quantity", "en");
    if (!outcome.ok) throw new Error(outcome.message);
    const id = await createClaim(outcome.input, ACTOR);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id } })).toMatchObject({ origin: "human", figureStatus: "provisional" });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityType: "claim", entityId: id, action: "create" } });
    expect(audit.after).toMatchObject({ quote: "About 8,000", figureStatus: "provisional" });
  });

  test("re-importing with edits carries notes and people's claims to the new revision; a deleted passage's note is an orphan", async () => {
    const outcome = await importArticle(eventId, parse(["Update: the figures below were revised on Friday.", P1, P2, P3]), ACTOR);
    expect(outcome).toMatchObject({ status: "revised", revision: 2 });
    const second = await getDb().articleRevision.findFirstOrThrow({ where: { articleId, number: 2 }, select: { id: true, text: true } });

    const kursk = (await findAnnotation(noteOnKursk))!;
    expect(kursk).toMatchObject({ revisionId: second.id, anchor: { state: "anchored" } });
    expect(second.text.slice(kursk.position.start, kursk.position.end)).toBe("moved to the Kursk");

    const seoul = (await findAnnotation(noteOnSeoul))!;
    expect(seoul).toMatchObject({ revisionId: first.id, anchor: { state: "orphaned" }, quote: { exact: "weighing whether" } });
    const { pinned, orphans } = await findAnnotationsForArticle(articleId, second.id);
    expect(pinned.map((n) => n.id)).toContain(noteOnKursk);
    expect(orphans.map((n) => n.id)).toEqual([noteOnSeoul]);

    for (const claim of [confirmedClaim, correctedClaim]) {
      const now = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(now.revisionId).toBe(second.id);
      expect(second.text.slice(now.start, now.end)).toBe(claim.quote);
    }
    // Machine claims nobody looked at stay behind; extraction proposes them on the new text.
    expect(await getDb().claim.count({ where: { revisionId: first.id, status: "proposed" } })).toBeGreaterThan(0);
  });

  test("re-running extraction never writes over a correction, nor duplicates a carried claim", async () => {
    await extractEventClaims(eventId, ACTOR);
    const corrected = await getDb().claim.findUniqueOrThrow({ where: { id: correctedClaim.id } });
    expect(corrected).toMatchObject({ attribution: "US officials", certainty: "reported", status: "confirmed" });
    const atSameWords = await getDb().claim.count({ where: { revisionId: corrected.revisionId, start: corrected.start, end: corrected.end, deletedAt: null } });
    expect(atSameWords).toBe(1);
  });

  test("two editors saving one note at once: exactly one lands, the other gets both versions", async () => {
    const seen = await version(noteOnKursk);
    const results = await Promise.allSettled([
      updateAnnotation({ annotationId: noteOnKursk, expectedVersion: seen, body: "Editor A's wording", tags: ["kursk"], stance: "context" }, "a"),
      updateAnnotation({ annotationId: noteOnKursk, expectedVersion: seen, body: "Editor B's wording", tags: ["kursk"], stance: "context" }, "b"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(EditConflictError);
    const stored = (await findAnnotation(noteOnKursk))!;
    expect(stored.version).toBe(seen + 1);
    expect((rejected.reason as EditConflictError).current.note).toBe(stored.body);
  });

  test("replies, resolving, and filters by tag, author, stance and status", async () => {
    await replyToAnnotation({ annotationId: noteOnKursk, body: "The Pentagon briefing says so." }, { id: null, name: "Second editor" }, "second");
    await setAnnotationResolved({ annotationId: noteOnKursk, expectedVersion: await version(noteOnKursk), resolved: true }, ACTOR);
    const note = (await findAnnotation(noteOnKursk))!;
    expect(note.resolved).toBe(true);
    expect(note.replies.map((r) => r.author.name)).toEqual(["Second editor"]);
    expect((await findAnnotationsForEvent(eventId, { tag: "kursk" })).map((n) => n.id)).toEqual([noteOnKursk]);
    expect((await findAnnotationsForEvent(eventId, { stance: "context" })).map((n) => n.id)).toEqual([noteOnKursk]);
    expect((await findAnnotationsForEvent(eventId, { status: "orphaned" })).map((n) => n.id)).toEqual([noteOnSeoul]);
    expect(await findAnnotationsForEvent(eventId, { author: "Nobody" })).toEqual([]);
  });

  test("a deleted note leaves every list, and the history's undo brings it back", async () => {
    await deleteAnnotation({ annotationId: noteOnSeoul, expectedVersion: await version(noteOnSeoul) }, ACTOR);
    expect(await findAnnotation(noteOnSeoul)).toBeNull();
    const entry = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: noteOnSeoul, action: "delete" }, orderBy: { id: "desc" } });
    await undoDeletion({ auditEventId: entry.id.toString() }, ACTOR);
    expect((await findAnnotation(noteOnSeoul))?.anchor.state).toBe("orphaned");
  });

  test("a note moved to changed words waits for a person's confirmation", async () => {
    await importArticle(eventId, parse(["Update: the figures below were revised on Friday.", P1, P2.replace("moved to the Kursk", "moved into the Kursk"), P3]), ACTOR);
    const note = (await findAnnotation(noteOnKursk))!;
    expect(note.anchor.state).toBe("moved");
    expect(note.quote.exact).toBe("moved into the Kursk");
    const stored = await getDb().annotation.findUniqueOrThrow({ where: { id: noteOnKursk }, select: { movedFrom: true } });
    expect(stored.movedFrom).toMatchObject({ revisionNumber: 2 });
    await confirmAnchor({ kind: "annotation", id: noteOnKursk, expectedVersion: note.version }, ACTOR);
    expect((await findAnnotation(noteOnKursk))!.anchor.state).toBe("anchored");
  });
});

describe("verdicts and the fact-check workflow", () => {
  test("one live verdict per facet: recording it resolves the facet, a second first verdict conflicts", async () => {
    const eventId = (await ensureEvent({ slug: "anchoring-test", title: "Anchoring" }, ACTOR)).id;
    const facet = await getDb().facet.findFirstOrThrow({ where: { eventId, claims: { some: {} } }, select: { id: true, version: true, claims: { take: 1, select: { id: true } } } });
    await setFacetWorkflow({ facetId: facet.id, expectedVersion: facet.version, state: "in-review", assigneeId: null }, ACTOR);
    const input = { facetId: facet.id, rating: "no-contradiction" as const, explanation: "Different dates, **no** conflict.", evidence: { claimIds: facet.claims.map((c) => c.id), annotationIds: [] } };
    const verdictId = await recordVerdict(input, EDITOR, ACTOR);
    expect(await getDb().facet.findUniqueOrThrow({ where: { id: facet.id }, select: { state: true } })).toEqual({ state: "resolved" });
    expect(await getDb().verdictEvidence.count({ where: { verdictId } })).toBe(1);
    await expect(recordVerdict(input, EDITOR, ACTOR)).rejects.toBeInstanceOf(EditConflictError);
    await recordVerdict({ ...input, verdictId, expectedVersion: 1, rating: "mixed" }, EDITOR, ACTOR);
    await expect(recordVerdict({ ...input, verdictId, expectedVersion: 1, rating: "false" }, EDITOR, ACTOR)).rejects.toBeInstanceOf(EditConflictError);
    await expect(recordVerdict({ ...input, evidence: { claimIds: ["5f0c6a52-3a49-4a5e-9d0c-3f3f0d5b2a11"], annotationIds: [] } }, EDITOR, ACTOR)).rejects.toBeInstanceOf(AppError);
  });
});
