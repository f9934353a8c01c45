import "server-only";
import { createShareToken, hashShareToken } from "../share/share-token";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { getDb } from "./client";

/** Creates a read-only link to the event's report; returns the token, which is shown only now. */
export async function createShareLink(eventId: string, expiresInDays: number, actor: string): Promise<string> {
  const { token, hash } = createShareToken();
  await getDb().$transaction(async (tx) => {
    const link = await tx.shareLink.create({
      data: { eventId, tokenHash: hash, createdBy: actor, expiresAt: new Date(Date.now() + expiresInDays * 86_400_000) },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, { actor, action: "create", entityType: "share-link", entityId: link.id, eventId, after: { expiresAt: link.expiresAt.toISOString() } });
  });
  return token;
}

/** The event's share links, newest first, for the event page. */
export async function findShareLinks(eventId: string) {
  return getDb().shareLink.findMany({
    where: { eventId },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true },
  });
}

/** Revokes a link of this event; a revoked link shows nothing any more. */
export async function revokeShareLink(eventId: string, linkId: string, actor: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.shareLink.updateMany({ where: { id: linkId, eventId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new AppError("NOT_FOUND", "That link does not exist or was already revoked.");
    await recordAudit(tx, { actor, action: "delete", entityType: "share-link", entityId: linkId, eventId });
  });
}

/** The slug of the event a live (not expired, not revoked) link opens, or null. */
export async function findEventSlugByShareToken(token: string): Promise<string | null> {
  const link = await getDb().shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { expiresAt: true, revokedAt: true, event: { select: { slug: true } } },
  });
  if (!link || link.revokedAt || link.expiresAt <= new Date()) return null;
  return link.event.slug;
}
