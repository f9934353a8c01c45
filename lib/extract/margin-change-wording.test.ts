import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimSummary } from "./test-fixtures";

// A lead between two sides changed by a figure: "narrowed the lead by 300 votes", "Der Vorsprung
// schrumpfte um 300 auf 4.200 Stimmen". The figure is a change of the margin, negative where a verb
// of falling says so (also before the margin's noun), and the German figure before its new level is
// read too. Sentences of our own.
const PUBLISHED = "2026-03-10";

const claims = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimSummary);

describe("a margin changed by a figure is a change of the margin", () => {
  test.each([
    { language: "en", text: "The second count reduced the incumbent's lead by 300 votes.", expected: ["votes/margin+change [-300, -300]"] },
    { language: "en", text: "Her lead narrowed by 300 votes.", expected: ["votes/margin+change [-300, -300]"] },
    { language: "en", text: "Her lead grew by 300 votes.", expected: ["votes/margin+change [300, 300]"] },
    {
      language: "de",
      text: "Der Vorsprung der Amtsinhaberin schrumpfte nach der Nachzählung um 300 auf 4.200 Stimmen.",
      expected: ["votes/margin+change [-300, -300]", "votes/margin [4200, 4200]"],
    },
    { language: "de", text: "Ihr Vorsprung wuchs um 300 Stimmen.", expected: ["votes/margin+change [300, 300]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("a margin as a level stays a level", () => {
    expect(claims("Ihr Vorsprung beträgt 4.200 Stimmen.", "de")).toEqual(["votes/margin [4200, 4200]"]);
  });
});
