import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningDatabase } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { runAdminSql, uniqueDatabaseName, urlForDatabase } from "./database-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** A server URL, and a migrated database on it that test files copy (CREATE DATABASE … TEMPLATE). */
    testDatabase: { serverUrl: string; template: string };
  }
}

/**
 * Integration tests run against DATABASE_URL's server when set (CI's PostgreSQL service), else
 * against an embedded PostgreSQL of their own. Migrating once into a template and copying it per
 * test file keeps files isolated from each other and from other runs on a shared server.
 */
export default async function setup(project: TestProject) {
  const env = readEnv();
  const server: RunningDatabase = env.DATABASE_URL
    ? { url: env.DATABASE_URL, owned: false, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir: path.join(env.CLAIMDIFF_DATA_DIR, "test"),
        port: env.CLAIMDIFF_PG_PORT + 1,
      });

  const template = uniqueDatabaseName("claimdiff_tmpl");
  await runAdminSql(server.url, `CREATE DATABASE ${pg.escapeIdentifier(template)}`);
  await applyMigrations(urlForDatabase(server.url, template));
  project.provide("testDatabase", { serverUrl: server.url, template });

  return async () => {
    await runAdminSql(server.url, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(template)} WITH (FORCE)`);
    await server.stop();
  };
}
