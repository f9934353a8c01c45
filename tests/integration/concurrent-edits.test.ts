import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/db/create-user";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { setClaimStatus } from "@/lib/db/review-claims";
import { EditConflictError } from "@/lib/errors";
import { loadDemo } from "@/scripts/lib/load-demo";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

// Two saves in flight at a time need two connections; a small pool keeps this file from crowding
// the server that the other test files share.
const poolSize = process.env.DB_POOL_SIZE;
process.env.DB_POOL_SIZE = "4";
afterAll(() => {
  process.env.DB_POOL_SIZE = poolSize;
});

const SAVES_PER_EDITOR = 500;

type Outcome = { landed: number; refused: number; other: unknown[]; versionsLanded: number[] };

/**
 * One editor at work: reads the claim as the page would show it, then flips its status on the
 * version it read. Every save must either land or be refused as a conflict; anything else is a bug.
 */
async function editLoop(claimId: string, actor: string): Promise<Outcome> {
  const outcome: Outcome = { landed: 0, refused: 0, other: [], versionsLanded: [] };
  for (let i = 0; i < SAVES_PER_EDITOR; i++) {
    const seen = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true, status: true } });
    const status = seen.status === "confirmed" ? "rejected" : "confirmed";
    try {
      const saved = await setClaimStatus({ claimId, status, expectedVersion: seen.version }, actor);
      if (!saved.changed || saved.version !== seen.version + 1) outcome.other.push(new Error(`landed without a change: ${JSON.stringify(saved)}`));
      outcome.landed += 1;
      outcome.versionsLanded.push(saved.version);
    } catch (error) {
      if (error instanceof EditConflictError && error.current.version > seen.version && error.attempted.version === seen.version) outcome.refused += 1;
      else outcome.other.push(error);
    }
  }
  return outcome;
}

describe("two editors saving the same claim at once", () => {
  let claimId: string;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    const { slug } = await loadDemo();
    const event = await getDb().event.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await extractEventClaims(event.id, "test");
    const claim = await getDb().claim.findFirstOrThrow({ where: { status: "proposed" }, orderBy: { id: "asc" }, select: { id: true, version: true } });
    expect(claim.version).toBe(1);
    claimId = claim.id;
    alice = await createUser({ email: "alice@newsroom.example", role: "editor", password: "correct horse battery" }, "test");
    bob = await createUser({ email: "bob@newsroom.example", role: "editor", password: "correct horse battery" }, "test");
  });

  test(
    `${SAVES_PER_EDITOR} saves each: every save lands or is refused, and the version and the record account for every landed one`,
    async () => {
      const [a, b] = await Promise.all([editLoop(claimId, alice), editLoop(claimId, bob)]);
      expect([...a.other, ...b.other]).toEqual([]);
      expect(a.landed + a.refused).toBe(SAVES_PER_EDITOR);
      expect(b.landed + b.refused).toBe(SAVES_PER_EDITOR);
      const landed = a.landed + b.landed;
      // The loops really overlapped: some saves were based on a version the other had replaced.
      expect(a.refused + b.refused).toBeGreaterThan(0);

      const claim = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
      expect(claim.version).toBe(1 + landed);
      // No two saves landed on the same version: each one was based on the one before it.
      expect(new Set([...a.versionsLanded, ...b.versionsLanded]).size).toBe(landed);

      const updates = await getDb().auditEvent.findMany({
        where: { entityType: "claim", entityId: claimId, action: "update" },
        select: { actor: true, after: true },
      });
      expect(updates).toHaveLength(landed);
      expect(updates.filter((u) => u.actor === alice)).toHaveLength(a.landed);
      expect(updates.filter((u) => u.actor === bob)).toHaveLength(b.landed);
      const versions = updates.map((u) => (u.after as { version: number }).version).sort((x, y) => x - y);
      expect(versions).toEqual(Array.from({ length: landed }, (_, i) => i + 2));
    },
    60_000,
  );

  test("two saves of the same version at the same moment: exactly one lands, the other is refused with both versions", async () => {
    for (let round = 0; round < 25; round++) {
      const { version, status } = await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true, status: true } });
      const results = await Promise.allSettled([
        setClaimStatus({ claimId, status: status === "confirmed" ? "rejected" : "confirmed", expectedVersion: version }, alice),
        setClaimStatus({ claimId, status: status === "proposed" ? "rejected" : "proposed", expectedVersion: version }, bob),
      ]);
      const landed = results.filter((r) => r.status === "fulfilled");
      const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
      expect(landed).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const conflict = refused[0];
      expect(conflict).toBeInstanceOf(EditConflictError);
      expect((conflict as EditConflictError).current.version).toBe(version + 1);
      expect((conflict as EditConflictError).attempted.version).toBe(version);
      expect((conflict as EditConflictError).code).toBe("CONFLICT");
    }
  });
});
