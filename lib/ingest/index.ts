export { htmlToText } from "./html-to-text";
export { normalizePublishedDate } from "./normalize-published-date";
export { ARTICLE_FILE_EXTENSIONS, isArticleFileName, isHtmlFileName, readArticleSource } from "./read-article-source";
export { domainOf } from "../articles/domain-of";
export { readHtmlArticle, type HtmlSource } from "./read-html-article";
export { readJsonLdArticle, type JsonLdArticle } from "./read-json-ld";
