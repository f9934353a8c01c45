// Serves the app for end-to-end tests on a database of their own, so they never see or change
// the data of `npm start`: a new database on DATABASE_URL's server (dropped afterwards), or a
// fresh embedded PostgreSQL under .data/e2e.
import { spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { runAdminSql, urlForDatabase } from "@/lib/db/admin-sql";
import { embeddedUrl } from "@/lib/db/embedded-url";
import { readEnv } from "@/lib/env";

const ROOT = path.join(import.meta.dirname, "..");
const env = readEnv();
const childEnv: NodeJS.ProcessEnv = { ...process.env };
let cleanup = async () => {};

if (env.DATABASE_URL) {
  const database = `claimdiff_e2e_${process.pid}`;
  await runAdminSql(env.DATABASE_URL, `CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  childEnv.DATABASE_URL = urlForDatabase(env.DATABASE_URL, database);
  cleanup = async () => {
    await runAdminSql(env.DATABASE_URL!, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  };
} else {
  const dataDir = path.join(env.CLAIMDIFF_DATA_DIR, "e2e");
  await rm(dataDir, { recursive: true, force: true });
  childEnv.CLAIMDIFF_DATA_DIR = dataDir;
  childEnv.CLAIMDIFF_PG_PORT = String(env.CLAIMDIFF_PG_PORT + 2);
}

// The end-to-end tests count rows before and after hostile requests (tests/e2e/support/database.ts).
if (process.env.E2E_DATABASE_URL_FILE) {
  await mkdir(path.dirname(process.env.E2E_DATABASE_URL_FILE), { recursive: true });
  await writeFile(process.env.E2E_DATABASE_URL_FILE, childEnv.DATABASE_URL ?? embeddedUrl(Number(childEnv.CLAIMDIFF_PG_PORT)));
}

const app = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
  cwd: ROOT,
  stdio: "inherit",
  env: childEnv,
});
const stop = async (code: number) => {
  if (app.exitCode === null && app.signalCode === null) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
  await cleanup().catch((error: unknown) => console.error(error));
  process.exit(code);
};
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
app.on("exit", (code) => void stop(code ?? 1));

