import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A range opened by "between"/"zwischen" whose currency is written before both figures, as a symbol
// or a code ("between €30m and €45m", "between SEK 2bn and SEK 3bn"), is one interval, as it is with
// the unit after both ("zwischen 30 Mio. Euro und 45 Mio. Euro"). Sentences of our own wording.
describe("a range with its currency at both ends is one interval", () => {
  test.each([
    { language: "en", text: "The insurer puts the damage at between €30m and €45m.", expected: ["cost [30000000, 45000000] EUR, by insurer"] },
    { language: "en", text: "The county put the damage at between SEK 2bn and SEK 3bn.", expected: ["cost [2000000000, 3000000000] SEK, by county"] },
    { language: "en", text: "Losses could reach between $12m and $15m, the insurer said.", expected: ["cost [12000000, 15000000] USD, by insurer, hedged"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
