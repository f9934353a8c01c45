import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { assertionsOf, compileAssertions, failedAssertions, SELECTOR_ASSERTIONS, SUITE_DIR, suiteIsHere } from "@/tests/support/w3c-annotation-suite";
import { annotationCollectionSchema, toAnnotationCollection, toWebAnnotation, type ExportableNote } from "./annotation-collection";

const note = (fields: Partial<ExportableNote> = {}): ExportableNote => ({
  id: "0b8f7d3e-1c2a-4f5b-9e6d-7a8b9c0d1e2f",
  body: "The fire brigade's figure is **the official count** of late October.",
  tags: [],
  stance: null,
  claimId: null,
  facetId: null,
  author: { id: "user_01", name: "Mara Lindqvist" },
  resolved: false,
  createdAt: "2026-11-30T10:00:00.000Z",
  updatedAt: "2026-11-30T11:30:00.000Z",
  revisionId: "3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  language: "de",
  quote: { exact: "fast 10.000", prefix: "sind inzwischen ", suffix: " obdachlose Menschen" },
  position: { start: 120, end: 131 },
  replies: [],
  ...fields,
});

// Every variant the export writes: plain, tagged, assessing with links, at the start of a text
// (empty prefix), by an author without an account, and with replies.
const VARIANTS: { label: string; note: ExportableNote }[] = [
  { label: "a plain comment", note: note() },
  { label: "tags", note: note({ tags: ["evacuations", "valencia"] }) },
  { label: "a stance, with a claim and a facet linked", note: note({ stance: "contradicts", claimId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", facetId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" }) },
  { label: "a passage at the very start", note: note({ quote: { exact: "Feuerwehr", prefix: "", suffix: ": Fast 10.000" }, position: { start: 0, end: 9 } }) },
  { label: "an author without an account", note: note({ author: { id: null, name: "Demo editor" } }) },
  { label: "replies", note: note({ replies: [{ id: "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918", body: "Agreed.", author: { id: "user_02", name: "Jon" }, createdAt: "2026-11-30T12:00:00.000Z" }] }) },
];

describe("toWebAnnotation", () => {
  test("a note without a stance comments; with one toward a claim it assesses; tags add tagging", () => {
    expect(toWebAnnotation(note()).motivation).toEqual(["commenting"]);
    expect(toWebAnnotation(note({ stance: "supports", tags: ["x"] })).motivation).toEqual(["assessing", "tagging"]);
  });

  test("the target is the revision, with both selectors", () => {
    expect(toWebAnnotation(note()).target).toEqual({
      type: "SpecificResource",
      source: { id: "urn:uuid:3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", type: "Text", format: "text/plain", language: "de" },
      selector: [
        { type: "TextQuoteSelector", exact: "fast 10.000", prefix: "sind inzwischen ", suffix: " obdachlose Menschen" },
        { type: "TextPositionSelector", start: 120, end: 131 },
      ],
    });
  });

  test("a collection holds every note and reply, and fits its own schema", () => {
    const collection = toAnnotationCollection({ slug: "flood", title: "Flood" }, VARIANTS.map((v) => v.note));
    expect(collection.total).toBe(VARIANTS.length + 1);
    expect(annotationCollectionSchema.safeParse(collection).success).toBe(true);
  });
});

// The W3C test suite lives in ../shared; on a laptop without it this part is skipped, in CI it fails.
const suite = suiteIsHere();
if (!suite && process.env.CI === "true") {
  test("the W3C Web Annotation test suite is present", () => {
    expect.fail(`missing: ${SUITE_DIR} (the W3C suite must be beside the repository in CI)`);
  });
}

describe.skipIf(!suite)("the W3C Web Annotation test suite", () => {
  const musts = suite ? compileAssertions(assertionsOf("annotations/annotationMusts.test")) : [];
  const selectors = suite ? compileAssertions(SELECTOR_ASSERTIONS) : [];
  const collectionMusts = suite ? compileAssertions(assertionsOf("collections/collectionMusts.test")) : [];

  test("runs every assertion of annotationMusts.test", () => {
    expect(musts.length).toBe(54);
  });

  test.each(VARIANTS)("$label: every exported annotation passes every MUST and the selector assertions", ({ note: n }) => {
    for (const annotation of toAnnotationCollection({ slug: "flood", title: "Flood" }, [n]).first.items) {
      expect(failedAssertions(musts, annotation)).toEqual([]);
      if (typeof annotation.target !== "string") expect(failedAssertions(selectors, annotation)).toEqual([]);
    }
  });

  test("the collection passes collectionMusts.test", () => {
    expect(failedAssertions(collectionMusts, toAnnotationCollection({ slug: "flood", title: "Flood" }, [note()]))).toEqual([]);
  });

  const samples = (folder: "correct" | "incorrect") =>
    readdirSync(path.join(SUITE_DIR, "tools/samples", folder)).flatMap((name) => {
      try {
        return [JSON.parse(readFileSync(path.join(SUITE_DIR, "tools/samples", folder, name), "utf8")) as unknown];
      } catch {
        return []; // some incorrect samples are not JSON at all
      }
    });

  test("the validator is not stricter than the suite: its correct annotation samples pass (all but three Choice targets)", () => {
    const correct = samples("correct").filter((sample) => (sample as { type?: unknown }).type === "Annotation");
    expect(correct.filter((sample) => failedAssertions(musts, sample).length === 0).length).toBeGreaterThanOrEqual(correct.length * 0.9);
  });

  test("the validator can fail: the suite's incorrect samples and a broken annotation are refused", () => {
    const broken = { ...toWebAnnotation(note()), "@context": "http://example.org/not-the-context", created: "yesterday" };
    expect(failedAssertions(musts, broken).length).toBeGreaterThanOrEqual(2);
    const incorrect = samples("incorrect");
    expect(incorrect.filter((sample) => failedAssertions(musts, sample).length > 0).length).toBeGreaterThan(incorrect.length / 2);
  });
});
