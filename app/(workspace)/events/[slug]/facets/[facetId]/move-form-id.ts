/** The id of the move form; the checkboxes on the claim cards join it through their `form` attribute. */
export const MOVE_FORM_ID = "move-claims";
