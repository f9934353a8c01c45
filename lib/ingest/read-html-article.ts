import { isUtf8 } from "node:buffer";
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { contentHash } from "../articles/content-hash";
import { detectLanguage } from "../articles/detect-language";
import { headlineOf } from "../articles/headline-of";
import { languageSchema, oversizeReason, type OutletInput, type ParseResult } from "../articles/schema";
import { domainOf } from "../articles/domain-of";
import { htmlToText } from "./html-to-text";
import { normalizePublishedDate } from "./normalize-published-date";
import { readJsonLdArticle } from "./read-json-ld";

// The one importer of Readability and jsdom. jsdom builds the page as a browser would parse it,
// but runs none of its scripts and loads none of its resources (neither is enabled here), so a
// hostile page is only ever read, never executed; the result is plain text.

export type HtmlSource = {
  bytes: Uint8Array;
  /** The charset the HTTP response named; else the page's own <meta charset>, else UTF-8. */
  charset?: string | null;
  /** Where the page came from (its URL after redirects); null for an uploaded file. */
  url?: string | null;
};

// Readability wants this many characters of article text before it trusts what it found.
const MIN_ARTICLE_CHARACTERS = 200;
const MAX_TITLE = 500;

/**
 * Reduces a web page to the article it carries, with what the page says about it: headline,
 * outlet (site name and domain), author, publication date (meta tags and JSON-LD), canonical URL
 * and language (as declared, else detected from the text). Never throws: a page with no readable
 * article yields `{ ok: false, reason }`.
 */
export function readHtmlArticle(source: HtmlSource): ParseResult {
  const oversize = oversizeReason(source.bytes.byteLength);
  if (oversize) return { ok: false, reason: oversize };
  const pageUrl = source.url && /^https?:/.test(source.url) ? source.url : undefined;
  // Without a charset from the server, text that is valid UTF-8 is UTF-8 (what pages and editors'
  // files almost always are); anything else is left to the page's <meta charset> and the HTML
  // standard's default.
  const charset = source.charset ?? (isUtf8(source.bytes) ? "utf-8" : null);
  let dom: JSDOM;
  try {
    dom = new JSDOM(Buffer.from(source.bytes), {
      url: pageUrl,
      contentType: `text/html${charset ? `; charset=${charset}` : ""}`,
      virtualConsole: new VirtualConsole(),
    });
  } catch (error) {
    return { ok: false, reason: `the page could not be read as HTML (${(error as Error).message.split("\n")[0]})` };
  }
  try {
    const document = dom.window.document;
    // Read before Readability, which rewrites the document as it works.
    const meta = readMetadata(document, pageUrl);
    const parsed = new Readability(document, { charThreshold: MIN_ARTICLE_CHARACTERS }).parse();
    const body = parsed?.content ? htmlToText(JSDOM.fragment(parsed.content)) : "";
    if (body.trim().length === 0) return { ok: false, reason: "no article text found on the page" };

    const title = clean(meta.title ?? pickTitle(meta.documentTitle, meta.firstHeading) ?? parsed?.title ?? undefined)?.slice(0, MAX_TITLE) ?? headlineOf(body);
    if (!title) return { ok: false, reason: "no headline: the page has no words" };
    // The headline is the first line of every article text (as in an imported file).
    const text = firstLineIs(body, title) ? body : `${title}\n\n${body}`;
    const url = meta.canonical ?? pageUrl;
    const domain = url ? domainOf(url) : undefined;
    const siteName = clean(meta.siteName ?? parsed?.siteName ?? undefined);
    const outlet: OutletInput | undefined = siteName || domain ? { name: (siteName ?? domain)!.slice(0, 200), domain } : undefined;
    const declared = languageSchema.safeParse((meta.language ?? parsed?.lang ?? "").slice(0, 2));
    return {
      ok: true,
      article: {
        title,
        url,
        outlet,
        author: clean(meta.author ?? parsed?.byline ?? undefined)?.slice(0, 300),
        publishedAt: normalizePublishedDate(meta.published ?? parsed?.publishedTime) ?? undefined,
        language: declared.success ? declared.data : detectLanguage(text),
        text,
        contentHash: contentHash(text),
      },
    };
  } finally {
    dom.window.close();
  }
}

type PageMetadata = {
  /** The article's own headline, where the page states it (JSON-LD, Open Graph). */
  title?: string;
  /** The <title>, which usually adds the site's name. */
  documentTitle?: string;
  firstHeading?: string;
  siteName?: string;
  author?: string;
  published?: string;
  canonical?: string;
  language?: string;
};

function readMetadata(document: Document, pageUrl: string | undefined): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
      const content = element?.getAttribute("content")?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const jsonLd = readJsonLdArticle([...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? ""));
  const metaAuthor = meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator");
  const timeElement = document.querySelector("time[datetime][pubdate], article time[datetime]")?.getAttribute("datetime") ?? undefined;
  return {
    title: jsonLd?.headline ?? meta("og:title", "twitter:title", "dc.title"),
    documentTitle: clean(document.title),
    firstHeading: clean(document.querySelector("article h1, main h1, h1")?.textContent ?? undefined),
    siteName: meta("og:site_name", "application-name") ?? jsonLd?.publisher,
    author: jsonLd?.authors.join(", ") || (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : undefined),
    published:
      jsonLd?.datePublished ??
      meta("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "parsely-pub-date", "sailthru.date") ??
      timeElement,
    canonical: sameSiteUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ?? meta("og:url") ?? jsonLd?.url, pageUrl),
    language: (document.documentElement.getAttribute("lang") ?? meta("og:locale") ?? document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") ?? jsonLd?.language)?.trim().toLowerCase(),
  };
}

/**
 * The page's canonical address, when it is an http(s) URL on the site the page was fetched from
 * (a page may not claim another site's address, and with it that article's revisions); any
 * canonical URL of an uploaded file. Tracking parameters and the fragment are dropped.
 */
function sameSiteUrl(href: string | undefined, pageUrl: string | undefined): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password) return undefined;
  if (pageUrl && domainOf(url.toString()) !== domainOf(pageUrl)) return undefined;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/.test(key)) url.searchParams.delete(key);
  return url.toString();
}

/**
 * The headline from the <title> and the first <h1>: the heading when the title contains it (the
 * title then only adds the site's name), else the longest part of the title split at " | ", " - "
 * or " — " (the site's name is the shorter part). Undefined when the page has neither.
 */
function pickTitle(documentTitle: string | undefined, heading: string | undefined): string | undefined {
  if (heading && (!documentTitle || documentTitle.toLowerCase().includes(heading.toLowerCase()))) return heading;
  if (!documentTitle) return undefined;
  const parts = documentTitle.split(/\s+[|–—-]\s+/).filter(Boolean);
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), "");
}

function clean(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

function firstLineIs(text: string, title: string): boolean {
  const first = text.split("\n", 1)[0]?.trim().toLowerCase();
  return first === title.trim().toLowerCase();
}
