"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createUserInputSchema, roleSchema, userIdSchema } from "@/lib/auth/roles";
import { authorize } from "@/lib/auth/session";
import { createUser } from "@/lib/db/create-user";
import { revokeUserSessions, setUserRole } from "@/lib/db/users";
import { toErrorResponse } from "@/lib/errors";

export type UserActionResult =
  | { ok: true; message: string; password?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

const inviteSchema = createUserInputSchema.omit({ password: true });

/** POST (server action) – create an account with a one-time password for the admin to pass on. */
export async function inviteUserAction(_previous: UserActionResult | null, form: FormData): Promise<UserActionResult> {
  try {
    const admin = await authorize("admin");
    const input = inviteSchema.safeParse({
      email: form.get("email"),
      name: form.get("name") || undefined,
      role: form.get("role"),
    });
    if (!input.success) {
      return { ok: false, message: "Please correct the marked fields.", fieldErrors: z.flattenError(input.error).fieldErrors };
    }
    const password = randomBytes(12).toString("base64url");
    await createUser({ ...input.data, password }, admin.id);
    revalidatePath("/admin/users");
    return { ok: true, message: `Created ${input.data.role} ${input.data.email}. Pass on this password; it is shown only now:`, password };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}

const roleChangeSchema = z.object({ userId: userIdSchema, role: roleSchema });

/** POST (server action) – give an account another role. */
export async function changeRoleAction(_previous: UserActionResult | null, form: FormData): Promise<UserActionResult> {
  try {
    const admin = await authorize("admin");
    const input = roleChangeSchema.parse({ userId: form.get("userId"), role: form.get("role") });
    await setUserRole(input.userId, input.role, admin.id);
    revalidatePath("/admin/users");
    return { ok: true, message: "Role changed." };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}

/** POST (server action) – sign an account out on every device. */
export async function revokeSessionsAction(_previous: UserActionResult | null, form: FormData): Promise<UserActionResult> {
  try {
    const admin = await authorize("admin");
    const userId = userIdSchema.parse(form.get("userId"));
    const count = await revokeUserSessions(userId, admin.id);
    revalidatePath("/admin/users");
    return { ok: true, message: `Signed out of ${count} session(s).` };
  } catch (error) {
    return { ok: false, message: toErrorResponse(error).body.error };
  }
}
