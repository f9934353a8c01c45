import { mkdir, readFile, writeFile } from "node:fs/promises";
import { statSync } from "node:fs";
import path from "node:path";
import { isCurrent } from "./freshness";

const ROOT = path.join(import.meta.dirname, "../..");
// Inside .next: a new production build deletes it, and the next start bundles again.
const DIR = path.join(ROOT, ".next/claimdiff");
/** scripts/serve.ts as plain JavaScript; named serve.mjs so CPU profiles still say "serve". */
export const SERVER_BUNDLE = path.join(DIR, "serve.mjs");
// The files the bundle was made from (esbuild's list), whose times decide whether it is current.
const INPUTS = path.join(DIR, "serve-inputs.json");

/**
 * Bundles the app's server (scripts/serve.ts) into plain JavaScript, which `npm start` runs under
 * plain Node, when the bundle is missing or older than one of its sources; resolves to whether it
 * bundled. Under tsx every module Next.js loads passes tsx's hooks and has its source map read:
 * about a CPU second of each start, on the way to the first page. (`npm run serve`, for a
 * deployment, still runs the TypeScript file.) start-server-early.mjs knows the bundle's path too.
 */
export async function ensureServerBundle(): Promise<boolean> {
  if (await bundleIsCurrent()) return false;
  await bundleServer();
  return true;
}

async function bundleIsCurrent(): Promise<boolean> {
  const inputs = await readFile(INPUTS, "utf8").then((text) => JSON.parse(text) as string[], () => null);
  if (!inputs) return false;
  const mtime = (file: string) => statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.mtimeMs;
  return isCurrent(mtime(path.relative(ROOT, SERVER_BUNDLE)), inputs.map(mtime));
}

async function bundleServer(): Promise<void> {
  const esbuild = await import("esbuild");
  await mkdir(DIR, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "scripts/serve.ts")],
    outfile: SERVER_BUNDLE,
    bundle: true,
    // Packages stay in node_modules (next above all); only our own TypeScript is bundled.
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    absWorkingDir: ROOT,
    tsconfig: path.join(ROOT, "tsconfig.json"),
    // serve.ts finds the app from its own folder, scripts/; the bundle lives two levels below the root.
    define: { "import.meta.dirname": "__claimdiffScriptsDir" },
    banner: { js: 'import { fileURLToPath as __claimdiffPath } from "node:url";\nconst __claimdiffScriptsDir = __claimdiffPath(new URL("../../scripts", import.meta.url));' },
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs);
  await writeFile(INPUTS, `${JSON.stringify(inputs)}\n`);
}
