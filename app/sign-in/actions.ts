"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";

export type SignInResult = { message: string } | null;

const signInSchema = z.object({
  email: z.email("enter your email address").trim().toLowerCase(),
  password: z.string().min(1, "enter your password").max(256),
  // Only paths inside the app, so the form cannot be used to send people elsewhere.
  next: z
    .string()
    .regex(/^\/(?!\/)[\w\-/.?=&%]*$/)
    .catch("/events"),
});

/** POST (server action) – sign in with email and password; sets the httpOnly session cookie. */
export async function signInAction(_previous: SignInResult, form: FormData): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "Check your email and password." };
  try {
    await getAuth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    if (error instanceof APIError && error.status === "TOO_MANY_REQUESTS") {
      return { message: error.message || "Too many attempts. Wait a few minutes, then try again." };
    }
    if (error instanceof APIError) return { message: "That email and password do not match an account." };
    throw error;
  }
  redirect(parsed.data.next);
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
