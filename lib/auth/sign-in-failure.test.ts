import { APIError } from "better-auth/api";
import { expect, test } from "vitest";
import { MISMATCH_MESSAGE, signInFailureMessage } from "./sign-in-failure";

/** The library's error as a second bundled copy of it would build it: same shape, another class. */
class ForeignAPIError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
    this.name = "APIError";
  }
}

test.each([
  { label: "a wrong password", error: new APIError("UNAUTHORIZED", { message: "Invalid email or password", code: "INVALID_EMAIL_OR_PASSWORD" }), message: MISMATCH_MESSAGE },
  { label: "the same, from another copy of the library", error: new ForeignAPIError(401, { code: "INVALID_EMAIL_OR_PASSWORD" }), message: MISMATCH_MESSAGE },
  { label: "an unknown email", error: new ForeignAPIError(401, { message: "Invalid email or password" }), message: MISMATCH_MESSAGE },
  { label: "an invalid email", error: new ForeignAPIError(400, { message: "Invalid email", code: "INVALID_EMAIL" }), message: MISMATCH_MESSAGE },
  {
    label: "our sign-in limit",
    error: new ForeignAPIError(429, { message: "Too many attempts, try again in 12 minutes.", code: "TOO_MANY_ATTEMPTS" }),
    message: "Too many attempts, try again in 12 minutes.",
  },
  { label: "a 429 that is not ours keeps its words out", error: new ForeignAPIError(429, { message: "internal detail" }), message: MISMATCH_MESSAGE },
  { label: "a server error of the library", error: new ForeignAPIError(500, { message: "db down" }), message: null },
  { label: "any other error", error: new Error("connection refused"), message: null },
  { label: "not an error", error: "boom", message: null },
])("$label", ({ error, message }) => {
  expect(signInFailureMessage(error)).toBe(message);
});
