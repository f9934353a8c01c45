export { contentHash } from "./content-hash";
export { detectLanguage } from "./detect-language";
export { headlineOf } from "./headline-of";
export { parseArticleFile } from "./parse-article-file";
export * from "./schema";
export { splitParagraphs, type Paragraph } from "./split-paragraphs";
