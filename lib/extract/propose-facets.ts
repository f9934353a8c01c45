import type { ValueKind } from "@/lib/claims/schema";
import type { Language } from "./lexicon";
import { placeLevels } from "./lexicon/facet-labels";
import { labelFacet } from "./label-facet";
import type { ClaimCandidate, ProposedFacet } from "./schema";

type Entry = { articleId: string; candidateIndex: number; c: ClaimCandidate };

// A count without a place is the event's total. When the articles scope such counts to a country
// ("nach Russland", "in Russia"), that country is the total too: 10,000 "in Russia" and 10,000 with
// no place answer the same question, while 8,000 "in Kursk" answers a narrower one.
function totalPlace(entries: Entry[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { c } of entries) {
    const place = c.scope.place;
    if (place && placeLevels[place] === "country") counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [place, n] of counts) if (!best || n > (counts.get(best) ?? 0) || (n === counts.get(best) && place < best)) best = place;
  return best;
}

/**
 * Group the candidates of all articles of an event into proposed facets: same value kind, same
 * subject (already language-independent: "Soldaten" and "troops" are both "troops"), and compatible
 * place scope. Each facet gets a stable key ("quantity:troops", "quantity:troops@Kursk",
 * "date:treaty-signing"), an English label and its claims. Facets answered by more articles come first.
 */
export function proposeFacets(articles: { articleId: string; language: Language; candidates: ClaimCandidate[] }[]): ProposedFacet[] {
  const bySubject = new Map<string, Entry[]>();
  for (const article of articles) {
    article.candidates.forEach((c, candidateIndex) => {
      const key = `${c.valueKind}:${c.subject}`;
      const list = bySubject.get(key) ?? [];
      list.push({ articleId: article.articleId, candidateIndex, c });
      bySubject.set(key, list);
    });
  }
  const facets: (ProposedFacet & { articles: number })[] = [];
  for (const [base, entries] of bySubject) {
    const total = totalPlace(entries);
    const byPlace = new Map<string, Entry[]>();
    for (const e of entries) {
      const place = e.c.scope.place === total ? "" : (e.c.scope.place ?? "");
      byPlace.set(place, [...(byPlace.get(place) ?? []), e]);
    }
    for (const [place, group] of byPlace) {
      const first = group[0];
      if (!first) continue;
      const kind: ValueKind = first.c.valueKind;
      const candidates = group.map((e) => e.c);
      const unit = first.c.value.kind === "quantity" ? first.c.value.unit : undefined;
      facets.push({
        key: place ? `${base}@${place}` : base,
        label: labelFacet(candidates, first.c.subject, place || total),
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
