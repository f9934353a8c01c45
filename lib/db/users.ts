import "server-only";
import type { Role } from "../auth/roles";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/** Every account, admins first, for the users page and API. */
export async function findUsers() {
  return getDb().user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, createdAt: true, _count: { select: { sessions: true } } },
  });
}

/**
 * Gives an account another role. Refuses to demote the last admin, so the newsroom can never
 * lock itself out. Throws NOT_FOUND for an unknown user.
 */
export async function setUserRole(userId: string, role: Role, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    // Serializes role changes, so two admins demoting each other cannot leave no admin at all.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('user-roles'))`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!user) throw new AppError("NOT_FOUND", "That account does not exist.");
    if (user.role === role) return;
    if (user.role === "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
      throw new AppError("CONFLICT", "This is the last admin; make someone else admin first.");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: userId, before: { role: user.role }, after: { role } });
  });
}

/** Signs an account out everywhere (deletes its sessions); for a lost laptop or a leaver. */
export async function revokeUserSessions(userId: string, actor: string): Promise<number> {
  return getDb().$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "That account does not exist.");
    }
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, { actor, action: "update", entityType: "user", entityId: userId, after: { sessionsRevoked: count } });
    return count;
  });
}
