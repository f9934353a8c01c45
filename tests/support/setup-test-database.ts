import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { runAdminSql, uniqueDatabaseName, urlForDatabase } from "./database-admin";

/**
 * Gives the calling test file a freshly migrated database of its own, pointed to by
 * DATABASE_URL (so lib/db's lazy client uses it), and drops it after the file's tests.
 * Returns a getter for its URL.
 */
export function setupTestDatabase(): () => string {
  const { serverUrl, template } = inject("testDatabase");
  const name = uniqueDatabaseName("claimdiff_test");
  const url = urlForDatabase(serverUrl, name);

  beforeAll(async () => {
    await runAdminSql(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await disconnectDb();
    await runAdminSql(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  });
  return () => url;
}
