import type { ConflictSide } from "../errors";

/**
 * Someone else saved first: both sides for the editor to compare, and the form fields that apply
 * theirs again on top of the version saved now.
 */
export type EditConflict = { entityType: string; current: ConflictSide; attempted: ConflictSide; resubmit: [string, string][] };

/**
 * What a form shows after a server action: a sentence, the problems per field, a link (`href`,
 * e.g. where moved claims went or the history that can undo a deletion), or an edit conflict.
 */
export type ActionResult = (
  | { ok: true; message: string; href?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; conflict?: EditConflict }
) & {
  /** What the result is about, when one form serves many rows (the facet view's review form: the claim's id). */
  subject?: string;
};
