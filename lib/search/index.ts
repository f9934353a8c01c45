/**
 * Search over articles, claims and notes: the query's syntax and filters, the passages an article
 * is indexed as, spelling variants from similar words, and the hit's sentence with its matched
 * words marked. Pure functions; PostgreSQL does the matching (lib/db/search-everything.ts).
 */
export { highlightSegments } from "./highlight-segments";
export { HIT_START, HIT_STOP, readHeadline, withoutMarkers } from "./read-headline";
export { parseReaderPlace, readerHref } from "./reader-place";
export { sentenceAround, type SentenceWindow } from "./sentence-around";
export { queryWords, spellVariants, type QueryWord } from "./spell-variants";
export { MAX_PASSAGE, splitPassages } from "./split-passages";
export * from "./schema";
