import { figureStatusSchema, type FigureStatus } from "../claims/schema";
import type { StoredClaim } from "../compare/schema";
import { asOfFromColumns, claimValueFromColumns, type ClaimValueColumns } from "./claim-value-columns";
import type { Prisma } from "./client";
import { claimAsOfSelect, claimValueSelect } from "./selects";

/** The columns of a claim that every comparison reads (see compareStoredFacet). */
export const storedClaimSelect = {
  id: true,
  quote: true,
  ...claimValueSelect,
  ...claimAsOfSelect,
  scope: true,
  attribution: true,
  certainty: true,
  figureStatus: true,
} as const satisfies Prisma.ClaimSelect;

type StoredClaimRow = ClaimValueColumns & {
  id: string;
  quote: string;
  scope: string | null;
  asOf: Date | null;
  asOfTo: Date | null;
  asOfTime: string | null;
  attribution: string | null;
  certainty: StoredClaim["certainty"];
  figureStatus: string | null;
};

// Built once: a zod schema chain built per call cost ~20 µs, paid for every claim of every page
// built (thousands for an overview, hundreds for each save's facet view).
const figureStatusColumnSchema = figureStatusSchema.nullable().catch(null);

/** claim.figure_status as the code reads it: a value this code does not know (written by a newer one) reads as unsaid. */
export function figureStatusFromColumn(column: string | null): FigureStatus | null {
  return figureStatusColumnSchema.parse(column);
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A claim row read with `storedClaimSelect`, with its article's outlet, publication day and copy group. */
export function toStoredClaim(
  row: StoredClaimRow,
  article: { outlet: string | null; publishedAt: Date | string | null; copyGroup?: string | null },
): StoredClaim {
  const publishedAt = article.publishedAt instanceof Date ? isoDate(article.publishedAt) : article.publishedAt;
  return {
    id: row.id,
    value: claimValueFromColumns(row),
    quote: row.quote,
    scope: row.scope,
    asOf: asOfFromColumns(row),
    attribution: row.attribution,
    certainty: row.certainty,
    figureStatus: figureStatusFromColumn(row.figureStatus),
    outlet: article.outlet,
    publishedAt,
    copyGroup: article.copyGroup ?? null,
  };
}
