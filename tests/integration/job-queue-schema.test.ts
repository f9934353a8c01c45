import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { openJobQueue, QUEUES } from "@/lib/jobs";
import { describeSchemaDrift, snapshotFromDatabase, snapshotFromPrismaSchema } from "../support/schema-drift";
import { setupTestDatabase } from "../support/setup-test-database";

const databaseUrl = setupTestDatabase();
const queues: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const queue of queues) await queue.stop();
});

// pg-boss creates and migrates its own schema ("pgboss") when a queue opens. It must work on this
// server (the embedded PostgreSQL, or the PostgreSQL 15 service under DATABASE_URL), several
// processes opening it at once must not trip over each other, and the schema-drift check, which
// compares our models with the database, must not see pg-boss's tables.
describe("the job queue's own schema", () => {
  test("is created by the first queue to open, also when several open at once", async () => {
    const opened = await Promise.all(
      [1, 2, 3].map(() => openJobQueue({ connectionString: databaseUrl(), timeoutSeconds: 30, supervise: false, poolSize: 1 })),
    );
    queues.push(...opened);
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>("SELECT name FROM pgboss.queue ORDER BY name");
      expect(rows.map((row) => row.name)).toEqual(Object.values(QUEUES).sort());
    } finally {
      await client.end();
    }
  });

  test("a message sent is found again by its item's id, and a second send of the same id adds nothing", async () => {
    const queue = await openJobQueue({ connectionString: databaseUrl(), timeoutSeconds: 30, supervise: false, poolSize: 1 });
    queues.push(queue);
    const id = "6a0c5d3e-2f55-4c1e-9a40-0b6f9d2c1e11";
    await queue.enqueue(QUEUES.importItem, [id]);
    await queue.enqueue(QUEUES.importItem, [id]);
    expect(await queue.stateOf(QUEUES.importItem, id)).toEqual({ state: "waiting", error: null });
    expect(await queue.stateOf(QUEUES.importItem, "6a0c5d3e-2f55-4c1e-9a40-0b6f9d2c1e12")).toEqual({ state: "missing", error: null });
  });

  test("is not seen by the schema-drift check", async () => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'pgboss'");
      expect(rows[0].tables).toBeGreaterThan(0);
      expect(describeSchemaDrift(snapshotFromPrismaSchema(), await snapshotFromDatabase(client))).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
