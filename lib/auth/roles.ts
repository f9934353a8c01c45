import { z } from "zod";
import { visibleTextSchema } from "../text/visible-text";
import { passwordSchema } from "./password-rule";

/** admin: users and everything; editor: import, claims, facets, annotations, verdicts; viewer: read and export. */
export const roleSchema = z.enum(["admin", "editor", "viewer"]);
export type Role = z.infer<typeof roleSchema>;

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether someone with `role` may do what `needed` may do (roles are nested: admin ⊃ editor ⊃ viewer). */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** An account's id as forms and addresses carry it (the auth library makes UUIDs). */
export const userIdSchema = z
  .string()
  .trim()
  .min(1, "not an account id")
  .max(100, "not an account id")
  .regex(/^[A-Za-z0-9_-]+$/, "not an account id");

/** A new account: what an admin or the CLI gives. */
export const createUserInputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: visibleTextSchema({ max: 200, what: "name" }).optional(),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;
