import { compareClaims } from "@/lib/compare/compare-claims";
import { compareStoredFacet } from "@/lib/compare/compare-stored-facet";
import type { ComparableClaim, StoredClaim } from "@/lib/compare/schema";
import { extractClaims, formatClaimValue, proposeFacets, type ClaimCandidate } from "@/lib/extract";
import { countedNounKey, countedNounMatch } from "@/lib/extract/counted-noun-key";
import { normalizeClaimantName } from "@/lib/extract/normalize-claimant-name";
import { resolvePlace } from "@/lib/places";
import { labelledCompareOptions, toLabelledComparableClaim, type LabelledClaim } from "./labelled-comparable-claim";
import type { EvalArticle, EvalClaim, EvalEvent, EvalTrap, EventKind } from "./schema";

/** Precision and recall of claims found, for one group of articles. */
export type Tally = { expected: number; predicted: number; correct: number };

/** How often a field of the claims found agrees with the label, among claims found. */
export type FieldTally = { checked: number; correct: number };

export type ConflictTally = {
  /** Labelled conflicting pairs, and how many of them the engine calls conflicting. */
  conflicts: number;
  flagged: number;
  /** Labelled non-conflicting pairs, and how many of them the engine calls conflicting. */
  nonConflicts: number;
  falseAlarms: number;
  /** Pairs of which a claim was not found at all (they count as not flagged). */
  unextracted: number;
};

/** The comparer's verdicts on the labelled claims themselves, apart from extraction's misses. */
export type LabelledConflictTally = Omit<ConflictTally, "unextracted">;

/** A label the engine missed, or a claim it found that nobody labelled, for whoever tunes the rules. */
export type Mismatch = { event: string; article: string; missing?: string; unexpected?: string; field?: string };

export type EvaluationScore = {
  /** By "kind/language", e.g. "disaster/de". */
  claims: Map<string, Tally>;
  fields: Record<"attribution" | "place" | "asOf" | "certainty" | "subject", FieldTally>;
  /** By event kind. */
  comparison: Map<EventKind, ConflictTally>;
  /** By event kind: the labelled pairs compared as labelled (see toLabelledComparableClaim). */
  onLabels: Map<EventKind, LabelledConflictTally>;
  traps: { sentences: number; withClaims: number };
  mismatches: Mismatch[];
};

/**
 * One expected claim: its labels' places in the text and their ids (a pair may name any of them),
 * and for each place the label its fields are checked against.
 */
type Expected = EvalClaim & { spans: { start: number; end: number }[]; ids: string[]; labels: EvalClaim[] };

function spanOf(text: string, quote: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  return { start: at, end: at + quote.length };
}

// One article states a figure once: a headline repeating the body's is one claim (see dedupeClaims),
// so labels that repeat subject, value, place and claimant are one expected claim with two places —
// and a headline figure without a place repeats the body's wherever that is.
function expectedClaims(article: EvalArticle): Expected[] {
  const out: Expected[] = [];
  const headlineEnd = article.text.indexOf("\n") < 0 ? article.text.length : article.text.indexOf("\n");
  const inHeadline = (e: { spans: { start: number }[] }) => e.spans.some((s) => s.start < headlineEnd);
  for (const claim of article.claims) {
    const span = spanOf(article.text, claim.quote, claim.occurrence);
    const headline = (e: Expected) => inHeadline(e) || span.start < headlineEnd;
    const samePlace = (e: Expected) => e.place === claim.place || (!e.place && inHeadline(e)) || (!claim.place && span.start < headlineEnd);
    // A headline repeats the body whoever it credits, as dedupeClaims reads it.
    const sameVoice = (e: Expected) => !e.attribution || !claim.attribution || e.attribution === claim.attribution || headline(e);
    const same = out.find((e) => e.subject === claim.subject && e.qualifier === claim.qualifier && e.value === claim.value && samePlace(e) && e.unit === claim.unit && sameVoice(e));
    if (same) {
      // dedupeClaims keeps the body's occurrence with its own place, day and certainty, and the
      // headline's claimant only when the body names none: a body label is read the same way.
      const attribution = claim.attribution ?? (span.start >= headlineEnd && inHeadline(same) ? same.labels[0]?.attribution : undefined);
      same.spans.push(span);
      same.ids.push(claim.id);
      same.labels.push(attribution ? { ...claim, attribution } : claim);
    } else out.push({ ...claim, spans: [span], ids: [claim.id], labels: [claim] });
  }
  return out;
}

const overlaps = (c: ClaimCandidate, s: { start: number; end: number }) => c.start < s.end && s.start < c.end;

/** A concept key is compared as is; a noun as written by the key the engine files it under (its lemma, or its pair's across languages). */
function subjectMatches(c: ClaimCandidate, e: Expected, language: "de" | "en"): boolean {
  if (c.valueKind === "date") return true;
  if (c.subject === e.subject) return true;
  const words = e.subject.split(/[\s-]+/);
  const head = words[words.length - 1] ?? e.subject;
  // "call-out" is counted by its whole word when the pairs know it, as the engine reads it.
  const whole = /^\S+-\S+$/.test(e.subject) ? countedNounMatch(e.subject.replace(/-/g, ""), language) : null;
  return c.subject === (whole?.key ?? countedNounKey(head, language));
}

function matches(c: ClaimCandidate, e: Expected, language: "de" | "en"): boolean {
  const unit = c.value.kind === "quantity" ? c.value.unit : undefined;
  return e.spans.some((s) => overlaps(c, s)) && formatClaimValue(c.value) === e.value && (unit ?? undefined) === (e.unit ?? undefined) && subjectMatches(c, e, language);
}

const COUNTRY = /^[A-Z]{2}$/;

function placeAgrees(c: ClaimCandidate, e: EvalClaim): boolean {
  // A country is the whole of its figures (see wholePlaceOf): "bundesweit" and "in Deutschland" agree.
  if (!e.place) return !c.scope.place || COUNTRY.test(c.scope.place);
  const key = resolvePlace(e.place, "en")?.key;
  return c.scope.place === key || (!!c.scope.place && c.scope.place.endsWith(`/${e.place}`));
}

function asOfAgrees(c: ClaimCandidate, e: EvalClaim, publishedAt: string): boolean {
  const [from, to] = (e.asOf ?? publishedAt).split("..");
  return c.scope.asOf?.from === from && c.scope.asOf?.to === (to ?? from);
}

// One claimant in any language or inflection: "die Polizei" and "police", "des Instituts Wahlblick"
// and "Institut Wahlblick" share a word once normalized.
function attributionAgrees(c: ClaimCandidate, e: EvalClaim, language: "de" | "en"): boolean {
  if (!e.attribution) return !c.attribution;
  if (!c.attribution) return false;
  const found = new Set([...normalizeClaimantName(c.attribution, "en"), ...normalizeClaimantName(c.attribution, language)]);
  return normalizeClaimantName(e.attribution, language).some((w) => w.length > 2 && found.has(w));
}

const tally = (map: Map<string, Tally>, key: string) => {
  let t = map.get(key);
  if (!t) map.set(key, (t = { expected: 0, predicted: 0, correct: 0 }));
  return t;
};

const describe = (c: ClaimCandidate) =>
  `${c.valueKind} ${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)} "${c.quote}" place=${c.scope.place ?? "-"} by=${c.attribution ?? "-"} ${c.certainty}`;

function toStored(c: ClaimCandidate, id: string, publishedAt: string, outlet: string | null = null): StoredClaim {
  return { id, value: c.value, quote: c.quote, scope: c.scope.place ?? null, asOf: c.scope.asOf ?? null, attribution: c.attribution ?? null, certainty: c.certainty, figureStatus: c.figureStatus ?? null, outlet, publishedAt };
}

/**
 * Run extraction and comparison over labelled events and traps (see GUIDE.md) and score them:
 * claims found by kind and language (a claim is found when an extracted one overlaps its quote
 * with the same value, unit and subject), how often attribution, place, as-of days and certainty
 * agree among claims found, labelled pairs flagged as conflicting or not, and traps that yielded
 * a claim. Mismatches are listed for whoever tunes the rules. Throws when a label's quote is not in
 * its text (the data is wrong, not the engine).
 */
export function scoreEvaluation(events: readonly EvalEvent[], traps: readonly EvalTrap[] = []): EvaluationScore {
  const claims = new Map<string, Tally>();
  const fields: EvaluationScore["fields"] = {
    attribution: { checked: 0, correct: 0 },
    place: { checked: 0, correct: 0 },
    asOf: { checked: 0, correct: 0 },
    certainty: { checked: 0, correct: 0 },
    subject: { checked: 0, correct: 0 },
  };
  const comparison = new Map<EventKind, ConflictTally>();
  const onLabels = new Map<EventKind, LabelledConflictTally>();
  const mismatches: Mismatch[] = [];
  for (const event of events) {
    scoreOnLabels(event, onLabels, mismatches);
    const found = new Map<string, ClaimCandidate>();
    const extracted = event.articles.map((article) => ({
      article,
      candidates: extractClaims(article.text, { language: article.language, publishedAt: article.publishedAt }),
    }));
    for (const { article, candidates } of extracted) {
      const t = tally(claims, `${event.kind}/${article.language}`);
      const used = new Set<number>();
      const expected = expectedClaims(article);
      t.expected += expected.length;
      t.predicted += candidates.length;
      for (const e of expected) {
        const index = candidates.findIndex((c, i) => !used.has(i) && matches(c, e, article.language));
        const c = candidates[index];
        if (!c) {
          mismatches.push({ event: event.id, article: article.id, missing: `${e.id} ${e.subject} ${e.value}${e.unit ? ` ${e.unit}` : ""} "${e.quote}"` });
          continue;
        }
        used.add(index);
        t.correct++;
        for (const id of e.ids) found.set(`${article.id}#${id}`, c);
        // The label whose words the claim was found at: a headline's own, or the body's.
        const label = e.labels[e.spans.findIndex((s) => overlaps(c, s))] ?? e;
        const check = (field: keyof EvaluationScore["fields"], ok: boolean, what: string) => {
          fields[field].checked++;
          if (ok) fields[field].correct++;
          else mismatches.push({ event: event.id, article: article.id, field: `${field} of ${label.id}: ${what}` });
        };
        check("attribution", attributionAgrees(c, label, article.language), `expected ${label.attribution ?? "-"}, got ${c.attribution ?? "-"}`);
        if (c.valueKind === "quantity") {
          check("place", placeAgrees(c, label), `expected ${label.place ?? "-"}, got ${c.scope.place ?? "-"}`);
          check("asOf", asOfAgrees(c, label, article.publishedAt), `expected ${label.asOf ?? article.publishedAt}, got ${c.scope.asOf ? `${c.scope.asOf.from}..${c.scope.asOf.to}` : "-"}`);
        }
        check("certainty", c.certainty === (label.certainty ?? "stated"), `expected ${label.certainty ?? "stated"}, got ${c.certainty}`);
      }
      candidates.forEach((c, i) => {
        if (!used.has(i)) mismatches.push({ event: event.id, article: article.id, unexpected: describe(c) });
      });
    }

    // Comparison: the engine's facets and relations for the event, read for each labelled pair.
    const facets = proposeFacets(extracted.map(({ article, candidates }) => ({ articleId: article.id, language: article.language, candidates, text: article.text })));
    const facetOf = new Map<ClaimCandidate, (typeof facets)[number]>();
    for (const facet of facets) {
      for (const ref of facet.claims) {
        const c = extracted.find((x) => x.article.id === ref.articleId)?.candidates[ref.candidateIndex];
        if (c) facetOf.set(c, facet);
      }
    }
    const conflicts = comparison.get(event.kind) ?? { conflicts: 0, flagged: 0, nonConflicts: 0, falseAlarms: 0, unextracted: 0 };
    comparison.set(event.kind, conflicts);
    for (const pair of event.pairs) {
      if (pair.conflicting) conflicts.conflicts++;
      else conflicts.nonConflicts++;
      const a = found.get(pair.a);
      const b = found.get(pair.b);
      if (!a || !b) {
        conflicts.unextracted++;
        continue;
      }
      const facet = facetOf.get(a);
      let flagged = false;
      let verdict = `not in one facet (${facet?.key ?? "-"} × ${facetOf.get(b)?.key ?? "-"})`;
      if (facet && facet === facetOf.get(b)) {
        const members = facet.claims.flatMap((ref, i) => {
          const article = extracted.find((x) => x.article.id === ref.articleId);
          const c = article?.candidates[ref.candidateIndex];
          return c && article ? [{ c, stored: toStored(c, `c${i}`, article.article.publishedAt, article.article.outlet) }] : [];
        });
        const idOf = (x: ClaimCandidate) => members.find((m) => m.c === x)?.stored.id;
        const { comparison: compared } = compareStoredFacet(facet, members.map((m) => m.stored));
        const relation = compared.relations.find((r) => (r.a === idOf(a) && r.b === idOf(b)) || (r.a === idOf(b) && r.b === idOf(a)));
        flagged = relation?.kind === "conflicting";
        verdict = relation ? `${relation.kind}: ${relation.reason}` : verdict;
      }
      if (pair.conflicting && flagged) conflicts.flagged++;
      if (!pair.conflicting && flagged) {
        conflicts.falseAlarms++;
        mismatches.push({ event: event.id, article: "-", field: `false alarm ${pair.a} × ${pair.b}: ${pair.why} — ${verdict}` });
      }
      if (pair.conflicting && !flagged) mismatches.push({ event: event.id, article: "-", field: `missed conflict ${pair.a} × ${pair.b}: ${pair.why} — ${verdict}` });
    }
  }
  let withClaims = 0;
  for (const trap of traps) {
    const found = extractClaims(trap.text, { language: trap.language, ...(trap.publishedAt ? { publishedAt: trap.publishedAt } : {}) });
    if (found.length > 0) {
      withClaims++;
      mismatches.push({ event: "traps", article: trap.why, unexpected: found.map(describe).join("; ") });
    }
  }
  return { claims, fields, comparison, onLabels, traps: { sentences: traps.length, withClaims }, mismatches };
}

/**
 * The labelled pairs of one event compared as labelled: each label turned into the claim the
 * comparer takes, so a missed conflict or a false alarm here is the comparer's own, not extraction's.
 */
function scoreOnLabels(event: EvalEvent, onLabels: Map<EventKind, LabelledConflictTally>, mismatches: Mismatch[]) {
  // Each label made a comparable claim once, however many pairs name it.
  const labelled = new Map<string, { label: LabelledClaim; comparable: ComparableClaim }>();
  for (const article of event.articles) {
    for (const claim of article.claims) labelled.set(`${article.id}#${claim.id}`, { label: { claim, article }, comparable: toLabelledComparableClaim({ claim, article }) });
  }
  const t = onLabels.get(event.kind) ?? { conflicts: 0, flagged: 0, nonConflicts: 0, falseAlarms: 0 };
  onLabels.set(event.kind, t);
  for (const pair of event.pairs) {
    const a = labelled.get(pair.a);
    const b = labelled.get(pair.b);
    if (!a || !b) throw new Error(`${event.id}: pair names an unknown claim: ${pair.a} × ${pair.b}`);
    const relation = compareClaims(a.comparable, b.comparable, labelledCompareOptions(a.label));
    const flagged = relation.kind === "conflicting";
    if (pair.conflicting) {
      t.conflicts++;
      if (flagged) t.flagged++;
      else mismatches.push({ event: event.id, article: "-", field: `on labels, missed conflict ${pair.a} × ${pair.b}: ${pair.why} — ${relation.kind}: ${relation.reason}` });
    } else {
      t.nonConflicts++;
      if (flagged) {
        t.falseAlarms++;
        mismatches.push({ event: event.id, article: "-", field: `on labels, false alarm ${pair.a} × ${pair.b}: ${pair.why} — ${relation.reason}` });
      }
    }
  }
}
