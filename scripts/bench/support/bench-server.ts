import { spawn } from "node:child_process";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { runAdminSql, urlForDatabase } from "@/lib/db/admin-sql";
import { embeddedUrl } from "@/lib/db/embedded-url";
import { readEnv } from "@/lib/env";

const ROOT = path.join(import.meta.dirname, "../../..");

/** The demo admin the bench server creates (start.ts makes it on an empty database). */
export const BENCH_ADMIN = { email: "admin@claimdiff.example", password: "bench-demo-password" };

export type BenchServer = {
  /** Where the app answers, e.g. http://127.0.0.1:3600. */
  baseUrl: string;
  /** The app's database, for seeding. */
  databaseUrl: string;
  /** Stops the app and its PostgreSQL (SIGTERM), and drops a database made on DATABASE_URL's server. */
  stop(): Promise<void>;
  /** The app's process (npm start's script), parent of the server and the worker. */
  pid: number;
};

/**
 * The production app as `npm start` serves it (built if needed), on a database of its own that
 * holds the demo event and the demo admin: a new database on DATABASE_URL's server, or a fresh
 * embedded PostgreSQL under <CLAIMDIFF_DATA_DIR>/bench on CLAIMDIFF_PG_PORT + 3 (the tests use
 * the next two ports). The app listens on PORT. `cpuProfileDir`: the app's processes write CPU
 * profiles there (`--cpu-prof`) when stopped.
 */
export async function startBenchServer(options: { cpuProfileDir?: string } = {}): Promise<BenchServer> {
  const env = readEnv();
  await mkdir(path.join(ROOT, env.CLAIMDIFF_DATA_DIR), { recursive: true });
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(env.PORT), CLAIMDIFF_DEMO_ADMIN_PASSWORD: BENCH_ADMIN.password };
  if (options.cpuProfileDir) {
    // Every Node process of the app (start.ts, the server, the worker) writes a V8 CPU profile
    // when it exits (see cpu-profile.mjs); stop() ends them with SIGTERM, which they answer by
    // exiting cleanly. The server's is serve-<pid>.cpuprofile. Only the children are profiled.
    const dir = path.resolve(options.cpuProfileDir);
    await mkdir(dir, { recursive: true });
    childEnv.CLAIMDIFF_CPU_PROFILE_DIR = dir;
    childEnv.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import=${path.join(import.meta.dirname, "cpu-profile.mjs")}`].filter(Boolean).join(" ");
  }
  let databaseUrl: string;
  let dropDatabase = async () => {};
  if (env.DATABASE_URL) {
    const database = `claimdiff_bench_${process.pid}`;
    await runAdminSql(env.DATABASE_URL, `CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    databaseUrl = urlForDatabase(env.DATABASE_URL, database);
    childEnv.DATABASE_URL = databaseUrl;
    dropDatabase = async () => {
      await runAdminSql(env.DATABASE_URL!, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    };
  } else {
    const dataDir = path.join(env.CLAIMDIFF_DATA_DIR, "bench");
    await rm(path.resolve(ROOT, dataDir), { recursive: true, force: true });
    const port = env.CLAIMDIFF_PG_PORT + 3;
    childEnv.CLAIMDIFF_DATA_DIR = dataDir;
    childEnv.CLAIMDIFF_PG_PORT = String(port);
    databaseUrl = embeddedUrl(port);
  }

  const logFile = path.join(ROOT, env.CLAIMDIFF_DATA_DIR, `bench-app-${env.PORT}.log`);
  console.log(`Starting the app (npm start's script; it builds first when the build is missing or stale); its output: ${logFile}`);
  const log = await open(logFile, "w");
  const app = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: childEnv,
    stdio: ["ignore", log.fd, log.fd],
  });
  await log.close();
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
  const stop = async () => {
    if (app.exitCode === null && app.signalCode === null) {
      app.kill("SIGTERM");
      await exited;
    }
    await dropDatabase();
  };

  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (app.exitCode !== null) {
      await dropDatabase();
      throw new Error(`the app exited (code ${app.exitCode}) before serving; see ${logFile}`);
    }
    const status = await fetch(`${baseUrl}/sign-in`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the app did not serve /sign-in within 15 minutes");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl, databaseUrl, stop, pid: app.pid ?? 0 };
}
