import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { createUser } from "@/lib/db/create-user";
import { findUsers } from "@/lib/db/users";

// GET /api/users – every account with its role
export const GET = handle(operations.listUsers, async () => {
  const users = await findUsers();
  return {
    users: users.map(({ _count, createdAt, ...user }) => ({ ...user, createdAt: createdAt.toISOString(), sessions: _count.sessions })),
  };
});

// POST /api/users – create an account that signs in with email and password
export const POST = handle(operations.createUser, async ({ body, user }) => {
  const id = await createUser(body, user.id);
  return { id, email: body.email, role: body.role };
});
