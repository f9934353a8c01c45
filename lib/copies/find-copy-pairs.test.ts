import { describe, expect, test } from "vitest";
import { estimateOverlap } from "./estimate-overlap";
import { COPY_THRESHOLD, CopyPairIndex, findCopyPairs, MIN_SHINGLES } from "./find-copy-pairs";
import { fingerprintText } from "./fingerprint-text";
import type { CopyCandidate, CopyLink } from "./schema";
import { AGENCY, AGENCY_COPY, AGENCY_GERMAN, BRIEF, INDEPENDENT, REWRITE } from "./test-texts";

const article = (id: string, text: string, language = "en"): CopyCandidate => ({ id, language, fingerprint: fingerprintText(text) });

// Variants of the wire story: each drops one sentence and changes a word, so some are copies of
// each other and some (the brief's, the independent report's) are not.
const sentences = [AGENCY, REWRITE, BRIEF, INDEPENDENT].flatMap((text) => text.split(/(?<=\.)\s+/));
const variant = (seed: number) => {
  const kept = sentences.filter((_, i) => (i * 7 + seed) % 5 !== 0 && (seed % 3 === 0 ? i < sentences.length / 2 : true));
  return kept.join(" ").replace("Marrow", `Marrow${seed % 4 ? "" : " town"}`);
};
const ARTICLES: CopyCandidate[] = [
  article("agency", AGENCY),
  article("copy", AGENCY_COPY),
  article("german", AGENCY_GERMAN, "de"),
  article("short", "Marrow flooded."),
  { id: "unread", language: "en", fingerprint: null },
  article("indie", INDEPENDENT),
  ...Array.from({ length: 24 }, (_, i) => article(`variant-${i}`, variant(i), i % 5 === 0 ? "de" : "en")),
];

/** What the pairs must be, compared the slow way: texts sharing a band of two minima, then their containment. */
function pairsTheSlowWay(articles: readonly CopyCandidate[]): CopyLink[] {
  const links: CopyLink[] = [];
  articles.forEach((a, i) =>
    articles.forEach((b, j) => {
      if (j <= i || !a.fingerprint || !b.fingerprint || a.language !== b.language) return;
      if (a.fingerprint.shingles < MIN_SHINGLES || b.fingerprint.shingles < MIN_SHINGLES) return;
      const [x, y] = [a.fingerprint.signature, b.fingerprint.signature];
      let shareBand = false;
      for (let band = 0; band + 2 <= x.length; band += 2) shareBand ||= x[band] === y[band] && x[band + 1] === y[band + 1];
      const { containment } = estimateOverlap(a.fingerprint, b.fingerprint);
      if (shareBand && containment >= COPY_THRESHOLD) links.push({ a: a.id, b: b.id, similarity: containment, by: "machine" });
    }),
  );
  return links;
}

describe("findCopyPairs and CopyPairIndex", () => {
  test("the pairs are those of comparing every two texts that share a band, in input order", () => {
    const expected = pairsTheSlowWay(ARTICLES);
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.some((link) => link.similarity < 1)).toBe(true);
    expect(findCopyPairs(ARTICLES)).toEqual(expected);
  });

  test("an index filled in batches, in another order, gives the same pairs for the same articles", () => {
    const index = new CopyPairIndex();
    const byKey = ARTICLES.map((a) => ({ ...a, key: `rev-${a.id}` }));
    const shuffled = [...byKey].reverse();
    for (const a of shuffled.slice(0, 10)) index.add(a.key, a.language, a.fingerprint);
    for (const a of shuffled) index.add(a.key, a.language, a.fingerprint); // added again: nothing changes
    expect(index.size).toBe(ARTICLES.length);
    expect(index.pairsAmong(byKey)).toEqual(findCopyPairs(ARTICLES));
  });

  test("pairs with texts left out, or never added, are not given", () => {
    const index = new CopyPairIndex();
    ARTICLES.forEach((a) => index.add(a.id, a.language, a.fingerprint));
    const some = ARTICLES.filter((_, i) => i % 2 === 0);
    const named = [...some.map((a) => ({ id: a.id, key: a.id })), { id: "new", key: "never added" }];
    expect(index.pairsAmong(named)).toEqual(findCopyPairs(some));
    expect(findCopyPairs([])).toEqual([]);
  });
});
