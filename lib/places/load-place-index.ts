// The place index, built once per machine and loaded once per process.
//
// Building it decodes the whole city gazetteer (about a second and 60 MB); a process that finds the
// cache only parses a compact JSON file. The cache lives beside the packages it is derived from
// (node_modules/.cache/claimdiff/places-<hash>.json), named by a hash of their versions, of Node's
// CLDR and of our index format, so an upgrade of any of them builds a new one. It is written to a
// temporary file and renamed, so a reader never sees half a file; when it cannot be written (a
// read-only install) the index simply stays in memory.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildPlaceIndex } from "./build-place-index";
import { hydratePlaceIndex, type PlaceIndex } from "./place-index";
import { PLACE_INDEX_FORMAT, placeIndexDataSchema, type PlaceIndexData } from "./place-index-data";
import { placeCacheDirectory, readGazetteerSources, readPackageVersions } from "./read-package-data";

export type PlaceIndexLoad = {
  index: PlaceIndex;
  /** "cache": read from disk; "built": derived from the packages now. */
  source: "cache" | "built";
  /** The cache file, or null when it could not be read or written. */
  cacheFile: string | null;
  milliseconds: number;
};

/** The name of the data the index derives from: package versions, Node's CLDR, our format. */
export function placeSourcesHash(): string {
  const parts = { format: PLACE_INDEX_FORMAT, packages: readPackageVersions(), cldr: process.versions.cldr ?? "", icu: process.versions.icu ?? "" };
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}

function readCache(file: string, hash: string): PlaceIndex | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = placeIndexDataSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.sources === hash ? hydratePlaceIndex(parsed.data) : null;
  } catch {
    return null; // a damaged file is rebuilt and replaced
  }
}

function writeCache(file: string, data: PlaceIndexData): boolean {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(data));
    renameSync(temporary, file);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the folder itself is unusable: nothing was written
    }
    return false;
  }
}

/**
 * Load the index from the cache in `directory`, or build it from the packages and try to cache it.
 * `rebuild` ignores an existing cache (the benchmark's cold run). Never throws for a cache problem.
 */
export function loadPlaceIndex(options: { directory?: string; rebuild?: boolean } = {}): PlaceIndexLoad {
  const started = performance.now();
  const hash = placeSourcesHash();
  let directory: string | null = options.directory ?? null;
  if (directory === null) {
    try {
      directory = placeCacheDirectory();
    } catch {
      directory = null;
    }
  }
  const file = directory === null ? null : path.join(directory, `places-${hash}.json`);
  const cached = file && !options.rebuild ? readCache(file, hash) : null;
  if (cached) return { index: cached, source: "cache", cacheFile: file, milliseconds: performance.now() - started };
  const data = buildPlaceIndex(readGazetteerSources(), hash);
  const written = file !== null && writeCache(file, data);
  return { index: hydratePlaceIndex(data), source: "built", cacheFile: written ? file : null, milliseconds: performance.now() - started };
}

let loaded: PlaceIndex | null = null;

/** The process's place index, loaded on first use. */
export function placeIndex(): PlaceIndex {
  loaded ??= loadPlaceIndex().index;
  return loaded;
}
