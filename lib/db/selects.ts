import type { Prisma } from "./client";

/** The columns of a claim's normalized value: what `claimValueFromColumns` reads. */
export const claimValueSelect = {
  valueKind: true,
  minValue: true,
  maxValue: true,
  minInclusive: true,
  maxInclusive: true,
  unit: true,
  dateFrom: true,
  dateTo: true,
  datePrecision: true,
  valueText: true,
} as const satisfies Prisma.ClaimSelect;

/** The columns of a claim's as-of days: what `asOfFromColumns` reads. */
export const claimAsOfSelect = { asOf: true, asOfTo: true, asOfTime: true } as const satisfies Prisma.ClaimSelect;

/**
 * The claims a screen or the export shows: not deleted, on an article that is not deleted.
 * (Extraction alone reads deleted claims too: their words stay a person's decision.)
 */
export const liveClaimWhere = { deletedAt: null, revision: { article: { deletedAt: null } } } as const satisfies Prisma.ClaimWhereInput;

/** What lists and columns show of an article to tell it apart: headline, language, date, outlet. */
export const articleLabelSelect = {
  id: true,
  title: true,
  language: true,
  publishedAt: true,
  outlet: { select: { name: true } },
} as const satisfies Prisma.ArticleSelect;

/** Articles in publication order, undated ones last, then by title: the order of every list. */
export const articleOrder = [
  { publishedAt: { sort: "asc", nulls: "last" } },
  { title: "asc" },
] as const satisfies Prisma.ArticleOrderByWithRelationInput[];
