/** What the person signing in is told when the auth library refuses them. */
export const MISMATCH_MESSAGE = "Email or password do not match.";

/**
 * The message for an error the auth library threw while signing someone in, or null when the
 * error is not one of its refusals (a bug or an outage, which must not be dressed up as "wrong
 * password"). The library's `APIError` exists in more than one copy once bundled, so it is
 * recognised by its shape, not by `instanceof`.
 *
 * A wrong password and an unknown email give the same words, so the form does not tell who has
 * an account; a refusal by our sign-in limits keeps its own words ("try again in N minutes").
 */
export function signInFailureMessage(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== "APIError") return null;
  const { statusCode, body } = error as Error & { statusCode?: unknown; body?: { message?: unknown; code?: unknown } };
  if (typeof statusCode !== "number" || statusCode < 400 || statusCode >= 500) return null;
  if (statusCode === 429 && body?.code === "TOO_MANY_ATTEMPTS" && typeof body.message === "string") return body.message;
  return MISMATCH_MESSAGE;
}
