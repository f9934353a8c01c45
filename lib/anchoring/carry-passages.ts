import { anchorPassage } from "./anchor-passage";
import { selectPassage } from "./select-passage";
import type { AnchorState, MovedFrom, PassageSelectors } from "./schema";

/** A note or claim pinned to words of an earlier revision of an article. */
export type PinnedPassage = {
  id: string;
  revision: { id: string; number: number };
  selectors: PassageSelectors;
  anchorState: AnchorState;
  movedFrom: MovedFrom | null;
};

/** Where a passage stands on the new revision (or, orphaned, on the one it stays on). */
export type CarriedPassage = {
  id: string;
  state: AnchorState;
  /** The revision it is pinned to now: the new one, or its own when orphaned. */
  revisionId: string;
  selectors: PassageSelectors;
  score: number;
  /** Set while a person has not confirmed a move: where it was before the first unconfirmed move. */
  movedFrom: MovedFrom | null;
};

/**
 * Carries passages of earlier revisions to `target`, each from the text of the revision it is
 * pinned to. A passage found on its words gets fresh selectors from the new text; one that
 * needs confirming keeps (or gets) the place it came from; an orphan stays where it was. A move
 * still awaiting confirmation stays so even when the next revision finds it confidently: only a
 * person clears it.
 * @param texts the text of every revision a passage is pinned to, by revision id
 */
export function carryPassages(passages: readonly PinnedPassage[], texts: ReadonlyMap<string, string>, target: { id: string; text: string }): CarriedPassage[] {
  return passages.map((passage) => {
    const before = texts.get(passage.revision.id);
    if (before === undefined) throw new Error(`the text of revision ${passage.revision.id} was not loaded`);
    const anchor = anchorPassage(passage.selectors, { before, after: target.text });
    if (anchor.state === "orphaned") {
      return { id: passage.id, state: "orphaned", revisionId: passage.revision.id, selectors: passage.selectors, score: anchor.score, movedFrom: passage.movedFrom };
    }
    const from: MovedFrom = {
      revisionId: passage.revision.id,
      revisionNumber: passage.revision.number,
      exact: passage.selectors.quote.exact,
      start: passage.selectors.position.start,
      end: passage.selectors.position.end,
    };
    const awaiting = anchor.state === "moved" || passage.anchorState === "moved";
    return {
      id: passage.id,
      state: awaiting ? "moved" : "anchored",
      revisionId: target.id,
      selectors: selectPassage(target.text, anchor.start, anchor.end),
      score: anchor.score,
      movedFrom: awaiting ? (passage.movedFrom ?? from) : null,
    };
  });
}
