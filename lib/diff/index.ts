// Public surface of lib/diff: the only module that knows diff-match-patch exists.
export { alignParagraphs, diffParagraphPair, pairUpParagraphs, type ParagraphRow } from "./align-paragraphs";
export type { ParagraphPair } from "./pair-paragraphs";
export { type BaseComparison, type BaseSentence, type BaseWord, diffAgainstBase } from "./diff-against-base";
export { diffTexts } from "./diff-texts";
export { diffWords } from "./diff-words";
export { mapOffset } from "./map-offset";
export { mapRange } from "./map-range";
export { textsOfSegments } from "./texts-of-segments";
export { type DiffKind, type DiffSegment, diffSegmentSchema, type TextRange, textRangeSchema } from "./schema";
