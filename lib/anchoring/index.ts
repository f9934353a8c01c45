export { anchorPassage, ANCHOR_THRESHOLDS, AMBIGUITY_MARGIN, type Anchor, type AnchorMethod } from "./anchor-passage";
export { selectPassage } from "./select-passage";
export { snapToWords } from "./snap-to-words";
export * from "./schema";
export { carryPassages, type CarriedPassage, type PinnedPassage } from "./carry-passages";
