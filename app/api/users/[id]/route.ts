import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { setUserRole } from "@/lib/db/users";

// PATCH /api/users/{id} – give an account another role
export const PATCH = handle(operations.setUserRole, async ({ params, body, user }) => {
  await setUserRole(params.id, body.role, user.id);
  return { id: params.id, role: body.role };
});
