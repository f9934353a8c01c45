import { describe, expect, test } from "vitest";
import { encodeTokens, SHARED_TOKEN_CAPACITY } from "./encode-tokens";

describe("encodeTokens", () => {
  test.each([
    { label: "Null case", before: [], after: [], chars1: "", chars2: "" },
    { label: "Shared tokens get equal codes", before: ["a", " ", "b"], after: ["b", " ", "a"], chars1: "\u0000\u0001\u0002", chars2: "\u0002\u0001\u0000" },
    { label: "One-sided tokens share a code per side", before: ["x", "y", "a"], after: ["a", "z"], chars1: "\ufffe\ufffe\u0000", chars2: "\u0000\uffff" },
  ])("$label", ({ before, after, chars1, chars2 }) => {
    expect(encodeTokens(before, after)).toEqual({ chars1, chars2 });
  });

  test("past the capacity, later shared tokens fall back to the one-sided codes", () => {
    const tokens = Array.from({ length: SHARED_TOKEN_CAPACITY + 2 }, (_, i) => `t${i}`);
    const { chars1, chars2 } = encodeTokens(tokens, tokens);
    expect(chars1.length).toBe(tokens.length);
    expect(chars1.slice(0, SHARED_TOKEN_CAPACITY)).toBe(chars2.slice(0, SHARED_TOKEN_CAPACITY));
    expect(chars1.slice(SHARED_TOKEN_CAPACITY)).toBe("\ufffe\ufffe");
    expect(chars2.slice(SHARED_TOKEN_CAPACITY)).toBe("\uffff\uffff");
  });
});
