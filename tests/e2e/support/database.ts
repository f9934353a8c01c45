import { readFileSync } from "node:fs";
import pg from "pg";
import { E2E_DATABASE_URL_FILE } from "../../../playwright.config";

/**
 * Rows that a refused request may legitimately add: sign-in bookkeeping. Every other table must
 * hold exactly as many rows after a refused request as before it.
 */
const BOOKKEEPING = new Set(["_prisma_migrations", "sign_in_attempt", "auth_session", "auth_verification"]);

let client: pg.Client | null = null;

/** The URL of the database of the app under test (written down by scripts/e2e-server.ts). */
export function e2eDatabaseUrl(): string {
  return readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim();
}

/** A connection to the database of the app under test. */
export async function e2eDatabase(): Promise<pg.Client> {
  if (!client) {
    client = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await client.connect();
  }
  return client;
}

export async function closeE2eDatabase(): Promise<void> {
  await client?.end();
  client = null;
}

/** How many rows each table holds (bookkeeping tables left out), in one statement. */
export async function countRows(): Promise<Record<string, number>> {
  const db = await e2eDatabase();
  const { rows: tables } = await db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const counted = tables.map((t) => t.name).filter((name) => !BOOKKEEPING.has(name));
  const select = counted.map((name) => `(SELECT count(*) FROM ${pg.escapeIdentifier(name)})::int AS ${pg.escapeIdentifier(name)}`).join(", ");
  const { rows } = await db.query<Record<string, number>>(`SELECT ${select}`);
  return rows[0] ?? {};
}
