import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { placeCacheDirectory } from "../places/read-package-data";

// An extraction thread that loads the extractor through tsx resolves, transforms and compiles its
// 170 modules one by one, through the loader's own thread: 2.4 s of CPU on our 2-core machine,
// paid by every thread of every extraction. The same code as one plain module, bundled by
// esbuild (tsx's own compiler) loads in under half that. The bundle is kept beside the place
// index (node_modules/.cache/claimdiff) with the hash of every source file it was made from, and
// made again when any of them changed; packages stay outside it, loaded as usual.

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ENTRY = "lib/extract/index.ts";
const manifestSchema = z.object({ bundle: z.string(), inputs: z.record(z.string(), z.string()) });

const hashOf = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

let bundle: Promise<string | null> | null = null;

/**
 * The file of the extractor bundled as one ES module, made once per machine and source version;
 * null when it cannot be made (esbuild missing, a read-only install), and threads load the
 * TypeScript through tsx as before. Never throws.
 */
export function extractorBundle(): Promise<string | null> {
  return (bundle ??= findOrBuildExtractorBundle(placeCacheDirectory()).catch(() => null));
}

/** `extractorBundle` in `directory`, without the memo and the fallback: throws when it cannot be made. */
export async function findOrBuildExtractorBundle(directory: string): Promise<string> {
  const manifestFile = path.join(directory, "extractor-bundle.json");
  const found = readManifest(manifestFile);
  if (found && Object.entries(found.inputs).every(([file, hash]) => sourceHash(file) === hash)) return path.join(directory, found.bundle);

  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    conditions: ["react-server"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, sourceHash(file) ?? ""]));
  const name = `extractor-${hashOf(code)}.mjs`;
  mkdirSync(directory, { recursive: true });
  writeAtomically(path.join(directory, name), code);
  writeAtomically(manifestFile, JSON.stringify({ bundle: name, inputs }));
  return path.join(directory, name);
}

function readManifest(file: string): z.infer<typeof manifestSchema> | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function sourceHash(file: string): string | null {
  try {
    return hashOf(readFileSync(path.join(ROOT, file)));
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a file. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}
