"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { signInFailureMessage } from "@/lib/auth/sign-in-failure";
import { sameOriginPath } from "@/lib/http/same-origin-path";

/** A refused sign-in: why, and the email as typed, so the form shows it again. */
export type SignInResult = { ok: false; message: string; email: string } | null;

const signInSchema = z.object({
  email: z.email("enter your email address").trim().toLowerCase().max(320),
  password: z.string().min(1, "enter your password").max(256, "that password is too long"),
  // Only paths of this site, resolved as a browser would (lib/http/same-origin-path.ts).
  next: z.unknown().transform((next) => sameOriginPath(next)),
});

/** POST (server action) – sign in with email and password; sets the httpOnly session cookie. */
export async function signInAction(_previous: SignInResult, form: FormData): Promise<SignInResult> {
  const typed = form.get("email");
  const email = typeof typed === "string" ? typed.slice(0, 320) : "";
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password"), next: form.get("next") });
  if (!parsed.success) return { ok: false, message: capitalize(parsed.error.issues[0]?.message ?? "check your email and password"), email };
  try {
    await getAuth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    const message = signInFailureMessage(error);
    if (message === null) throw error;
    return { ok: false, message, email };
  }
  redirect(parsed.data.next);
}

function capitalize(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

/** POST (server action) – sign out this browser. */
export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}

/** POST (server action) – sign out on every device (revokes all of this user's sessions). */
export async function signOutEverywhereAction(): Promise<void> {
  await getAuth().api.revokeSessions({ headers: await headers() });
  redirect("/sign-in");
}
