import { z } from "zod";

/** admin: users and everything; editor: import, claims, facets, annotations, verdicts; viewer: read and export. */
export const roleSchema = z.enum(["admin", "editor", "viewer"]);
export type Role = z.infer<typeof roleSchema>;

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Whether someone with `role` may do what `needed` may do (roles are nested: admin ⊃ editor ⊃ viewer). */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** A new account: what an admin or the CLI gives. */
export const createUserInputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200).optional(),
  role: roleSchema,
  password: z.string().min(10, "use at least 10 characters").max(256),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;
