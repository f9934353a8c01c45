import { labelsFor } from "./labels";
import { plainText } from "./markdown-runs";
import type { Report, ReportFacet, ReportVerdict, VerdictRating } from "./schema";

/** Where the reviews are published: the facet's page in the app unless the newsroom says otherwise. */
export type ClaimReviewContext = {
  /** The app's address ("https://claimdiff.example"): each review's url is its facet's page there. */
  baseUrl: string;
};

// The five-step scale of schema.org's Rating (worst 1, best 5). `unverifiable` and
// `no-contradiction` are no point on it: they are given as a textual rating alone.
const RATING_VALUE: Partial<Record<VerdictRating, number>> = { true: 5, "mostly-true": 4, mixed: 3, "mostly-false": 2, false: 1 };
const BEST = 5;
const WORST = 1;
// What a reader of a search result sees of an unrated verdict: its first sentence, at most this long.
const TEXTUAL_RATING_LENGTH = 100;
// A claim reviewed names the claims it covers; past this many, the question alone says enough.
const CLAIMS_NAMED = 8;

/**
 * The report's verdicts as schema.org ClaimReview in JSON-LD, one review per facet that has a
 * verdict (facets without one are not reviews): the claim reviewed (the question and the claims
 * that answer it), the rating on a 1–5 scale with its name and explanation, the Claim with every
 * article it appears in, the author and the date. Yields the whole document at once.
 */
export function* renderClaimReview(report: Report, context: ClaimReviewContext): Generator<string> {
  const reviews = report.facets.flatMap((facet) => (facet.verdict ? [claimReview(report, facet, facet.verdict, context)] : []));
  yield `${JSON.stringify({ "@context": "https://schema.org", "@graph": reviews }, null, 2)}\n`;
}

function claimReview(report: Report, facet: ReportFacet, verdict: ReportVerdict, context: ClaimReviewContext) {
  const labels = labelsFor(report.language);
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const articleIds = [...new Set(facet.claims.map((c) => c.articleId))];
  const appearances = articleIds
    .flatMap((id) => {
      const source = sources.get(id);
      return source ? [source] : [];
    })
    .sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999"))
    .map((source) => ({
      "@type": "NewsArticle",
      headline: source.title,
      ...(source.url ? { url: source.url } : {}),
      ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
      inLanguage: source.language,
      ...(source.outlet ? { publisher: { "@type": "Organization", name: source.outlet, ...(source.domain ? { url: `https://${source.domain}` } : {}) } } : {}),
    }));
  const named = facet.claims.slice(0, CLAIMS_NAMED).map((c) => `“${c.quote}” (${c.claimant})`);
  const more = facet.claims.length > CLAIMS_NAMED ? ` …` : "";
  const explanation = plainText(verdict.explanation);
  const value = verdict.rating ? RATING_VALUE[verdict.rating] : undefined;
  const base = context.baseUrl.replace(/\/+$/, "");

  return {
    "@type": "ClaimReview",
    url: `${base}/events/${encodeURIComponent(report.event.slug)}/facets/${encodeURIComponent(facet.id)}`,
    claimReviewed: named.length ? `${facet.question} ${named.join("; ")}${more}` : facet.question,
    datePublished: verdict.date ?? report.generatedAt.slice(0, 10),
    inLanguage: report.language,
    author: verdict.author ? { "@type": "Person", name: verdict.author } : { "@type": "Organization", name: "Claimdiff" },
    reviewRating: {
      "@type": "Rating",
      ...(value !== undefined ? { ratingValue: value, bestRating: BEST, worstRating: WORST } : {}),
      alternateName: verdict.rating ? labels.ratingOf[verdict.rating] : firstSentence(explanation),
      ...(explanation ? { ratingExplanation: explanation } : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      name: facet.question,
      ...(appearances[0]?.datePublished ? { datePublished: appearances[0].datePublished } : {}),
      ...(appearances.length ? { firstAppearance: appearances[0], appearance: appearances } : {}),
    },
  };
}

function firstSentence(text: string): string {
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  const trimmed = sentence.replace(/\s+/g, " ").trim();
  return trimmed.length <= TEXTUAL_RATING_LENGTH ? trimmed : `${trimmed.slice(0, TEXTUAL_RATING_LENGTH - 1).trimEnd()}…`;
}
