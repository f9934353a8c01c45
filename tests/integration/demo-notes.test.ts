import { beforeAll, describe, expect, test } from "vitest";
import { findAnnotationsForEvent } from "@/lib/db/annotations";
import { getDb } from "@/lib/db/client";
import { loadAnnotationExport } from "@/lib/db/load-annotation-export";
import { loadEventExport } from "@/lib/db/load-event-export";
import { eventExportSchema } from "@/lib/export/schema";
import { annotationCollectionSchema } from "@/lib/export/annotation-collection";
import { loadDemo } from "@/scripts/lib/load-demo";
import { assertionsOf, compileAssertions, failedAssertions, SELECTOR_ASSERTIONS, SUITE_DIR, suiteIsHere } from "../support/w3c-annotation-suite";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

describe("the demo event's notes and verdict", () => {
  let slug: string;
  let eventId: string;
  beforeAll(async () => {
    slug = (await loadDemo()).slug;
    eventId = (await getDb().event.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  });

  test("ship notes on at least three articles, each on its words, and one verdict with evidence", async () => {
    const notes = await findAnnotationsForEvent(eventId);
    expect(new Set(notes.map((n) => n.articleId)).size).toBeGreaterThanOrEqual(3);
    const revisions = new Map((await getDb().articleRevision.findMany({ select: { id: true, text: true } })).map((r) => [r.id, r.text]));
    for (const note of notes) expect(revisions.get(note.revisionId)!.slice(note.position.start, note.position.end)).toBe(note.quote.exact);
    expect(notes.some((n) => n.claimId !== null)).toBe(true);
    const verdicts = await getDb().verdict.findMany({ where: { facet: { eventId } }, select: { rating: true, evidence: { select: { claimId: true, annotationId: true } } } });
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]!.rating).toBe("mixed");
    expect(verdicts[0]!.evidence.filter((e) => e.claimId).length).toBeGreaterThanOrEqual(2);
    expect(verdicts[0]!.evidence.some((e) => e.annotationId)).toBe(true);
  });

  test("loading the demo again adds nothing", async () => {
    const before = await getDb().annotation.count();
    await loadDemo();
    expect(await getDb().annotation.count()).toBe(before);
    expect(await getDb().verdict.count()).toBe(1);
  });

  test("the JSON export carries every note with its selectors and revision, and the verdict with its rating", async () => {
    const exported = eventExportSchema.parse(await loadEventExport(slug));
    const notes = await findAnnotationsForEvent(eventId);
    expect(exported.annotations.map((a) => a.id).sort()).toEqual(notes.map((n) => n.id).sort());
    for (const a of exported.annotations) {
      const revision = exported.articles.flatMap((article) => article.revisions).find((r) => r.id === a.revisionId)!;
      expect(revision.text.slice(a.position.start, a.position.end)).toBe(a.quote.exact);
      expect(revision.text.slice(Math.max(0, a.position.start - a.quote.prefix.length), a.position.start)).toBe(a.quote.prefix);
    }
    expect(exported.verdicts).toMatchObject([{ rating: "mixed" }]);
  });

  test.skipIf(!suiteIsHere() && process.env.CI !== "true")("every exported annotation passes the W3C suite's MUSTs and selector assertions", async () => {
    expect(suiteIsHere(), `the W3C suite must be at ${SUITE_DIR}`).toBe(true);
    const collection = annotationCollectionSchema.parse(await loadAnnotationExport(slug));
    expect(collection.total).toBeGreaterThanOrEqual(5);
    const musts = compileAssertions(assertionsOf("annotations/annotationMusts.test"));
    const selectors = compileAssertions(SELECTOR_ASSERTIONS);
    for (const annotation of collection.first.items) {
      expect(failedAssertions(musts, annotation), annotation.id).toEqual([]);
      if (typeof annotation.target !== "string") expect(failedAssertions(selectors, annotation), annotation.id).toEqual([]);
    }
    expect(failedAssertions(compileAssertions(assertionsOf("collections/collectionMusts.test")), collection)).toEqual([]);
  });
});
