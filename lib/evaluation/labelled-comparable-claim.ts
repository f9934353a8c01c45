import type { ClaimValue } from "@/lib/claims/schema";
import type { ComparableClaim, CompareOptions } from "@/lib/compare/schema";
import { isRateQualifier } from "@/lib/compare/is-additive";
import { isCountOfTheMoment } from "@/lib/compare/count-of-the-moment";
import { readScopeMarks } from "@/lib/compare/read-scope-marks";
import { countedNounMatch } from "@/lib/extract/counted-noun-key";
import { figureStatusOfName } from "@/lib/extract/read-figure-status";
import { subjectTraits } from "@/lib/extract/subject-traits";
import { resolvePlace } from "@/lib/places";
import type { EvalArticle, EvalClaim } from "./schema";

const QUANTITY = /^([[(])(−∞|-?[\d.]+), (∞|-?[\d.]+)([\])])$/;
const DATE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2}) (day|month|year)$/;

/**
 * A label's value as `formatClaimValue` wrote it, read back: "[9000, 10000)", "(10000, ∞)",
 * "2024-06-01..2024-06-30 month"; anything else is a text value.
 */
export function parseLabelledValue(value: string, unit?: string): ClaimValue {
  const q = QUANTITY.exec(value);
  if (q) {
    const [, open, lo, hi, close] = q;
    return {
      kind: "quantity",
      min: lo === "−∞" ? null : Number(lo),
      max: hi === "∞" ? null : Number(hi),
      minInclusive: open === "[" && lo !== "−∞",
      maxInclusive: close === "]" && hi !== "∞",
      ...(unit ? { unit } : {}),
    };
  }
  const d = DATE.exec(value);
  if (d) return { kind: "date", from: d[1]!, to: d[2]!, precision: d[3] as "day" | "month" | "year" };
  return { kind: "text", text: value };
}

/**
 * The place key of a label's place ("Bavaria" → "DE/Bavaria", an unknown name as "?/Name"), or null
 * for the event's whole: a label without a place is the event's whole, and so is a country, as the
 * scorer reads places (a country is the whole of its figures, see wholePlaceOf).
 */
function placeKeyOfLabel(place: string | undefined): string | null {
  if (!place) return null;
  const key = resolvePlace(place, "en")?.key ?? `?/${place}`;
  return COUNTRY.test(key) ? null : key;
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * What a label counts, as the product keys it: a noun the bilingual table knows in either language
 * ("Traktor", "tractors") takes its shared key, so two labels the product would file under one facet
 * are not read as measuring different things; other subjects stay as written. Either language
 * whatever the article's: labels write subjects in English or German.
 */
function countedKeyOfLabel(subject: string): string {
  return countedNounMatch(subject, "en")?.key ?? countedNounMatch(subject, "de")?.key ?? subject;
}

/** A labelled claim with the article it is in. */
export type LabelledClaim = { claim: EvalClaim; article: EvalArticle };

/**
 * The labelled claim as the comparer takes it, so that comparison can be scored apart from
 * extraction: its value and unit, what it counts (subject, and `qualifier` and `change` as
 * qualifiers), its place as a key of lib/places (none: the event's whole, which contains every
 * place), its as-of days ("2025-05-17" or "a..b"; absent: the
 * publication day stands in), claimant, the stage its claimant's name gives, certainty, outlet and
 * publication day.
 */
export function toLabelledComparableClaim({ claim, article }: LabelledClaim): ComparableClaim {
  const [from, to] = claim.asOf?.split("..") ?? [];
  const qualifiers = [...(claim.qualifier ? [claim.qualifier.toLowerCase()] : []), ...(claim.change ? ["change"] : [])];
  return {
    id: `${article.id}#${claim.id}`,
    value: parseLabelledValue(claim.value, claim.unit),
    quote: claim.quote,
    place: placeKeyOfLabel(claim.place),
    asOf: from ? { from, to: to ?? from } : null,
    counted: countedKeyOfLabel(claim.subject),
    qualifiers,
    ...readScopeMarks({ quote: claim.quote, qualifiers }),
    attribution: claim.attribution ?? null,
    // As extraction reads it from a source's name ("Hochrechnung von …"): labels give no stage of their own.
    figureStatus: claim.attribution ? figureStatusOfName(claim.attribution) : null,
    certainty: claim.certainty ?? "stated",
    outlet: article.outlet,
    copyGroup: null,
    publishedAt: article.publishedAt,
  };
}

/**
 * The options the comparer takes for a labelled claim's subject, as compareStoredFacet sets them for
 * a facet: figures change over time, tolls only grow, a march's crowd is fixed once it is over, dated acts are each actor's own, those in intensive care now may leave (a count of the moment, no toll). The whole
 * place is the event's (null), as labels write it.
 */
export function labelledCompareOptions({ claim }: LabelledClaim): CompareOptions {
  const traits = subjectTraits(claim.subject);
  return { canChangeOverTime: parseLabelledValue(claim.value).kind === "quantity", cumulative: traits.cumulative && !isCountOfTheMoment(claim.qualifier ?? ""), settled: traits.settled, tallied: traits.tallied, rate: isRateQualifier(claim.qualifier ?? ""), byActor: traits.byActor, wholePlace: null };
}
