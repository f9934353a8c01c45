import type { EventMatrixInput, MatrixClaim } from "@/lib/compare/event-matrix-schema";
import type { ClaimValue } from "@/lib/claims/schema";
import { createRandom, type Random } from "./random";

export type GeneratedEventSize = { articles: number; facets: number; outlets: number; seed: number };
export const OVERVIEW_SIZE: GeneratedEventSize = { articles: 100, facets: 20, outlets: 25, seed: 20241025 };

const CLAIMANTS = ["police", "organisers", "Interior Ministry", "Anna Beispiel", "fire brigade", "news agency", "officials", null, null, null];
const CERTAINTIES = ["stated", "stated", "stated", "reported", "hedged"] as const;

// Around a true figure, the ways outlets state it: exact, "about", "almost", "more than", a range.
function quantityAround(random: Random, truth: number): ClaimValue {
  const figure = Math.round((truth * (0.7 + random.next() * 0.6)) / 100) * 100;
  switch (random.int(0, 4)) {
    case 0:
      return { kind: "quantity", min: figure, max: figure, minInclusive: true, maxInclusive: true };
    case 1:
      return { kind: "quantity", min: Math.round(figure * 0.9), max: Math.round(figure * 1.1), minInclusive: true, maxInclusive: true };
    case 2:
      return { kind: "quantity", min: Math.round(figure * 0.9), max: figure, minInclusive: true, maxInclusive: false };
    case 3:
      return { kind: "quantity", min: figure, max: null, minInclusive: false, maxInclusive: true };
    default:
      return { kind: "quantity", min: Math.round(figure * 0.8), max: Math.round(figure * 1.2), minInclusive: true, maxInclusive: true };
  }
}

function dateAround(random: Random): ClaimValue {
  const day = random.int(1, 28);
  const month = random.chance(0.8) ? 6 : random.int(5, 7);
  const iso = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return random.chance(0.5)
    ? { kind: "date", from: iso, to: iso, precision: "day" }
    : { kind: "date", from: `2024-${String(month).padStart(2, "0")}-01`, to: `2024-${String(month).padStart(2, "0")}-28`, precision: "month" };
}

/**
 * A generated event of the given size, as the overview's input: articles spread over outlets and
 * six months, and one claim per article per facet (facets × articles claims in all), mostly
 * quantities around a true figure with every kind of hedge, some dates, some text; a tenth of the
 * quantity claims scoped to a region. Deterministic for a seed, so runs compare.
 */
export function generateEvent(size: GeneratedEventSize = OVERVIEW_SIZE): EventMatrixInput {
  const random = createRandom(size.seed);
  const outlets = Array.from({ length: size.outlets }, (_, i) => `Outlet ${String(i + 1).padStart(2, "0")}`);
  const articles = Array.from({ length: size.articles }, (_, i) => {
    const day = new Date(Date.UTC(2024, 9, 1) + Math.floor((i / size.articles) * 180) * 86_400_000).toISOString().slice(0, 10);
    return { id: `a${i}`, title: `Article ${i}`, language: random.chance(0.6) ? "de" : "en", publishedAt: day, outlet: random.pick(outlets) };
  });
  const facets = Array.from({ length: size.facets }, (_, f) => {
    const kind = f % 10 === 9 ? "text" : f % 10 === 8 ? "date" : "quantity";
    const truth = 1000 * (f + 1) * 3;
    const claims: MatrixClaim[] = articles.map((article, a) => {
      const value: ClaimValue =
        kind === "quantity" ? quantityAround(random, truth) : kind === "date" ? dateAround(random) : { kind: "text", text: random.pick(["government", "ministry", "agency"]) };
      return {
        articleId: article.id,
        status: random.chance(0.2) ? "confirmed" : "proposed",
        origin: "machine",
        claim: {
          id: `c${f}-${a}`,
          value,
          quote: `claim ${f} of article ${a}`,
          scope: kind === "quantity" && random.chance(0.1) ? "?/North District" : null,
          asOf: null,
          attribution: random.pick(CLAIMANTS),
          certainty: random.pick(CERTAINTIES),
          outlet: article.outlet,
          publishedAt: article.publishedAt,
        },
      };
    });
    return { id: `f${f}`, key: null, label: `Facet ${f + 1}`, kind, unit: null, claims } as const;
  });
  return { articles, facets };
}
