import { describe, expect, test } from "vitest";
import { CappedMemo, CappedMemoPerOwner } from "./capped-memo";

/** A compute that counts its calls and answers from its key and input. */
function counting<V>(answer: (key: string, input: number) => V) {
  const calls: string[] = [];
  return { calls, compute: (key: string, input: number) => (calls.push(key), answer(key, input)) };
}

describe("CappedMemo", () => {
  test("computes once per key and returns the kept answer after", () => {
    const memo = new CappedMemo<string, string>(10);
    const { calls, compute } = counting((key, input) => `${key}:${input}`);
    expect(memo.get("Häuser", 1, compute)).toBe("Häuser:1");
    expect(memo.get("Häuser", 1, compute)).toBe("Häuser:1");
    expect(memo.get("houses", 1, compute)).toBe("houses:1");
    expect(calls).toEqual(["Häuser", "houses"]);
  });

  test("keeps the very object computed, so callers share it", () => {
    const memo = new CappedMemo<string, { key: string }>(10);
    const first = memo.get("flights", 0, (key) => ({ key }));
    expect(memo.get("flights", 0, (key) => ({ key }))).toBe(first);
  });

  test("keeps null and undefined answers like any other", () => {
    const memo = new CappedMemo<string, string | null | undefined>(10);
    const { calls, compute } = counting((key) => (key === "Tisch" ? null : undefined));
    expect(memo.get("Tisch", 0, compute)).toBeNull();
    expect(memo.get("Tisch", 0, compute)).toBeNull();
    expect(memo.get("table", 0, compute)).toBeUndefined();
    expect(memo.get("table", 0, compute)).toBeUndefined();
    expect(calls).toEqual(["Tisch", "table"]);
  });

  test("never holds more than its cap, and answers right after forgetting", () => {
    const memo = new CappedMemo<string, number>(3);
    const { calls, compute } = counting((key) => key.length);
    for (const word of ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben"]) {
      expect(memo.get(word, 0, compute)).toBe(word.length);
      expect(memo.size).toBeLessThanOrEqual(3);
    }
    expect(memo.get("sieben", 0, compute)).toBe(6);
    expect(calls.filter((w) => w === "sieben")).toHaveLength(1);
    expect(memo.get("ein", 0, compute)).toBe(3);
    expect(calls.filter((w) => w === "ein")).toHaveLength(2);
  });

  test("clear forgets every answer", () => {
    const memo = new CappedMemo<string, number>(10);
    const { calls, compute } = counting((key) => key.length);
    memo.get("one", 0, compute);
    memo.clear();
    expect(memo.size).toBe(0);
    memo.get("one", 0, compute);
    expect(calls).toEqual(["one", "one"]);
  });

  test("a compute that throws keeps nothing", () => {
    const memo = new CappedMemo<string, number>(10);
    expect(() =>
      memo.get("broken", 0, () => {
        throw new Error("broken");
      }),
    ).toThrow("broken");
    expect(memo.get("broken", 0, () => 7)).toBe(7);
  });
});

describe("CappedMemoPerOwner", () => {
  test("one memo per owner, the same one each time it is asked for, in any order", () => {
    const memos = new CappedMemoPerOwner<object, string, string>(10);
    const german = {};
    const english = {};
    expect(memos.of(german)).toBe(memos.of(german));
    expect(memos.of(english)).not.toBe(memos.of(german));
    const germanMemo = memos.of(german);
    memos.of(english);
    expect(memos.of(german)).toBe(germanMemo);
    expect(memos.of(german).get("Wahl", 0, () => "de")).toBe("de");
    expect(memos.of(english).get("Wahl", 0, () => "en")).toBe("en");
    expect(memos.of(german).get("Wahl", 0, () => "again")).toBe("de");
  });

  test("each owner's memo keeps the cap", () => {
    const memos = new CappedMemoPerOwner<object, string, number>(2);
    const owner = {};
    for (const word of ["a", "b", "c", "d"]) memos.of(owner).get(word, 0, (key) => key.length);
    expect(memos.of(owner).size).toBeLessThanOrEqual(2);
  });
});
