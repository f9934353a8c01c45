// npm start – build if needed while starting (or joining) the database, migrating it and loading
// the demo into an empty one, then serve the app with a worker of the job queue beside it. Ctrl-C
// stops Next.js and the worker, then PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate";
import { databaseUrlOf, openDatabase } from "@/lib/db/open-database";
import { readStartState } from "@/lib/db/start-state";
import { type Env, readEnv } from "@/lib/env";
import { ensureAuthSecret } from "./lib/ensure-auth-secret";
import { ensureBuilt } from "./lib/ensure-built";
import { ensureServerBundle, SERVER_BUNDLE } from "./lib/server-bundle";
import { serverNodeFlags } from "./lib/server-node-flags.mjs";
import { markTimeline } from "./lib/timeline";

const ROOT = path.join(import.meta.dirname, "..");

async function main(): Promise<void> {
  markTimeline("start.ts loaded");
  const env = readEnv();
  const secret = await ensureAuthSecret(env.CLAIMDIFF_DATA_DIR);
  // The server an earlier start's bundle allowed to start before this file loaded; it has not
  // listened yet, and is stopped when the build or the bundle turns out stale.
  const early = (globalThis as { claimdiffEarlyServer?: ChildProcess }).claimdiffEarlyServer ?? null;
  // The build and the database need nothing of each other: on a first start, prepare both at once.
  const preparing = prepareDatabase(env);
  let current: boolean;
  try {
    const built = await ensureBuilt(() => stopChild(early));
    markTimeline("build checked");
    const bundled = await ensureServerBundle();
    current = !built && !bundled;
  } catch (error) {
    await stopChild(early);
    const prepared = await preparing.catch(() => null);
    await prepared?.stopDatabase();
    throw error;
  }

  let stopping = false;
  const childEnv = { ...process.env, DATABASE_URL: databaseUrlOf(env), BETTER_AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1", CLAIMDIFF_PRELOAD_ROUTES: "0" };
  // Our server (scripts/serve.ts, bundled by server-bundle.ts), not `next start`: it decides who is
  // calling from the socket. It takes about as long to start as the database takes to be ready, so
  // it starts before the database is (at once, by start-server-early.mjs, on a second start) and
  // listens once the database is ready.
  let next: ChildProcess;
  if (early && current && early.exitCode === null) {
    next = early;
  } else {
    await stopChild(early);
    next = spawn(process.execPath, [...serverNodeFlags(), SERVER_BUNDLE], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit", "ipc"], env: childEnv });
    markTimeline("server spawned");
  }
  const served = new Promise<void>((resolve) => next.on("message", (message) => message === "served" && resolve()));

  // A worker beside the app works the job queue (bulk imports, extractions); it is started again
  // if it dies, and whatever it was doing is taken up where the queue left it.
  let worker: ChildProcess | null = null;
  const startWorker = () => {
    if (stopping) return;
    markTimeline("worker spawned");
    worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: childEnv,
    });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`The worker stopped (${signal ?? `exit ${code}`}); starting it again.`);
      setTimeout(startWorker, 1000).unref();
    });
  };

  const shutdown = once(async (code: number) => {
    stopping = true;
    await Promise.all([stopChild(next), stopChild(worker)]);
    // Also when the server stopped while the database was still being prepared.
    const prepared = await preparing.catch(() => null);
    await prepared?.stopDatabase();
    process.exit(code);
  });
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code, signal) => {
    if (code !== 0 && !stopping) console.error(`Next.js stopped (${signal ? `signal ${signal}` : `exit code ${code}`}); stopping the database.`);
    void shutdown(code ?? 1);
  });

  let prepared: Awaited<typeof preparing>;
  try {
    prepared = await preparing;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return void shutdown(1);
  }
  if (stopping) return;
  // The server has been getting ready meanwhile; it listens from now on (scripts/serve.ts).
  // With where the database is and the auth secret: the early server was started without them.
  if (next.connected) next.send({ ready: "database", env: { DATABASE_URL: childEnv.DATABASE_URL, BETTER_AUTH_SECRET: secret } });
  for (const message of prepared.messages) console.log(message);
  console.log(`Claimdiff: http://localhost:${env.PORT}  (Ctrl-C to stop)`);
  // The worker loads the whole extraction engine: on two cores that would slow the server's start
  // and its first page, so it starts once the server has answered a request (or after 20 s).
  await Promise.race([served, new Promise((resolve) => setTimeout(resolve, 20_000).unref())]);
  startWorker();
}

/**
 * Starts (or joins) the database, migrates it, loads the demo into an empty one and creates the
 * demo admin on a database nobody can sign in to. What it has to say is returned, not printed, so
 * it does not drown in the build's output. Stops the database again when something fails.
 */
async function prepareDatabase(env: Env) {
  const database = await openDatabase(env);
  markTimeline("database started");
  const stopDatabase = once(() => database.stop());
  const where = env.DATABASE_URL
    ? "the server of DATABASE_URL"
    : `the embedded PostgreSQL in ${env.CLAIMDIFF_DATA_DIR}/ (port ${env.CLAIMDIFF_PG_PORT})`;
  const messages = [`Database: ${where}`];
  try {
    const migrations = await applyMigrations(database.url);
    if (migrations.applied.length) messages.push(`Applied ${migrations.applied.length} migration(s).`);
    process.env.DATABASE_URL = database.url;
    // Plain SQL: a second start has nothing to load or create, and Prisma's client is imported
    // (about a CPU second) only when there is.
    markTimeline("migrations checked");
    const state = await readStartState(database.url);
    let usedPrisma = false;
    if (state.noEvents) {
      // The demo's loader brings the whole extraction engine (about two seconds).
      const { loadDemo } = await import("./lib/load-demo");
      const { slug, summary } = await loadDemo();
      messages.push(`Loaded the demo event "${slug}" (${summary.counts.created} articles).`);
      usedPrisma = true;
    } else if (migrations.applied.length) {
      // A migration may have added something derived from the texts (the search index, copy groups).
      const { reindexEvents } = await import("@/lib/db/reindex-events");
      messages.push(`Indexed ${(await reindexEvents("start")).length} event(s) for search and copies.`);
      usedPrisma = true;
    }
    if (state.noUsers) {
      const { createDemoAdmin } = await import("./lib/create-demo-admin");
      const admin = await createDemoAdmin();
      usedPrisma = true;
      if (admin) {
        messages.push(
          `\nDemo admin created. Sign in with\n  email:    ${admin.email}\n  password: ${admin.password}\n` +
            "This password is shown only now. Create your own accounts with `npm run cli -- user create`.\n",
        );
      }
    }
    if (usedPrisma) await (await import("@/lib/db/client")).disconnectDb();
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  markTimeline("database prepared");
  return { database, stopDatabase, messages };
}

async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

function once<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let result: Promise<R> | undefined;
  return (...args) => (result ??= fn(...args));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
