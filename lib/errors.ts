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

/** One side of an edit conflict: the fields that matter to the person deciding, and the version. */
export type ConflictSide = { version: number } & Record<string, string | number | boolean | null>;

/**
 * A save refused because it was based on an outdated version: someone else saved first. Carries
 * both sides so the editor decides; nothing was written.
 */
export class EditConflictError extends AppError {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    /** The row as stored now, with its current version. */
    readonly current: ConflictSide,
    /** What this editor wanted, with the version it was based on. */
    readonly attempted: ConflictSide,
  ) {
    super("CONFLICT", `Someone saved this ${entityType} while you were looking (your version ${attempted.version}, now ${current.version}); nothing was changed.`);
    this.name = "EditConflictError";
  }
}

/**
 * The one mapping from thrown errors to what a caller sees: our own errors keep their message,
 * invalid input lists its problems, anything else is a 500 that reveals nothing.
 */
export function toErrorResponse(error: unknown): {
  status: number;
  body: { error: string; issues?: Record<string, string[]>; conflict?: { current: ConflictSide; attempted: ConflictSide } };
} {
  if (error instanceof EditConflictError) {
    return { status: STATUS.CONFLICT, body: { error: error.message, conflict: { current: error.current, attempted: error.attempted } } };
  }
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
