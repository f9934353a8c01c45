import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize, type CurrentUser } from "../auth/session";
import type { Role } from "../auth/roles";
import { EditConflictError, toErrorResponse } from "../errors";
import type { ActionResult } from "./action-result";

/** After a successful run: a result for the form, or a page to go to. */
export type ActionOutcome = { ok: true; message: string; href?: string } | { redirect: string };

type ActionSpec<S extends z.ZodType, R> = {
  /** The least role that may call it. */
  role: Role;
  /** The shape of the form, parsed from `read(form)`. */
  schema: S;
  /** The raw input from the form (default: its fields as an object, the last value of each). */
  read?: (form: FormData) => unknown;
  /** The message for invalid input (its field errors go along). */
  invalid?: (error: z.ZodError) => string;
  /** The one lib call; its errors become the form's message (an edit conflict shows both sides). */
  run: (input: z.output<S>, user: CurrentUser) => Promise<R>;
  /** The page (and its layout's pages) that show what changed. */
  revalidate: (input: z.output<S>) => string;
  done: (result: R, input: z.output<S>) => ActionOutcome;
  /** The form field that carries the version the editor saw (replaced by the saved one for "Apply mine again"). */
  versionField?: string;
  /** Adjusts "Apply mine again" for forms that carry versions of several rows. */
  onConflict?: (error: EditConflictError, resubmit: [string, string][]) => [string, string][];
  /** For a form that serves many rows: the row a submission is about, given with every result (`subject`). */
  subject?: (form: FormData) => string | undefined;
};

/**
 * A server action, in the one order every form relies on (as route handlers rely on
 * lib/api/handle.ts): who is calling (nothing is read for a caller without the role), the form
 * parsed with zod (field errors back to the form), the lib call, an edit conflict turned into
 * both versions and the fields to apply mine again, other errors into their message, and the
 * changed pages revalidated. `intent=keep-theirs` (from the conflict notice) saves nothing and
 * shows what is stored now.
 */
export function defineAction<S extends z.ZodType, R>(spec: ActionSpec<S, R>) {
  const run = runAction(spec);
  if (!spec.subject) return run;
  const subjectOf = spec.subject;
  return async (previous: ActionResult | null, form: FormData): Promise<ActionResult> => {
    const subject = subjectOf(form);
    const result = await run(previous, form);
    return subject === undefined ? result : { ...result, subject };
  };
}

function runAction<S extends z.ZodType, R>(spec: ActionSpec<S, R>) {
  return async (_previous: ActionResult | null, form: FormData): Promise<ActionResult> => {
    let outcome: ActionOutcome;
    let path: string;
    try {
      const user = await authorize(spec.role);
      const parsed = spec.schema.safeParse((spec.read ?? Object.fromEntries)(form));
      if (!parsed.success) {
        return {
          ok: false,
          message: spec.invalid?.(parsed.error) ?? "Please correct the marked fields.",
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        };
      }
      path = spec.revalidate(parsed.data);
      if (form.get("intent") === "keep-theirs") {
        revalidatePath(path, "layout");
        return { ok: true, message: "Kept theirs: this is what is saved now." };
      }
      outcome = spec.done(await spec.run(parsed.data, user), parsed.data);
    } catch (error) {
      return failed(error, form, spec);
    }
    revalidatePath(path, "layout");
    // Outside the try: Next.js redirects by throwing.
    if ("redirect" in outcome) redirect(outcome.redirect);
    return outcome;
  };
}

function failed<S extends z.ZodType, R>(error: unknown, form: FormData, spec: ActionSpec<S, R>): ActionResult {
  if (error instanceof EditConflictError) {
    const versionField = spec.versionField ?? "expectedVersion";
    const resubmit = [...form.entries()].flatMap(([name, value]): [string, string][] =>
      typeof value !== "string" || name === "intent" || name.startsWith("$ACTION") ? [] : [[name, name === versionField ? String(error.current.version) : value]],
    );
    return {
      ok: false,
      message: `Someone saved this ${error.entityType} while you were looking. Nothing of yours was saved: compare and choose.`,
      conflict: { entityType: error.entityType, current: error.current, attempted: error.attempted, resubmit: spec.onConflict?.(error, resubmit) ?? resubmit },
    };
  }
  return { ok: false, message: toErrorResponse(error).body.error };
}
