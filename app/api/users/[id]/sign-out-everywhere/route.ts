import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { revokeUserSessions } from "@/lib/db/users";

// POST /api/users/{id}/sign-out-everywhere – end every session of an account
export const POST = handle(operations.signOutUserEverywhere, async ({ params, user }) => {
  const sessionsRevoked = await revokeUserSessions(params.id, user.id);
  return { id: params.id, sessionsRevoked };
});
