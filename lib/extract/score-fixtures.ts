import { extractClaims } from "./extract-claims";
import { fixtures as allFixtures, type ExpectedClaim, type Fixture } from "./fixtures";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

type Kind = ClaimCandidate["valueKind"];

/** Precision and recall of one value kind over the fixture set. */
export type KindScore = { expected: number; predicted: number; correct: number; precision: number; recall: number };

/** A fixture claim that was not found, or a candidate nobody expected. */
export type FixtureMismatch = { fixture: string; missing?: ExpectedClaim; unexpected?: string };

export type FixtureScore = { byKind: Record<Kind, KindScore>; mismatches: FixtureMismatch[] };

/** True when the candidate gives what the fixture expects: kind, subject, value, place, and any optional field set. */
function matches(c: ClaimCandidate, e: ExpectedClaim): boolean {
  return (
    c.valueKind === e.valueKind &&
    c.subject === e.subject &&
    formatClaimValue(c.value) === e.value &&
    c.scope.place === e.place &&
    (e.certainty === undefined || c.certainty === e.certainty) &&
    (e.attribution === undefined || c.attribution === e.attribution) &&
    (e.asOf === undefined || c.scope.asOf === e.asOf) &&
    (e.quote === undefined || c.quote === e.quote)
  );
}

function describe(c: ClaimCandidate): string {
  return `${c.valueKind} ${c.subject} ${formatClaimValue(c.value)} "${c.quote}" place=${c.scope.place ?? "-"} ${c.certainty} by=${c.attribution ?? "-"} asOf=${c.scope.asOf ?? "-"}`;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/**
 * Run the extraction over the labelled fixtures (our own sentences, see `fixtures/`) and score it per
 * value kind: a candidate is correct when it matches an expected claim in kind, subject, normalized
 * value, place and every optional field the fixture sets. Precision is correct / predicted, recall
 * correct / expected (1 when there is nothing to divide). Mismatches are listed for whoever tunes
 * the rules.
 */
export function scoreFixtures(fixtures: Fixture[] = allFixtures): FixtureScore {
  const kinds: Kind[] = ["quantity", "date", "entity"];
  const counts = Object.fromEntries(kinds.map((k) => [k, { expected: 0, predicted: 0, correct: 0 }])) as Record<Kind, Omit<KindScore, "precision" | "recall">>;
  const mismatches: FixtureMismatch[] = [];
  for (const f of fixtures) {
    const found = extractClaims(f.text, { language: f.language, ...(f.publishedAt ? { publishedAt: f.publishedAt } : {}) });
    const used = new Set<number>();
    for (const c of found) counts[c.valueKind].predicted++;
    for (const e of f.expected) {
      counts[e.valueKind].expected++;
      const index = found.findIndex((c, i) => !used.has(i) && matches(c, e));
      if (index < 0) mismatches.push({ fixture: f.label, missing: e });
      else {
        used.add(index);
        counts[e.valueKind].correct++;
      }
    }
    found.forEach((c, i) => {
      if (!used.has(i)) mismatches.push({ fixture: f.label, unexpected: describe(c) });
    });
  }
  const byKind = Object.fromEntries(
    kinds.map((k) => [k, { ...counts[k], precision: ratio(counts[k].correct, counts[k].predicted), recall: ratio(counts[k].correct, counts[k].expected) }]),
  ) as Record<Kind, KindScore>;
  return { byKind, mismatches };
}
