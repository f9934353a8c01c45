import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { CreateUserInput } from "../auth/roles";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/**
 * Creates an account that signs in with email and password, hashed by the auth library the same
 * way sign-in verifies it. Throws CONFLICT when the email is taken. Returns the user id.
 */
export async function createUser(input: CreateUserInput, actor: string): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `There is already an account for ${input.email}.`);
    }
    const id = randomUUID();
    await tx.user.create({
      data: {
        id,
        email: input.email,
        name: input.name ?? input.email.split("@")[0]!,
        role: input.role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
      },
    });
    await recordAudit(tx, { actor, action: "create", entityType: "user", entityId: id, after: { email: input.email, role: input.role } });
    return id;
  });
}

/** True when nobody can sign in yet (a fresh database, where the demo admin gets created). */
export async function hasNoUsers(): Promise<boolean> {
  return (await getDb().user.count()) === 0;
}
