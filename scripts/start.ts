// npm start – build if needed, start (or join) the database, migrate, load the demo into an
// empty database, and serve the app. Ctrl-C stops Next.js, then PostgreSQL.
import { spawn } from "node:child_process";
import path from "node:path";
import { disconnectDb } from "@/lib/db/client";
import { isDatabaseEmpty } from "@/lib/db/events";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { readEnv } from "@/lib/env";
import { createDemoAdmin } from "./lib/create-demo-admin";
import { ensureAuthSecret } from "./lib/ensure-auth-secret";
import { ensureBuilt } from "./lib/ensure-built";
import { loadDemo } from "./lib/load-demo";

const ROOT = path.join(import.meta.dirname, "..");

async function main(): Promise<void> {
  const env = readEnv();
  await ensureBuilt();

  const secret = await ensureAuthSecret(env.CLAIMDIFF_DATA_DIR);
  const database = await openDatabase(env);
  const where = env.DATABASE_URL
    ? "the server of DATABASE_URL"
    : `the embedded PostgreSQL in ${env.CLAIMDIFF_DATA_DIR}/ (port ${env.CLAIMDIFF_PG_PORT})`;
  console.log(`Database: ${where}`);
  const stopDatabase = once(() => database.stop());

  try {
    const migrations = await applyMigrations(database.url);
    if (migrations.applied.length) console.log(`Applied ${migrations.applied.length} migration(s).`);
    process.env.DATABASE_URL = database.url;
    if (await isDatabaseEmpty()) {
      const { slug, summary } = await loadDemo();
      console.log(`Loaded the demo event "${slug}" (${summary.counts.created} articles).`);
    }
    const admin = await createDemoAdmin();
    if (admin) {
      console.log(
        `\nDemo admin created. Sign in with\n  email:    ${admin.email}\n  password: ${admin.password}\n` +
          "This password is shown only now. Create your own accounts with `npm run cli -- user create`.\n",
      );
    }
    await disconnectDb();
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const next = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(env.PORT)], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: database.url, BETTER_AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
  });
  console.log(`Claimdiff: http://localhost:${env.PORT}  (Ctrl-C to stop)`);

  const shutdown = once(async (code: number) => {
    if (next.exitCode === null && next.signalCode === null) {
      next.kill("SIGTERM");
      await new Promise((resolve) => next.once("exit", resolve));
    }
    await stopDatabase();
    process.exit(code);
  });
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

function once<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let result: Promise<R> | undefined;
  return (...args) => (result ??= fn(...args));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
