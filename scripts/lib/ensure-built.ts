import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { isCurrent } from "./freshness";

const ROOT = path.join(import.meta.dirname, "../..");
const SOURCES = ["app", "lib", "proxy.ts", "prisma/schema.prisma", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

/** The modification times of the files the production build is made from (tests left out). */
function* sourceTimes(target: string): Generator<number> {
  const info = statSync(target, { throwIfNoEntry: false });
  if (!info) return;
  if (info.isDirectory()) {
    for (const entry of readdirSync(target)) if (!entry.startsWith(".")) yield* sourceTimes(path.join(target, entry));
  } else if (!/\.test\.tsx?$/.test(target)) {
    yield info.mtimeMs;
  }
}

/** True when there is no production build, or a source file changed after it was made. */
export function needsBuild(): boolean {
  const builtAt = statSync(path.join(ROOT, ".next/BUILD_ID"), { throwIfNoEntry: false })?.mtimeMs;
  return !isCurrent(builtAt, (function* () {
    for (const source of SOURCES) yield* sourceTimes(path.join(ROOT, source));
  })());
}

/**
 * Runs `next build` when `needsBuild()`, without its type check: this is the build of someone
 * who wants the app running, and `npm test` (and CI) check types and lint on their own, as does
 * `npm run build` for a deployment. The first build of a checkout also skips writing Turbopack's
 * cache (see next.config.js). Resolves to whether it built; rejects when the build fails.
 */
export async function ensureBuilt(beforeBuilding: () => Promise<void> = async () => {}): Promise<boolean> {
  if (!needsBuild()) return false;
  await beforeBuilding();
  console.log("Building the app (first start, or sources changed)…");
  const first = !existsSync(path.join(ROOT, ".next"));
  await run(path.join(ROOT, "node_modules/.bin/next"), ["build"], first ? { CLAIMDIFF_BUILD_FIRST: "1" } : {});
  return true;
}

function run(command: string, args: string[], extraEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CLAIMDIFF_BUILD_SKIP_TYPECHECK: "1", ...extraEnv },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
