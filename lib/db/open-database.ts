import { readEnv, type Env } from "../env";
import { embeddedUrl, startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";

/**
 * The database this process should use: the server of `DATABASE_URL` when set, otherwise the
 * embedded PostgreSQL under `CLAIMDIFF_DATA_DIR` (started here, or joined if already running).
 */
export async function openDatabase(env: Env = readEnv()): Promise<RunningDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, owned: false, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: env.CLAIMDIFF_DATA_DIR, port: env.CLAIMDIFF_PG_PORT });
}

/** The address openDatabase's database will have, known before it is started. */
export function databaseUrlOf(env: Env = readEnv()): string {
  return env.DATABASE_URL ?? embeddedUrl(env.CLAIMDIFF_PG_PORT);
}
