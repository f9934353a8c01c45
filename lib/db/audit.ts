import "server-only";
import type { DbClient, Prisma } from "./client";

export type AuditEntry = {
  actor: string;
  action: "create" | "update" | "delete" | "restore";
  entityType: "event" | "outlet" | "article" | "revision" | "facet" | "claim" | "annotation" | "verdict";
  entityId: string;
  eventId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends to the record. Call it with the transaction client of the change it describes. */
export async function recordAudit(tx: DbClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}

/** The newest changes of one event, newest first. */
export async function findAuditEventsForEvent(db: DbClient, eventId: string, take = 100) {
  return db.auditEvent.findMany({
    where: { eventId },
    orderBy: { id: "desc" },
    take,
    select: { id: true, at: true, actor: true, action: true, entityType: true, entityId: true },
  });
}
