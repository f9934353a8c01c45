import { describe, expect, test } from "vitest";
import { ObjectMemo } from "./object-memo";

describe("ObjectMemo", () => {
  test("builds once per object while its deps are the same ones", () => {
    const memo = new ObjectMemo<object, number>();
    const page = {};
    const slug = "event";
    let builds = 0;
    const build = () => ++builds;
    expect(memo.get(page, [slug], build)).toBe(1);
    expect(memo.get(page, [slug], build)).toBe(1);
    expect(memo.get({}, [slug], build)).toBe(2);
    expect(builds).toBe(2);
  });

  test("builds afresh when a dep is another value, or another object equal to the first", () => {
    const memo = new ObjectMemo<object, string>();
    const page = {};
    const articles = [{ id: "a" }];
    expect(memo.get(page, [articles], () => "first")).toBe("first");
    expect(memo.get(page, [[{ id: "a" }]], () => "second")).toBe("second");
    expect(memo.get(page, [], () => "third")).toBe("third");
    expect(memo.get(page, [], () => "fourth")).toBe("third");
  });

  test("a build that throws keeps nothing", () => {
    const memo = new ObjectMemo<object, string>();
    const page = {};
    expect(() =>
      memo.get(page, [], () => {
        throw new Error("broken");
      }),
    ).toThrow("broken");
    expect(memo.get(page, [], () => "built")).toBe("built");
  });
});
