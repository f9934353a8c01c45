import "server-only";
import { getDb, type DbClient, type Prisma } from "./client";

export type AuditEntry = {
  actor: string;
  action: "create" | "update" | "delete" | "restore";
  entityType:
    | "event"
    | "outlet"
    | "article"
    | "revision"
    | "facet"
    | "claim"
    | "annotation"
    | "reply"
    | "verdict"
    | "user"
    | "share-link"
    | "copy group"
    | "copy decision";
  entityId: string;
  eventId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends to the record. Call it with the transaction client of the change it describes. */
export async function recordAudit(tx: DbClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}

/** The changes of one event, newest first, a page at a time (`before`: the last id seen). */
export async function findAuditEventsForEvent(eventId: string, options: { take?: number; before?: bigint } = {}) {
  const take = options.take ?? 100;
  const rows = await getDb().auditEvent.findMany({
    where: { eventId, ...(options.before ? { id: { lt: options.before } } : {}) },
    orderBy: { id: "desc" },
    take: take + 1,
    select: { id: true, at: true, actor: true, action: true, entityType: true, entityId: true, before: true, after: true },
  });
  const page = rows.slice(0, take);
  // Actors are user ids, or "cli"/"demo" for changes made outside the app: name the people.
  const users = await getDb().user.findMany({
    where: { id: { in: [...new Set(page.map((row) => row.actor))] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return { rows: page.map((row) => ({ ...row, actorName: names.get(row.actor) ?? row.actor })), hasMore: rows.length > take };
}
