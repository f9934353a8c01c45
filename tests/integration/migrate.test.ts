import pg from "pg";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { runAdminSql, urlForDatabase } from "@/lib/db/admin-sql";
import { applyMigrations, readMigrations, type Migration } from "@/lib/db/migrate";
import { uniqueDatabaseName } from "../support/database-admin";

// Starts from an empty database (not the migrated template) to exercise the runner itself.
const { serverUrl } = inject("testDatabase");
const name = uniqueDatabaseName("claimdiff_migrate");
const url = urlForDatabase(serverUrl, name);

beforeAll(() => runAdminSql(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}`));
afterAll(() => runAdminSql(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));

test("three runners starting at once apply each migration exactly once, as Prisma records it", async () => {
  const reports = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
  const migrations = await readMigrations();
  expect(reports.flatMap((r) => r.applied).sort()).toEqual(migrations.map((m) => m.name).sort());

  const { rows } = await runAdminSql(
    url,
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations"`,
  );
  expect(rows).toEqual(
    migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum, finished: true, applied_steps_count: 1 })),
  );
});

test("a failing migration is rolled back whole and left unrecorded", async () => {
  const broken: Migration = {
    name: "29991231000000_broken",
    sql: `CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";`,
    checksum: "0".repeat(64),
  };
  await expect(applyMigrations(url, [broken])).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
  const { rows } = await runAdminSql(url, `SELECT to_regclass('half_done') AS t, (SELECT count(*) FROM "_prisma_migrations" WHERE migration_name = $1)::int AS n`, [broken.name]);
  expect(rows[0]).toEqual({ t: null, n: 0 });
});

test("reports an applied migration whose file changed since", async () => {
  const [first] = await readMigrations();
  const report = await applyMigrations(url, [{ ...first!, checksum: "f".repeat(64) }]);
  expect(report).toEqual({ applied: [], alreadyApplied: 1, modified: [first!.name] });
});
