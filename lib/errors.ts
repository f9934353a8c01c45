import { z } from "zod";

export type AppErrorCode = "NOT_FOUND" | "INVALID" | "CONFLICT" | "UNAUTHORIZED" | "FORBIDDEN" | "TOO_LARGE";

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  TOO_LARGE: 413,
};

/** An error whose message is meant for the person who caused it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/**
 * The one mapping from thrown errors to what a caller sees: our own errors keep their message,
 * invalid input lists its problems, anything else is a 500 that reveals nothing.
 */
export function toErrorResponse(error: unknown): { status: number; body: { error: string; issues?: Record<string, string[]> } } {
  if (error instanceof AppError) return { status: STATUS[error.code], body: { error: error.message } };
  if (error instanceof z.ZodError) {
    return { status: 422, body: { error: "The input is not valid.", issues: z.flattenError(error).fieldErrors as Record<string, string[]> } };
  }
  if (typeof error === "object" && error && "code" in error && error.code === "P2025") {
    return { status: 404, body: { error: "Not found." } };
  }
  console.error(error);
  return { status: 500, body: { error: "Something went wrong on our side." } };
}
