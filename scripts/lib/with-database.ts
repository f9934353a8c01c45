import { disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";

/**
 * Runs `fn` against the configured database (DATABASE_URL, or the embedded one, joined if
 * `npm start` is already running it), migrated to the current schema; closes everything after.
 */
export async function withDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    return await fn();
  } finally {
    await disconnectDb();
    await database.stop();
  }
}
