import { z } from "zod";
import { expectedVersionSchema } from "../claims/schema";

/** How many hash functions a fingerprint has: the estimate's error is about 1/√128 ≈ 0.09. */
export const SIGNATURE_SIZE = 128;

/**
 * The MinHash fingerprint of a text: for each of SIGNATURE_SIZE hash functions, the smallest hash
 * of its word shingles (as signed 32-bit integers, the way PostgreSQL's integer[] keeps them), and
 * how many distinct shingles it has. Two fingerprints estimate how much two texts share.
 */
export const fingerprintSchema = z.object({
  shingles: z.int().min(0),
  signature: z.array(z.int().min(-(2 ** 31)).max(2 ** 31 - 1)).length(SIGNATURE_SIZE),
});
export type Fingerprint = z.infer<typeof fingerprintSchema>;

/** What the grouping reads of an article. */
export type CopyCandidate = {
  id: string;
  /** Only texts in one language are compared by the machine; a translation is joined by hand. */
  language: string;
  /** Null when its text has not been fingerprinted (it then joins a group only by hand). */
  fingerprint: Fingerprint | null;
};

/** An editor's word on a pair of articles: `copies` true joins them, false keeps them apart. */
export type CopyDecision = { articleId: string; otherId: string; copies: boolean };

/** Two articles that carry one text, and why the grouping thinks so. */
export type CopyLink = {
  a: string;
  b: string;
  /** 0..1: the share of the shorter text found in the longer one (1 for an editor's join). */
  similarity: number;
  by: "machine" | "editor";
};

/** Articles that carry one text; `articleIds` in input order, `links` the pairs that joined them. */
export type CopyCluster = { articleIds: string[]; links: CopyLink[] };

// The forms an editor splits and joins copy groups with. A group's version is the one the editor
// saw: a change based on an outdated one is refused.
const uuidList = z.array(z.uuid()).max(500);

/** Take one article out of its copy group: it is not a copy of any other member. */
export const splitCopyInputSchema = z.object({
  groupId: z.uuid(),
  articleId: z.uuid(),
  expectedVersion: expectedVersionSchema,
});
export type SplitCopyInput = z.infer<typeof splitCopyInputSchema>;

/**
 * Mark several articles as copies of one text (a translation, a rewrite the machine missed). Each
 * chosen article names the group and version it was in when the editor looked (null: alone).
 */
export const joinCopiesInputSchema = z.object({
  articles: z
    .array(z.object({ articleId: z.uuid(), groupId: z.uuid().nullable(), expectedVersion: expectedVersionSchema.nullable() }))
    .min(2, "choose at least two articles")
    .max(100),
});
export type JoinCopiesInput = z.infer<typeof joinCopiesInputSchema>;

/** Hand these articles back to the machine: every decision an editor made about them is set aside. */
export const forgetCopyDecisionsInputSchema = z.object({ articleIds: uuidList.min(1) });
export type ForgetCopyDecisionsInput = z.infer<typeof forgetCopyDecisionsInputSchema>;
