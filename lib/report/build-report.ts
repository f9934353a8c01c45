import { formatValue } from "@/lib/compare";
import { buildTimeline } from "@/lib/compare/build-timeline";
import { cellRelations } from "@/lib/compare/cell-relations";
import { compareStoredFacet } from "@/lib/compare/compare-stored-facet";
import type { ClaimRelation } from "@/lib/compare/schema";
import { wordsComparable } from "@/lib/compare/words-comparable";
import type { ExportAnnotation, ExportArticle, ExportClaim, ExportFacet } from "@/lib/export/schema";
import { describeNormalizedValue } from "./describe-normalized-value";
import { highlightQuote } from "./highlight-quote";
import { type ReportLabels, labelsFor } from "./labels";
import type {
  Report,
  ReportClaim,
  ReportFacet,
  ReportInput,
  ReportNote,
  ReportOptions,
  ReportRelation,
  ReportSource,
  ReportVerdict,
} from "./schema";

/**
 * The relations listed per facet: a memo lists the contradictions that matter, not the 4,950 pairs
 * of a facet answered by 100 articles; the counts of every kind are given beside them.
 */
export const MAX_RELATIONS_LISTED = 30;

// Relations that explain why values differ, in the order a reader wants them; agreement is counted.
const LISTED_KINDS = ["conflicting", "changed-over-time", "different-scope"] as const;

/**
 * The report of one event from its export and verdicts: the sources, a summary, and for each facet
 * (most disputed first) its claims with the words that differ highlighted, the relations worth
 * reading with their reasons, the verdict, the timeline and the notes. Claims a person rejected
 * and claims on earlier revisions of an article take no part, as on the screens.
 * `generatedAt` is passed in so that the same input always gives the same report.
 * Pure; never throws for input that fits its schemas.
 */
export function buildReport(input: ReportInput, options: ReportOptions, generatedAt: string): Report {
  const { exported } = input;
  const labels = labelsFor(options.language);
  const articles = new Map(exported.articles.map((a) => [a.id, a]));
  const verdictOf = new Map<string, ReportVerdict>();
  // The newest verdict of a facet stands: verdicts arrive oldest first.
  for (const { facetId, ...verdict } of input.verdicts) verdictOf.set(facetId, verdict);

  // Every facet is compared, so the summary speaks of the whole event whatever the options show.
  const all = exported.facets.map((facet, index) => ({
    index,
    ...buildFacet(facet, articles, exported.annotations, verdictOf.get(facet.id) ?? null, labels),
  }));
  const chosen = options.facets ? new Set(options.facets) : null;
  const built = all.filter(({ facet }) => (!chosen || chosen.has(facet.id)) && (!options.disputedOnly || facet.status === "disputed"));
  built.sort(
    (x, y) =>
      Number(y.facet.status === "disputed") - Number(x.facet.status === "disputed") ||
      y.topScore - x.topScore ||
      y.facet.contradictions - x.facet.contradictions ||
      x.index - y.index,
  );
  const facets = built.map(({ facet }) => facet);

  const shownFacets = new Set(facets.map((f) => f.id));
  const placed = new Set(facets.flatMap((f) => f.notes.map((n) => n.id)));
  const knownFacets = new Set(exported.facets.map((f) => f.id));
  const facetOfClaim = new Map(exported.facets.flatMap((f) => f.claims.map((c) => [c.id, f.id] as const)));
  const otherNotes = options.notes
    ? exported.annotations
        .filter((a) => !placed.has(a.id))
        .filter((a) => {
          // A note about a facet the options leave out goes with it; one about nothing shown stays.
          const facetId = a.facetId ?? (a.claimId ? facetOfClaim.get(a.claimId) : undefined);
          return !facetId || !knownFacets.has(facetId) || shownFacets.has(facetId);
        })
        .map((a) => toNote(a, articles.get(a.articleId), null, null))
    : [];

  const sources = exported.articles.map(toSource);
  const dates = sources.flatMap((s) => (s.publishedAt ? [s.publishedAt] : [])).sort();
  const allStatuses = all.map(({ facet }) => facet.status);
  return {
    language: options.language,
    options,
    event: { slug: exported.event.slug, title: exported.event.title, description: exported.event.description ?? null },
    generatedAt,
    dateRange: dates.length ? { from: dates[0]!, to: dates.at(-1)! } : null,
    sources,
    summary: {
      articles: sources.length,
      outlets: new Set(sources.flatMap((s) => (s.outlet ? [s.outlet] : []))).size,
      languages: [...new Set(sources.map((s) => s.language))].sort(),
      facets: exported.facets.length,
      facetsShown: facets.length,
      disputed: allStatuses.filter((s) => s === "disputed").length,
      agreed: allStatuses.filter((s) => s === "agreed").length,
      singleSource: allStatuses.filter((s) => s === "single-source").length,
      contradictions: all.reduce((sum, { facet }) => sum + facet.contradictions, 0),
      verdicts: all.filter(({ facet }) => facet.verdict).length,
    },
    facets: options.notes ? facets : facets.map((f) => ({ ...f, notes: [] })),
    otherNotes,
  };
}

function buildFacet(
  facet: ExportFacet,
  articles: Map<string, ExportArticle>,
  annotations: readonly ExportAnnotation[],
  verdict: ReportVerdict | null,
  labels: ReportLabels,
): { facet: ReportFacet; topScore: number } {
  const latest = (article: ExportArticle | undefined) => article?.revisions.at(-1)?.id;
  const compared = facet.claims
    .filter((c) => c.status !== "rejected" && latest(articles.get(c.articleId)) === c.revisionId)
    .sort(byPublication(articles));
  const outletOf = (c: ExportClaim) => articles.get(c.articleId)?.outlet?.name ?? null;

  // The same comparison as the screens and the export (lib/compare/compare-stored-facet.ts).
  const { comparison } = compareStoredFacet(
    { key: facet.key ?? null, kind: facet.kind },
    compared.map((c) => ({
      ...c,
      scope: c.scope ?? null,
      asOf: c.asOf ?? null,
      attribution: c.attribution ?? null,
      outlet: outletOf(c),
      publishedAt: articles.get(c.articleId)?.publishedAt ?? null,
    })),
  );
  const standing = cellRelations(compared, comparison.relations);
  const numberOf = new Map(compared.map((c, i) => [c.id, i + 1]));
  const base = compared[0];
  const languageOf = (c: ExportClaim) => articles.get(c.articleId)?.language ?? "en";

  const claims = compared.map((c, i): ReportClaim => {
    const article = articles.get(c.articleId);
    const outlet = outletOf(c);
    return {
      id: c.id,
      n: i + 1,
      articleId: c.articleId,
      outlet,
      publishedAt: article?.publishedAt ?? null,
      language: languageOf(c),
      claimant: c.attribution ?? outlet ?? labels.unknownOutlet,
      attributed: Boolean(c.attribution),
      certainty: c.certainty,
      figureStatus: c.figureStatus ?? null,
      status: c.status,
      quote: c.quote,
      // Only quotes in claim 1's language are diffed against it, as on the facet page (see wordsComparable).
      pieces: base && i > 0 && wordsComparable(languageOf(base), languageOf(c)) ? highlightQuote(base.quote, c.quote) : [{ text: c.quote, changed: false }],
      value: c.value,
      valueShort: formatValue(c.value, article?.language),
      valueNormalized: describeNormalizedValue(c.value, labels),
      scope: c.scope ?? null,
      asOf: c.asOf ?? null,
      standing: standing.get(c.id) ?? "only",
    };
  });

  const relationCounts = { identical: 0, compatible: 0, conflicting: 0, "different-scope": 0, "changed-over-time": 0 };
  for (const r of comparison.relations) relationCounts[r.kind] += 1;
  const toRelation = (r: ClaimRelation, rank?: number): ReportRelation => ({
    a: numberOf.get(r.a)!,
    b: numberOf.get(r.b)!,
    kind: r.kind,
    reason: r.reason,
    ...(rank ? { rank } : {}),
  });
  const worthReading = [
    ...comparison.contradictions.map((c, i) => toRelation(c.relation, i + 1)),
    ...LISTED_KINDS.slice(1).flatMap((kind) => comparison.relations.filter((r) => r.kind === kind).map((r) => toRelation(r))),
  ];

  const claimIds = new Set(facet.claims.map((c) => c.id));
  const notes = annotations
    .filter((a) => a.facetId === facet.id || (a.claimId !== undefined && claimIds.has(a.claimId)))
    .map((a) => toNote(a, articles.get(a.articleId), facet.id, a.claimId ? (numberOf.get(a.claimId) ?? null) : null));

  const timeline = buildTimeline(
    claims.map((c) => ({
      id: c.id,
      publishedAt: c.publishedAt,
      asOf: c.asOf,
      value: c.value,
      label: c.claimant,
      title: `${c.outlet ?? labels.unknownOutlet}, ${c.publishedAt ?? labels.undated}: “${c.quote}” (${c.valueNormalized})`,
      relation: c.standing,
    })),
    labels.locale.slice(0, 2),
  );

  return {
    topScore: comparison.contradictions[0]?.score ?? 0,
    facet: {
      id: facet.id,
      question: facet.label,
      kind: facet.kind,
      unit: facet.unit ?? null,
      status: comparison.status,
      claims,
      relations: worthReading.slice(0, MAX_RELATIONS_LISTED),
      relationCounts,
      relationsNotListed: Math.max(0, worthReading.length - MAX_RELATIONS_LISTED),
      contradictions: comparison.contradictions.length,
      verdict,
      timeline: timeline && timeline.marks.length > 0 ? timeline : null,
      notes,
    },
  };
}

// Publication order, undated last; then by outlet and article; within an article, text order.
function byPublication(articles: Map<string, ExportArticle>) {
  return (x: ExportClaim, y: ExportClaim): number => {
    const ax = articles.get(x.articleId);
    const ay = articles.get(y.articleId);
    const dx = ax?.publishedAt ?? "9999";
    const dy = ay?.publishedAt ?? "9999";
    if (dx !== dy) return dx < dy ? -1 : 1;
    if (x.articleId !== y.articleId) {
      return (ax?.outlet?.name ?? "").localeCompare(ay?.outlet?.name ?? "") || (x.articleId < y.articleId ? -1 : 1);
    }
    return x.start - y.start || (x.id < y.id ? -1 : 1);
  };
}

function toNote(annotation: ExportAnnotation, article: ExportArticle | undefined, facetId: string | null, claim: number | null): ReportNote {
  return {
    id: annotation.id,
    articleId: annotation.articleId,
    outlet: article?.outlet?.name ?? null,
    publishedAt: article?.publishedAt ?? null,
    exact: annotation.quote.exact,
    body: annotation.body,
    tags: annotation.tags,
    date: annotation.createdAt.slice(0, 10),
    facetId,
    claim,
  };
}

function toSource(article: ExportArticle): ReportSource {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet?.name ?? null,
    domain: article.outlet?.domain ?? null,
    country: article.outlet?.country ?? null,
    language: article.language,
    publishedAt: article.publishedAt ?? null,
    url: article.url ?? null,
    revisions: article.revisions.length,
  };
}
