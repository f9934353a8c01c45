// npm run bench:first-start – what a newcomer waits for: a fresh `git clone` of this repository's
// HEAD into a temporary folder, then `npm install`, then `npm start` until the first page is
// served (the production build, the embedded PostgreSQL, the migrations, the demo event), then a
// second `npm start` until served. DATABASE_URL is unset (embedded PostgreSQL on
// CLAIMDIFF_PG_PORT), the app on PORT. The floor, measured in the same run, is `npm install`
// alone: what any Node.js app costs before it does anything of its own.
// `--quick` (CI): skips the clone and install and times only starts of this checkout, whose build
// is reused when current (a second start). `--keep` leaves the temporary folder.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEnv } from "@/lib/env";

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, keep: { type: "boolean", default: false } } });
const ROOT = path.join(import.meta.dirname, "../..");
const env = readEnv();
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(env.PORT), CLAIMDIFF_PG_PORT: String(env.CLAIMDIFF_PG_PORT) };
delete childEnv.DATABASE_URL;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function timed(label: string, command: string, commandArgs: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd, env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
  const took = performance.now() - started;
  console.log(`${label.padEnd(44)} ${seconds(took).padStart(8)}`);
  return took;
}

let starts = 0;

/**
 * `npm start` in `cwd` until GET /sign-in answers 200; then stops it (SIGTERM) and waits until
 * every process it started is gone. Its output goes to .data/first-start-<n>.log in `cwd`.
 */
async function startUntilServed(label: string, cwd: string): Promise<number> {
  mkdirSync(path.join(cwd, ".data"), { recursive: true });
  const log = openSync(path.join(cwd, ".data", `first-start-${++starts}.log`), "w");
  const started = performance.now();
  const app = spawn("npm", ["start"], { cwd, env: childEnv, stdio: ["ignore", log, log], detached: true });
  closeSync(log);
  const exited = new Promise<void>((resolve) => app.once("exit", () => resolve()));
  let served = false;
  let took = 0;
  try {
    while (!served) {
      if (app.exitCode !== null) throw new Error(`${label}: npm start exited with ${app.exitCode}`);
      served = await fetch(`http://127.0.0.1:${env.PORT}/sign-in`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (!served) await new Promise((resolve) => setTimeout(resolve, 100));
      if (performance.now() - started > 600_000) throw new Error(`${label}: not served after 10 minutes`);
    }
    took = performance.now() - started;
  } finally {
    // The whole group npm start made (npm, tsx, next, postgres), as Ctrl-C in a terminal does;
    // SIGTERM, so PostgreSQL shuts down cleanly. npm is gone before the rest: wait for all.
    const group = app.pid;
    if (group !== undefined && app.exitCode === null) process.kill(-group, "SIGTERM");
    await exited;
    while (group !== undefined && isAlive(-group)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`${label.padEnd(44)} ${seconds(took).padStart(8)}`);
  return took;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (args.quick) {
  console.log(`This checkout, PORT ${env.PORT}, embedded PostgreSQL on ${env.CLAIMDIFF_PG_PORT}`);
  await startUntilServed("npm start until /sign-in is served", ROOT);
  const second = await startUntilServed("again (build current, data kept)", ROOT);
  console.log(`\nsecond start: ${seconds(second)} (aim ≤ 5 s)`);
} else {
  if (spawnSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }).stdout.trim()) {
    console.log("Uncommitted changes in this checkout are not in the clone: it times HEAD.");
  }
  const folder = mkdtempSync(path.join(tmpdir(), "claimdiff-first-start-"));
  // As a home folder is: the embedded PostgreSQL runs as its own user when we are root.
  chmodSync(folder, 0o755);
  console.log(`Fresh clone of ${ROOT} (HEAD) in ${folder}, PORT ${env.PORT}, embedded PostgreSQL on ${env.CLAIMDIFF_PG_PORT}\n`);
  try {
    const clone = timed("git clone", "git", ["clone", "--quiet", "--no-hardlinks", ROOT, folder], tmpdir());
    const install = timed("npm install", "npm", ["install", "--no-audit", "--no-fund"], folder);
    const first = await startUntilServed("first npm start until /sign-in is served", folder);
    const second = await startUntilServed("second npm start until served", folder);
    const total = clone + install + first;
    console.log(`\nclone → first page served: ${seconds(total)} (aim ≤ 90 s); ÷ npm install alone: ${(total / install).toFixed(2)}`);
    console.log(`second start: ${seconds(second)} (aim ≤ 5 s)`);
  } finally {
    if (!args.keep) rmSync(folder, { recursive: true, force: true });
    else console.log(`kept ${folder}`);
  }
}
