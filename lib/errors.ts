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
  // A unique key that someone else took at the same moment (P2002), or a transaction PostgreSQL
  // broke off because another one conflicted with it (P2034): the person's request was fine.
  if (typeof error === "object" && error && "code" in error && (error.code === "P2002" || error.code === "P2034")) {
    return {
      status: STATUS.CONFLICT,
      body: { error: error.code === "P2002" ? "That already exists (it may have been saved at the same moment); reload and check." : "Someone changed the same thing at the same moment; nothing was saved. Try again." },
    };
  }
  if (isDataException(error)) {
    return { status: 422, body: { error: "Part of the input cannot be stored (a NUL character, say, or a number out of range); nothing was saved." } };
  }
  console.error(error);
  return { status: 500, body: { error: "Something went wrong on our side." } };
}

/**
 * Whether PostgreSQL refused a value itself (SQLSTATE class 22, "data exception": a NUL byte in
 * text, a number out of range): input our schemas let through, which is the caller's to fix, not
 * a fault of ours. The driver's error sits a few levels down in what Prisma throws.
 */
function isDataException(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const record = error as Record<string, unknown>;
  for (const key of ["originalCode", "code"]) {
    const code = record[key];
    if (typeof code === "string" && /^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  const meta = record.meta as Record<string, unknown> | undefined;
  return [record.cause, record.driverAdapterError, meta?.driverAdapterError].some((inner) => isDataException(inner, depth + 1));
}
