import { describe, expect, test } from "vitest";
import { CLUTTERED_PAGE_ARTICLE, clutteredNewsPage } from "./fixtures/cluttered-news-page";
import { htmlToText } from "./html-to-text";
import { normalizePublishedDate } from "./normalize-published-date";
import { readHtmlArticle } from "./read-html-article";
import { readJsonLdArticle } from "./read-json-ld";
import { JSDOM } from "jsdom";

const bytes = (html: string) => new TextEncoder().encode(html);
const PAGE_URL = "https://www.harbour-times.example/world/2025/03/14/flood-death-toll";

describe("readHtmlArticle", () => {
  test("reduces a cluttered news page to its article text, with title, outlet, author, date, canonical URL and language", () => {
    const result = readHtmlArticle({ bytes: bytes(clutteredNewsPage()), url: PAGE_URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article).toMatchObject({
      title: CLUTTERED_PAGE_ARTICLE.title,
      url: "https://www.harbour-times.example/world/2025/03/14/flood-death-toll",
      outlet: { name: "Harbour Times", domain: "harbour-times.example" },
      author: "Mara Lindqvist",
      publishedAt: "2025-03-14",
      language: "en",
    });
    expect(article.text.split("\n\n")).toEqual([CLUTTERED_PAGE_ARTICLE.title, ...CLUTTERED_PAGE_ARTICLE.paragraphs]);
  });

  test.each([
    { label: "navigation", words: "Subscribe for £1" },
    { label: "adverts", words: "Win a cruise" },
    { label: "the cookie banner", words: "cookies" },
    { label: "related links", words: "Celebrity chef" },
    { label: "the footer", words: "All rights reserved" },
    { label: "script source", words: "alert" },
    { label: "markup", words: "<" },
  ])("leaves out $label", ({ words }) => {
    const result = readHtmlArticle({ bytes: bytes(clutteredNewsPage()), url: PAGE_URL });
    expect(result.ok && result.article.text).not.toContain(words);
  });

  test("reads the metadata from JSON-LD alone, and from meta tags alone", () => {
    for (const options of [{ meta: false }, { jsonLd: false }]) {
      const result = readHtmlArticle({ bytes: bytes(clutteredNewsPage(options)), url: PAGE_URL });
      expect(result.ok && result.article, JSON.stringify(options)).toMatchObject({
        outlet: { name: "Harbour Times" },
        author: "Mara Lindqvist",
        publishedAt: "2025-03-14",
      });
    }
  });

  test("detects the language when the page does not declare it", () => {
    const german = clutteredNewsPage({ lang: null }).replace(
      CLUTTERED_PAGE_ARTICLE.paragraphs[0]!,
      "Die Zahl der Toten nach dem Hochwasser ist nach Angaben der Regionalregierung auf 41 gestiegen, wie die Behörden am Freitag mitteilten. Die Suche nach den Vermissten in den Dörfern oberhalb des Staudamms geht weiter, sagte ein Sprecher des Katastrophenschutzes.",
    );
    const result = readHtmlArticle({ bytes: bytes(german.replace(/<p>The government.*?<\/p>|<p>Volunteer.*?<\/p>|<p>Rescue.*?<\/p>/g, "")), url: PAGE_URL });
    expect(result.ok && result.article.language).toBe("de");
  });

  test.each([
    { label: "the heading, when the title adds the site's name to it", title: "Bridge reopens | City Post", h1: "Bridge reopens", expected: "Bridge reopens" },
    { label: "the longer part of the title, when the heading is something else", title: "City Post — Bridge reopens after eight months", h1: "Local news", expected: "Bridge reopens after eight months" },
    { label: "the heading, when there is no title", title: "", h1: "Bridge reopens", expected: "Bridge reopens" },
  ])("without Open Graph or JSON-LD, the headline is $label", ({ title, h1, expected }) => {
    const html = `<html><head><title>${title}</title></head><body><article><h1>${h1}</h1>${"<p>The bridge over the river reopened on Monday after eight months of repairs, the city said, ahead of schedule and under budget.</p>".repeat(3)}</article></body></html>`;
    const result = readHtmlArticle({ bytes: bytes(html) });
    expect(result.ok && result.article.title).toBe(expected);
  });

  test("an uploaded page without metadata takes its headline from the page and names no outlet", () => {
    const html = `<html><body><article><h1>Bridge reopens after repairs</h1>${"<p>The bridge over the river reopened on Monday after eight months of repairs, the city said, ahead of schedule and under budget.</p>".repeat(3)}</article></body></html>`;
    const result = readHtmlArticle({ bytes: bytes(html) });
    expect(result.ok && result.article).toMatchObject({ title: "Bridge reopens after repairs", outlet: undefined, url: undefined, publishedAt: undefined });
  });

  test("ignores a canonical URL on another site (a page cannot take over another article's address)", () => {
    const html = clutteredNewsPage().replace('href="/world/2025/03/14/flood-death-toll?utm_source=feed"', 'href="https://other-news.example/story"');
    const result = readHtmlArticle({ bytes: bytes(html), url: PAGE_URL });
    expect(result.ok && result.article.url).toBe(PAGE_URL);
  });

  test("decodes the charset the server names", () => {
    const latin1 = Buffer.from(clutteredNewsPage().replace('<meta charset="utf-8">', "").replace("Rescue teams", "Rettungskräfte"), "latin1");
    const result = readHtmlArticle({ bytes: latin1, charset: "iso-8859-1", url: PAGE_URL });
    expect(result.ok && result.article.text).toContain("Rettungskräfte");
  });

  test.each([
    { label: "an empty page", html: "" },
    { label: "a page of navigation only", html: "<nav><a href='/'>Home</a></nav>" },
    { label: "only scripts", html: "<script>alert(1)</script><style>p{}</style>" },
  ])("refuses $label with a reason", ({ html }) => {
    const result = readHtmlArticle({ bytes: bytes(html) });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/no article text|no headline/) });
  });
});

describe("htmlToText", () => {
  test.each([
    { label: "paragraphs and headings become lines", html: "<h2>A</h2><p>b  c</p><p>d</p>", expected: "A\n\nb c\n\nd" },
    { label: "a line break splits a paragraph", html: "<p>one<br>two</p>", expected: "one\n\ntwo" },
    { label: "inline markup is text", html: "<p>a <b>bold</b> <a href='x'>link</a></p>", expected: "a bold link" },
    { label: "scripts, styles and forms say nothing", html: "<p>x</p><script>y()</script><style>z{}</style><form><button>b</button></form>", expected: "x" },
    { label: "hidden elements say nothing", html: "<p>x</p><p hidden>secret</p>", expected: "x" },
    { label: "entities are decoded, never markup", html: "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", expected: "<script>alert(1)</script>" },
  ])("$label", ({ html, expected }) => {
    expect(htmlToText(JSDOM.fragment(html))).toBe(expected);
  });
});

describe("normalizePublishedDate", () => {
  test.each([
    { value: "2024-11-04", expected: "2024-11-04" },
    { value: "2024-11-04T23:30:00-05:00", expected: "2024-11-04" },
    { value: "Mon, 04 Nov 2024 10:00:00 GMT", expected: "2024-11-04" },
    { value: "2024-02-30", expected: null },
    { value: "1066-10-14", expected: null },
    { value: "20241104", expected: null },
    { value: "yesterday", expected: null },
    { value: "", expected: null },
  ])("$value → $expected", ({ value, expected }) => {
    expect(normalizePublishedDate(value)).toBe(expected);
  });
});

describe("readJsonLdArticle", () => {
  test("finds the article in a graph, with authors as names", () => {
    const block = JSON.stringify({ "@graph": [{ "@type": "WebPage" }, { "@type": ["NewsArticle"], headline: "H", author: ["A", { name: "B" }], publisher: { name: "P" }, datePublished: "2024-01-02" }] });
    expect(readJsonLdArticle([block])).toEqual({ headline: "H", authors: ["A", "B"], publisher: "P", datePublished: "2024-01-02", language: undefined, url: undefined });
  });

  test.each([
    { label: "invalid JSON", blocks: ["{not json"] },
    { label: "no article", blocks: [JSON.stringify({ "@type": "Organization", name: "X" })] },
    { label: "a deeply nested array", blocks: [JSON.stringify([[[[[[{ "@type": "NewsArticle", headline: "deep" }]]]]]])] },
  ])("gives null for $label", ({ blocks }) => {
    expect(readJsonLdArticle(blocks)).toBeNull();
  });

  test("ignores fields of the wrong shape and keeps the rest", () => {
    const block = JSON.stringify({ "@type": "NewsArticle", headline: 42, datePublished: "2024-01-02", author: { nope: true } });
    expect(readJsonLdArticle([block])).toMatchObject({ headline: undefined, datePublished: "2024-01-02", authors: [] });
  });
});
