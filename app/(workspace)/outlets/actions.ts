"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { outletFormSchema, updateOutletInputSchema } from "@/lib/articles/schema";
import { authorize } from "@/lib/auth/session";
import { createOutlet, updateOutlet } from "@/lib/db/save-outlet";
import { EditConflictError, toErrorResponse } from "@/lib/errors";

export type OutletResult = { ok: boolean; message: string; fieldErrors?: Record<string, string[] | undefined> };

/** The outlet form's fields; empty ones are null. */
function fields(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() ? value.trim() : null;
  };
  return { name: form.get("name") ?? "", domain: text("domain"), country: text("country"), language: text("language") };
}

/** POST (server action) – add an outlet to the shared list. */
export async function createOutletAction(_previous: OutletResult | null, form: FormData): Promise<OutletResult> {
  try {
    const actor = (await authorize("editor")).id;
    const input = outletFormSchema.safeParse(fields(form));
    if (!input.success) return { ok: false, message: "Please correct the marked fields.", fieldErrors: z.flattenError(input.error).fieldErrors };
    const created = await createOutlet(input.data, actor);
    revalidatePath("/outlets");
    return { ok: true, message: `Added “${created.name}”.` };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}

/** POST (server action) – correct an outlet, at the version the editor saw. */
export async function updateOutletAction(_previous: OutletResult | null, form: FormData): Promise<OutletResult> {
  const id = z.uuid().safeParse(form.get("id"));
  if (!id.success) return { ok: false, message: "This outlet cannot be edited from here." };
  try {
    const actor = (await authorize("editor")).id;
    const input = updateOutletInputSchema.safeParse({ ...fields(form), expectedVersion: Number(form.get("expectedVersion")) });
    if (!input.success) return { ok: false, message: "Please correct the marked fields.", fieldErrors: z.flattenError(input.error).fieldErrors };
    await updateOutlet(id.data, input.data, actor);
  } catch (error) {
    if (error instanceof EditConflictError) {
      revalidatePath("/outlets");
      return { ok: false, message: `Someone saved this outlet meanwhile (now: ${error.current.name}, ${error.current.domain ?? "no domain"}); nothing of yours was saved. The list shows theirs.` };
    }
    return { ok: false, message: toErrorResponse(error).body.error };
  }
  revalidatePath("/outlets");
  revalidatePath("/events", "layout");
  return { ok: true, message: "Saved." };
}
