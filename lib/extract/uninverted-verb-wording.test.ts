import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Who gives a figure after "give" and "put", in sentences of our own (published on Monday
// 2025-05-19): English inverts only verbs of saying, so the name after these is the figure's holder.

describe("after 'gave' or 'put' comes whom the figure is about, not who gives it", () => {
  test.each([
    { language: "en", text: "The first count gave the Liberals 31 seats.", expected: ["seats/holder:liberals [31, 31], of Liberals"] },
    { language: "en", text: "The latest projection put Okafor on 52% of the vote.", expected: ["votes/holder:okafor+projection [52, 52] %, of Okafor"] },
    { language: "en", text: "The electoral commission put Okafor on 52% of the vote.", expected: ["votes/holder:okafor [52, 52] %, by electoral commission, of Okafor"] },
    // German names the giver after the verb as ever, inverted after a fronted phrase.
    { language: "de", text: "Nach der Auszählung gab das Wahlamt die Beteiligung mit 61 Prozent an.", expected: ["turnout [61, 61] %, by Wahlamt"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
