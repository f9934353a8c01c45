/**
 * Copies are not independent sources: near-duplicate articles of one event (agency copy run by
 * several outlets, light rewrites of one source) found by MinHash fingerprints of their word
 * shingles, grouped with the editors' decisions, and described in words. Pure functions; no database.
 */
export { fingerprintText } from "./fingerprint-text";
export { estimateOverlap, type Overlap } from "./estimate-overlap";
export { findCopyPairs, CopyPairIndex, COPY_THRESHOLD, MIN_SHINGLES } from "./find-copy-pairs";
export { groupCopies } from "./group-copies";
export { matchGroupIds, type MatchedGroups, type StoredCopyGroup } from "./match-group-ids";
export { describeCopyGroup, SAME_TEXT, type CopyGroupMember, type DescribedCopyGroup } from "./describe-copy-group";
export * from "./schema";
