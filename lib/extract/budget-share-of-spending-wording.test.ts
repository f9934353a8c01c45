import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own (published on Monday 2026-03-09): a share of all spending is the share of
// the budget's quantity named right before it (investment, a deficit), which it is measured
// against spending; with nothing else named, it stays a share of spending.

describe("a share of spending with another quantity named before it", () => {
  test.each([
    { language: "en", text: "The watchdog puts investment at 6.9% of spending.", expected: ["investment/of:spending [6.9, 6.9] %, by watchdog"] },
    { language: "en", text: "Investment grows to €2.3bn, or 9.4% of spending.", expected: ["investment [2300000000, 2300000000] EUR", "investment/of:spending [9.4, 9.4] %"] },
    { language: "de", text: "Die Investitionen wachsen auf 2,3 Milliarden Euro oder 9,4 Prozent der Ausgaben.", expected: ["investment [2300000000, 2300000000] EUR", "investment/of:spending [9.4, 9.4] %"] },
    // Nothing else named: the share stays spending's.
    { language: "en", text: "Pensions swallow 31% of spending.", expected: ["spending [31, 31] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
