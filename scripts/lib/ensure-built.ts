import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(import.meta.dirname, "../..");
const SOURCES = ["app", "lib", "proxy.ts", "prisma/schema.prisma", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

/** The newest modification time among the files the production build is made from. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (target: string) => {
    const info = statSync(target, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const entry of readdirSync(target)) if (!entry.startsWith(".")) visit(path.join(target, entry));
    } else if (!/\.test\.tsx?$/.test(target)) {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return newest;
}

/** True when there is no production build, or a source file changed after it was made. */
export function needsBuild(): boolean {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  return statSync(buildId).mtimeMs < newestSourceTime();
}

/**
 * Runs `next build` when `needsBuild()`, without its type check: this is the build of someone
 * who wants the app running, and `npm test` (and CI) check types and lint on their own, as does
 * `npm run build` for a deployment. The first build of a checkout also skips writing Turbopack's
 * cache (see next.config.js). Rejects when the build fails.
 */
export async function ensureBuilt(): Promise<void> {
  if (!needsBuild()) return;
  console.log("Building the app (first start, or sources changed)…");
  const first = !existsSync(path.join(ROOT, ".next"));
  await run(path.join(ROOT, "node_modules/.bin/next"), ["build"], first ? { CLAIMDIFF_BUILD_FIRST: "1" } : {});
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
