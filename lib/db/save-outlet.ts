import "server-only";
import type { OutletForm, UpdateOutletInput } from "../articles/schema";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { getDb, type DbClient } from "./client";

/** Throws CONFLICT, in words, when another outlet has this name or domain. */
async function checkUnique(tx: DbClient, outlet: OutletForm, exceptId?: string): Promise<void> {
  const other = await tx.outlet.findFirst({
    where: { OR: [{ name: outlet.name }, ...(outlet.domain ? [{ domain: outlet.domain }] : [])], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, domain: true },
  });
  if (!other) return;
  throw new AppError("CONFLICT", other.name === outlet.name ? `There is already an outlet named “${other.name}”.` : `The outlet “${other.name}” already has the domain ${other.domain}.`);
}

/** Creates an outlet. Throws CONFLICT when another has its name or domain. */
export async function createOutlet(outlet: OutletForm, actor: string) {
  return getDb().$transaction(async (tx) => {
    await checkUnique(tx, outlet);
    const created = await tx.outlet.create({ data: outlet, select: { id: true, name: true, domain: true, country: true, language: true, version: true } });
    await recordAudit(tx, { actor, action: "create", entityType: "outlet", entityId: created.id, after: outlet });
    return created;
  });
}

/**
 * Corrects an outlet's name, domain, country and language, if it is still at the version the
 * editor saw. Throws NOT_FOUND, CONFLICT (name or domain taken) or EditConflictError.
 * @returns the outlet's new version.
 */
export async function updateOutlet(id: string, input: UpdateOutletInput, actor: string): Promise<{ version: number }> {
  return getDb().$transaction(async (tx) => {
    const select = { name: true, domain: true, country: true, language: true, version: true } as const;
    const outlet = await tx.outlet.findUnique({ where: { id }, select });
    if (!outlet) throw new AppError("NOT_FOUND", "That outlet does not exist.");
    const { expectedVersion, ...next } = input;
    const attempted = { ...next, version: expectedVersion };
    if (outlet.version !== expectedVersion) throw new EditConflictError("outlet", id, outlet, attempted);
    const changed = (Object.keys(next) as (keyof OutletForm)[]).filter((key) => outlet[key] !== next[key]);
    if (changed.length === 0) return { version: outlet.version };
    await checkUnique(tx, next, id);
    const { count } = await tx.outlet.updateMany({ where: { id, version: expectedVersion }, data: { ...next, version: { increment: 1 } } });
    if (count === 0) throw new EditConflictError("outlet", id, (await tx.outlet.findUniqueOrThrow({ where: { id }, select }))!, attempted);
    const version = outlet.version + 1;
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "outlet",
      entityId: id,
      before: { ...Object.fromEntries(changed.map((key) => [key, outlet[key]])), version: outlet.version },
      after: { ...Object.fromEntries(changed.map((key) => [key, next[key]])), version },
    });
    return { version };
  });
}
