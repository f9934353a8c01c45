import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { getAuth } from "./auth";
import { hasRole, roleSchema, type Role } from "./roles";

export type CurrentUser = { id: string; email: string; name: string; role: Role };

// The one place that reads the request's session: pages, server actions and route handlers all
// come through here, so the rule "who may do what" lives in `hasRole` alone.

/**
 * The signed-in user of this request, or null. Asked once per request: the layout, a page's
 * metadata and the page itself each want it, and each ask is a query on the session table
 * (React's `cache` keeps the answer for the request being rendered; outside a render, as in a
 * route handler, every call asks).
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const role = roleSchema.safeParse(session.user.role);
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role: role.success ? role.data : "viewer",
  };
});

/**
 * For server actions and route handlers: the user, when signed in with at least `needed`.
 * Throws UNAUTHORIZED (401) or FORBIDDEN (403) otherwise, before anything is read or written.
 */
export async function authorize(needed: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
  if (!hasRole(user.role, needed)) throw new AppError("FORBIDDEN", `This needs the ${needed} role; you are a ${user.role}.`);
  return user;
}

/** For pages: the user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireSignedIn(returnTo = "/events"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}
