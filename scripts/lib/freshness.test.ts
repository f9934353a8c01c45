import { describe, expect, test } from "vitest";
import { isCurrent } from "./freshness";

describe("whether a build or bundle is current", () => {
  test("current when made after (or at the same time as) every source", () => {
    expect(isCurrent(1000, [900, 1000, 10])).toBe(true);
    expect(isCurrent(1000, [])).toBe(true);
  });

  test("stale when it was never made, a source is newer, or a source is gone", () => {
    expect(isCurrent(undefined, [1])).toBe(false);
    expect(isCurrent(1000, [900, 1001])).toBe(false);
    expect(isCurrent(1000, [900, undefined])).toBe(false);
  });

  test("stops at the first newer source (the sources may be a lazy walk of the tree)", () => {
    let read = 0;
    function* times() {
      for (const time of [1, 2000, 3, 4]) {
        read += 1;
        yield time;
      }
    }
    expect(isCurrent(1000, times())).toBe(false);
    expect(read).toBe(2);
  });
});
