import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
/** "aaaaaaaaaa" and "ababababab" are long enough and still guessed first. */
const MIN_DISTINCT_CHARACTERS = 4;

let common: Set<string> | undefined;

/**
 * Whether a password is one of the ~49,000 most used ones (the list that zxcvbn-ts maintains from
 * leaked password sets), compared without case and without the digits and signs people append
 * ("Dragon2024!" is "dragon" to an attacker's list too).
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));
  const lower = password.trim().toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  return common.has(lower) || (stem.length > 0 && common.has(stem));
}

/** Why `password` may not be used, or null when it may. */
export function passwordProblem(password: string): string | null {
  if (password.trim().length === 0) return "use a password with letters, digits or signs, not only spaces";
  if ([...password].length < MIN_PASSWORD_LENGTH) return `use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `use at most ${MAX_PASSWORD_LENGTH} characters`;
  if (new Set(password).size < MIN_DISTINCT_CHARACTERS) return `use at least ${MIN_DISTINCT_CHARACTERS} different characters`;
  if (isCommonPassword(password)) return "this password is on the list of the most common ones; choose another";
  return null;
}

/** A new password, as an admin, the CLI or the demo set it. */
export const passwordSchema = z
  .string()
  // The lengths again, so the API's description (OpenAPI) states them.
  .min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `use at most ${MAX_PASSWORD_LENGTH} characters`)
  .superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .describe(`At least ${MIN_PASSWORD_LENGTH} characters, not only spaces, and not one of the most common passwords.`);
