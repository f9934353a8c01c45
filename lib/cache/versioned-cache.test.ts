import { describe, expect, test } from "vitest";
import { VersionedCache } from "./versioned-cache";

describe("VersionedCache", () => {
  test("builds once per key and version, and again when the version changes", async () => {
    const cache = new VersionedCache<string>(10);
    let builds = 0;
    const build = (value: string) => async () => {
      builds += 1;
      return value;
    };
    expect(await cache.get("overview", "v1", build("first"))).toBe("first");
    expect(await cache.get("overview", "v1", build("unused"))).toBe("first");
    expect(builds).toBe(1);
    expect(await cache.get("overview", "v2", build("after the edit"))).toBe("after the edit");
    expect(builds).toBe(2);
  });

  test("readers arriving while an entry is built share that build", async () => {
    const cache = new VersionedCache<number>(10);
    let builds = 0;
    const build = () => new Promise<number>((resolve) => setTimeout(() => resolve(++builds), 5));
    const values = await Promise.all([cache.get("k", "v", build), cache.get("k", "v", build), cache.get("k", "v", build)]);
    expect(values).toEqual([1, 1, 1]);
  });

  test("forgets a failed build, so the next reader tries again", async () => {
    const cache = new VersionedCache<string>(10);
    await expect(cache.get("k", "v", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get("k", "v", async () => "recovered")).toBe("recovered");
  });

  test("drops the least recently used entry past its limit", async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get("a", "v", async () => "a");
    await cache.get("b", "v", async () => "b");
    await cache.get("a", "v", async () => "a again"); // a is now the most recently used
    await cache.get("c", "v", async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", "v", async () => "rebuilt")).toBe("a");
    expect(await cache.get("b", "v", async () => "rebuilt")).toBe("rebuilt");
  });
});
