import { z } from "zod";

// What a page's JSON-LD may say about its article. Pages put anything there: every field is
// optional and loosely typed, and a value of the wrong shape is ignored, not an error.
const nameOf = z.union([z.string(), z.looseObject({ name: z.string() }).transform((o) => o.name)]);
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]));
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const articleNodeSchema = z.looseObject({
  "@type": lenient(oneOrMany(z.string())),
  headline: lenient(z.string()),
  name: lenient(z.string()),
  datePublished: lenient(z.string()),
  dateCreated: lenient(z.string()),
  author: lenient(oneOrMany(nameOf)),
  publisher: lenient(nameOf),
  inLanguage: lenient(nameOf),
  url: lenient(z.string()),
  mainEntityOfPage: lenient(z.union([z.string(), z.looseObject({ "@id": z.string() }).transform((o) => o["@id"])])),
});

export type JsonLdArticle = {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  language?: string;
  url?: string;
};

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting)$/;

/**
 * The first article-like node (NewsArticle, Article, BlogPosting, …) among a page's JSON-LD
 * blocks, looking inside arrays and `@graph`; null when there is none. Blocks that are not valid
 * JSON are skipped.
 */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    for (const node of flatten(data)) {
      const parsed = articleNodeSchema.safeParse(node);
      if (!parsed.success || !parsed.data["@type"]?.some((type) => ARTICLE_TYPE.test(type))) continue;
      const n = parsed.data;
      return {
        headline: n.headline ?? n.name,
        datePublished: n.datePublished ?? n.dateCreated,
        authors: n.author ?? [],
        publisher: n.publisher,
        language: n.inLanguage,
        url: n.url ?? n.mainEntityOfPage,
      };
    }
  }
  return null;
}

function flatten(data: unknown, depth = 0): unknown[] {
  if (depth > 4) return [];
  if (Array.isArray(data)) return data.flatMap((item) => flatten(item, depth + 1));
  if (data && typeof data === "object") {
    const graph = (data as Record<string, unknown>)["@graph"];
    return graph ? [data, ...flatten(graph, depth + 1)] : [data];
  }
  return [];
}
