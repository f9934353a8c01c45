import { parseArticleFile } from "../articles/parse-article-file";
import type { ParseResult } from "../articles/schema";
import { domainOf } from "../articles/domain-of";
import { readHtmlArticle } from "./read-html-article";

/** Files the importer reads: text, Markdown (optional front matter) and web pages. */
export const ARTICLE_FILE_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

/** Whether a file of this name is read as a web page. */
export function isHtmlFileName(name: string): boolean {
  return /\.x?html?$/i.test(name);
}

/** Whether the importer reads files of this name. */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Reads one article from what was uploaded or fetched: a web page goes through Readability, text
 * and Markdown through the file reader. A fetched text keeps the URL it came from (its front
 * matter may name another). Never throws.
 */
export function readArticleSource(source: { bytes: Uint8Array; html: boolean; url?: string | null; charset?: string | null }): ParseResult {
  if (source.html) return readHtmlArticle(source);
  const parsed = parseArticleFile(source.bytes);
  if (!parsed.ok || !source.url || parsed.article.url) return parsed;
  const domain = domainOf(source.url);
  return { ok: true, article: { ...parsed.article, url: source.url, outlet: parsed.article.outlet ?? (domain ? { name: domain, domain } : undefined) } };
}
