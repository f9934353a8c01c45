import { expect, test } from "vitest";
import { formatNumber } from "./format-number";

test.each([
  { label: "German thousands", n: 10000, language: "de", expected: "10.000" },
  { label: "German millions", n: 1_234_567, language: "de", expected: "1.234.567" },
  { label: "German decimal", n: 1.5, language: "de", expected: "1,5" },
  { label: "English thousands", n: 10000, language: "en", expected: "10,000" },
  { label: "English decimal", n: 1.25, language: "en", expected: "1.25" },
  { label: "small numbers have no separator", n: 999, language: "en", expected: "999" },
  { label: "zero", n: 0, language: "de", expected: "0" },
  { label: "negative", n: -1200, language: "en", expected: "-1,200" },
] as const)("$label: $n → $expected", ({ n, language, expected }) => {
  expect(formatNumber(n, language)).toBe(expected);
});
