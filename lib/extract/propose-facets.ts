import { wholePlaceOf } from "@/lib/places/whole-place";
import type { ValueKind } from "@/lib/claims/schema";
import { facetKeyOf } from "./facet-key";
import { labelFacet } from "./label-facet";
import { casesOfSickAcrossEvent } from "./cases-of-sick";
import { nameHoldersAcrossEvent } from "./name-holders-across-event";
import type { Language } from "./lexicon";
import type { ClaimCandidate, ProposedFacet } from "./schema";

type Entry = { articleId: string; candidateIndex: number; c: ClaimCandidate };

/**
 * A count without qualifiers ("10.000 Soldaten") most likely counts what the event's other articles
 * count with one ("syrische Flüchtlinge"): when all qualified claims of a subject share one set
 * of qualifiers, the unqualified ones join it. With two sets ("syrische" and "afghanische"
 * Soldaten) nobody can tell, and they stay apart.
 */
function qualifiersOf(entries: readonly Entry[]): Map<Entry, string[]> {
  const sets = new Map<string, string[]>();
  for (const { c } of entries) if (c.qualifiers.length) sets.set([...c.qualifiers].sort().join("+"), c.qualifiers);
  const only = sets.size === 1 ? [...sets.values()][0]! : null;
  // Only who is counted is left unsaid that way; a change, an addition, a holder, a base, a budget
  // part ("im Kernhaushalt"), home or abroad, a projection, an earlier round or the level a change
  // started from is always written; so is a rate ("pro Kopf", "per resident").
  const mayJoin = only?.every((q) => !STATED.test(q)) ?? false;
  return new Map(entries.map((e) => [e, e.c.qualifiers.length || !mayJoin || !only ? e.c.qualifiers : only]));
}

const STATED = /^(?:change|additional|holder:|of:|area:|per |domestic$|abroad$|projection$|first round$|previous$)/;

/**
 * Group the candidates of all articles of an event into proposed facets: same value kind, subject,
 * qualifiers and unit (subjects are language-independent where the concept tables join them:
 * "Tote" and "dead" are both "dead"). Places do not split facets: a city's figure and the country's
 * are two answers to one question, and the comparison tells the part from the whole. Each facet
 * gets a stable key (see facetKeyOf), an English label and its claims; facets answered by more
 * articles come first. A party or person is one holder across the articles and languages (see
 * nameHoldersAcrossEvent; an article's `text` tells the names it introduces), and an outbreak's cases
 * are its sick in every article once one article counts the sick (casesOfSickAcrossEvent).
 */
export function proposeFacets(articles: { articleId: string; language: Language; candidates: ClaimCandidate[]; text?: string }[]): ProposedFacet[] {
  const bySubject = new Map<string, Entry[]>();
  const named = casesOfSickAcrossEvent(nameHoldersAcrossEvent(articles));
  for (const [n, article] of articles.entries()) {
    named[n]!.forEach((c, candidateIndex) => {
      const unit = c.value.kind === "quantity" ? (c.value.unit ?? "") : "";
      const key = `${c.valueKind}:${c.subject}|${unit}`;
      bySubject.set(key, [...(bySubject.get(key) ?? []), { articleId: article.articleId, candidateIndex, c }]);
    });
  }
  const facets: (ProposedFacet & { articles: number })[] = [];
  for (const entries of bySubject.values()) {
    const qualifiers = qualifiersOf(entries);
    const byKey = new Map<string, Entry[]>();
    for (const e of entries) {
      const key = facetKeyOf(e.c, qualifiers.get(e));
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
    for (const [key, group] of byKey) {
      const first = group[0];
      if (!first) continue;
      const kind: ValueKind = first.c.valueKind;
      const candidates = group.map((e) => e.c);
      const unit = first.c.value.kind === "quantity" ? first.c.value.unit : undefined;
      const whole = kind === "quantity" ? wholePlaceOf(candidates.map((c) => c.scope.place)) : null;
      facets.push({
        key,
        label: labelFacet(candidates, first.c.subject, qualifiers.get(first) ?? [], whole),
        kind,
        ...(unit ? { unit } : {}),
        claims: group.map(({ articleId, candidateIndex }) => ({ articleId, candidateIndex })),
        articles: new Set(group.map((e) => e.articleId)).size,
      });
    }
  }
  facets.sort((a, b) => b.articles - a.articles || a.key.localeCompare(b.key));
  return facets.map(({ articles: _articles, ...facet }) => facet);
}
