import { z } from "zod";

const oneParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema);
const articleId = oneParam(z.uuid().optional()).catch(undefined);
const revisionNumber = oneParam(z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined);

/**
 * The article comparison's GET form: article `a` at revision `ar` (default: its latest) against
 * article `b` at revision `br`, and the `base` of the heat map. Unparseable values fall back to
 * the defaults rather than failing the page.
 */
export const articleComparisonQuerySchema = z.object({
  a: articleId,
  ar: revisionNumber,
  b: articleId,
  br: revisionNumber,
  base: articleId,
});
export type ArticleComparisonQuery = z.output<typeof articleComparisonQuerySchema>;

/** What the choice resolves to: an article and one of its revision numbers on each side. */
export type ArticlePair = {
  a: { articleId: string; revision: number };
  b: { articleId: string; revision: number };
  baseId: string;
};
