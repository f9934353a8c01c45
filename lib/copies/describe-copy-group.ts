import { estimateOverlap } from "./estimate-overlap";
import type { CopyDecision, Fingerprint } from "./schema";

/** From this share of the shorter text on, two copies are "the same text" rather than a rewrite. */
export const SAME_TEXT = 0.9;

export type CopyGroupMember = {
  id: string;
  outlet: string | null;
  language: string;
  fingerprint: Fingerprint | null;
};

export type DescribedCopyGroup = {
  /** "3 outlets ran the same text", "2 outlets ran one text, lightly rewritten". */
  headline: string;
  members: {
    id: string;
    /** Share of text it has in common with its closest fellow member; null when not measurable (no fingerprint, another language). */
    similarity: number | null;
    /** True when an editor joined it to another member (the machine alone would not have). */
    joinedByEditor: boolean;
  }[];
};

/**
 * What a copy group is, in words, and how close each member is to the others: measured from the
 * fingerprints (same language only), and "joined by an editor" where a decision says so. Members
 * keep input order. Never throws.
 */
export function describeCopyGroup(members: readonly CopyGroupMember[], decisions: readonly CopyDecision[]): DescribedCopyGroup {
  const joined = new Set(decisions.filter((d) => d.copies).flatMap((d) => [d.articleId, d.otherId]));
  const described = members.map((member) => {
    let best: number | null = null;
    for (const other of members) {
      if (other.id === member.id || other.language !== member.language || !member.fingerprint || !other.fingerprint) continue;
      const { containment } = estimateOverlap(member.fingerprint, other.fingerprint);
      if (best === null || containment > best) best = containment;
    }
    return { id: member.id, similarity: best, joinedByEditor: joined.has(member.id) };
  });

  const n = members.length;
  const outlets = new Set(members.flatMap((m) => (m.outlet ? [m.outlet] : [])));
  const subject = outlets.size === n ? `${n} outlets ran` : `${n} articles carry`;
  const measured = described.flatMap((m) => (m.similarity === null ? [] : [m.similarity]));
  const languages = new Set(members.map((m) => m.language));
  const what =
    measured.length < 2
      ? "one text, as an editor marked"
      : measured.every((s) => s >= SAME_TEXT) && described.every((m) => !m.joinedByEditor)
        ? "the same text"
        : "one text, lightly rewritten";
  return { headline: `${subject} ${what}${languages.size > 1 ? " (translated)" : ""}`, members: described };
}
