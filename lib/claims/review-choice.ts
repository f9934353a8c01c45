// The facet view has one review form and one delete form for all its claim cards (a form per card
// cost each card four hidden fields of React's for browsers without JavaScript, and form state of
// its own). A card's buttons submit the view's form and name, in their one value, what they do: the
// status (for a review), the claim, and the version of it the card showed, so that a save based on
// an older version is refused.

/** The field a review button fills: `confirmed:<claim id>:<version>`. */
export const REVIEW_CHOICE = "review";
/** The field a delete button fills: `<claim id>:<version>`. */
export const DELETE_CHOICE = "remove";

/** A review button's value (with `status`), or a delete button's. */
export function reviewChoice(claimId: string, version: number, status?: string): string {
  return status === undefined ? `${claimId}:${version}` : `${status}:${claimId}:${version}`;
}

type Choice = { claimId: unknown; status: unknown; expectedVersion: unknown };

/** A button's value read back (unchecked: the action's schema parses it); all undefined when malformed. */
export function parseReviewChoice(value: string, withStatus: boolean): Choice {
  const parts = value.split(":");
  if (parts.length !== (withStatus ? 3 : 2)) return { claimId: undefined, status: undefined, expectedVersion: undefined };
  const [claimId, version] = parts.slice(-2);
  return { claimId, status: withStatus ? parts[0] : undefined, expectedVersion: Number(version) };
}

/**
 * What a review (or, without status, a delete) names: the button's value in `choice` when the form
 * has one, else the fields `claimId`, `status` and `expectedVersion` (what the conflict notice
 * sends again, and what callers of the action without the page send).
 */
export function readReviewChoice(form: FormData, choice: string, withStatus: boolean): Choice {
  const value = form.get(choice);
  if (typeof value === "string") return parseReviewChoice(value, withStatus);
  return { claimId: form.get("claimId"), status: withStatus ? form.get("status") : undefined, expectedVersion: Number(form.get("expectedVersion")) };
}
