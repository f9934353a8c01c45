import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { loadPlaceIndex, placeSourcesHash } from "./load-place-index";

// Each build reads every data package (a second or two, more on a busy machine).
const BUILD_TIMEOUT = 120_000;
const root = mkdtempSync(path.join(tmpdir(), "claimdiff-places-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("loadPlaceIndex", () => {
  test(
    "builds the index once, caches it under a name of the package versions, and a second load reads the cache",
    () => {
      const directory = path.join(root, "cache");
      const built = loadPlaceIndex({ directory });
      expect(built.source).toBe("built");
      expect(built.cacheFile).toBe(path.join(directory, `places-${placeSourcesHash()}.json`));
      expect(readdirSync(directory)).toEqual([path.basename(built.cacheFile!)]); // no temporary file left behind

      const cached = loadPlaceIndex({ directory });
      expect(cached.source).toBe("cache");
      expect(cached.index.size).toBe(built.index.size);
      expect(cached.index.named("prag")?.[0]?.key).toBe("CZ/Prague");
      expect(cached.index.byKey("ES/Murcia")).toEqual(built.index.byKey("ES/Murcia"));
    },
    BUILD_TIMEOUT,
  );

  test(
    "a damaged cache file is rebuilt and replaced",
    () => {
      const directory = path.join(root, "damaged");
      const first = loadPlaceIndex({ directory });
      writeFileSync(first.cacheFile!, '{"format":');
      const again = loadPlaceIndex({ directory });
      expect(again.source).toBe("built");
      expect(loadPlaceIndex({ directory }).source).toBe("cache");
    },
    BUILD_TIMEOUT,
  );

  test(
    "when the cache cannot be written, the index stays in memory and works",
    () => {
      const blocker = path.join(root, "a-file");
      writeFileSync(blocker, "");
      const load = loadPlaceIndex({ directory: path.join(blocker, "cache") });
      expect(load.source).toBe("built");
      expect(load.cacheFile).toBeNull();
      expect(load.index.named("polen")?.[0]?.key).toBe("PL");
    },
    BUILD_TIMEOUT,
  );
});
