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

/** Articles in publication order, undated ones last, then by title: the order of every list. */
export const articleOrder = [
  { publishedAt: { sort: "asc", nulls: "last" } },
  { title: "asc" },
] as const satisfies Prisma.ArticleOrderByWithRelationInput[];
