import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Sentences of our own, in German and English (published on Monday 2025-05-19): one person counted
// with a word ("ein Mann", "another woman") is a count of one of what befell them, as "95 starben" is
// of the dead; "weiterer", "another" and "more" make it an addition, as in "zwei weitere Menschen".
// A person named by trade or role counts so too ("one driver", "ein Fahrer"); English "a driver"
// tells a story's detail (often one of a toll already given), not a figure.

describe("one person who died, was hurt or is missing is a count of one", () => {
  test.each([
    { language: "de", text: "Eine Frau wird seit dem Unwetter vermisst.", expected: ["missing [1, 1]"] },
    { language: "de", text: "Ein Mann wurde bei dem Unfall schwer verletzt.", expected: ["injured [1, 1]"] },
    { language: "de", text: "Eine weitere Person starb in der Nacht.", expected: ["dead/additional [1, 1]"] },
    { language: "de", text: "Ein weiterer Mann erlag später seinen Verbrennungen.", expected: ["dead/additional [1, 1]"] },
    { language: "en", text: "One woman is still unaccounted for.", expected: ["missing [1, 1]"] },
    { language: "en", text: "One person was hurt when the roof gave way.", expected: ["injured [1, 1]"] },
    { language: "en", text: "Another man died of his burns.", expected: ["dead/additional [1, 1]"] },
    { language: "en", text: "One more woman remains missing.", expected: ["missing/additional [1, 1]"] },
    { language: "en", text: "At least one person drowned.", expected: ["dead [1, ∞)"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

describe("one as a part, a pronoun, none, or a person whose fate is not told makes no claim", () => {
  test.each([
    { language: "en", text: "One of the climbers died on the descent." },
    { language: "en", text: "One said the water rose within minutes." },
    { language: "en", text: "Not one person was injured, the mayor said." },
    { language: "en", text: "No one was hurt." },
    { language: "en", text: "One man told the radio he had lost his shop." },
    { language: "en", text: "Another woman, who was injured, thanked the crews." },
    { language: "de", text: "Einer der Bergsteiger starb beim Abstieg." },
    { language: "de", text: "Ein Mann sagte, das Wasser sei schnell gestiegen." },
    { language: "de", text: "Eine Frau, die verletzt wurde, dankte den Helfern." },
    { language: "en", text: "One of the drivers was injured." },
    { language: "en", text: "A driver said his colleague was injured." },
    { language: "en", text: "A number of people were hurt." },
    { language: "en", text: "The toll rose after a firefighter died in hospital." },
    { language: "de", text: "Ein Fahrer sagte, sein Kollege sei verletzt worden." },
    { language: "de", text: "Einer der Fahrer wurde verletzt." },
    { language: "de", text: "Ein Feuer in der Halle wurde gelöscht." },
  ] as const)("$language: $text", ({ text, language }) => {
    expect(claimLines(text, language)).toEqual([]);
  });
});

describe("one person named by trade or role is counted by their fate, as a man or a woman is", () => {
  test.each([
    { language: "en", text: "One driver was injured when the lorry overturned.", expected: ["injured [1, 1]"] },
    { language: "en", text: "One firefighter died in the blaze.", expected: ["dead [1, 1]"] },
    { language: "en", text: "Another volunteer is still missing.", expected: ["missing/additional [1, 1]"] },
    { language: "en", text: "One journalist was hurt by a rubber bullet.", expected: ["injured [1, 1]"] },
    { language: "de", text: "Ein Fahrer wurde bei dem Zusammenstoß verletzt.", expected: ["injured [1, 1]"] },
    { language: "de", text: "Ein Feuerwehrmann kam bei dem Einsatz ums Leben.", expected: ["dead [1, 1]"] },
    { language: "de", text: "Eine Pflegekraft wurde leicht verletzt.", expected: ["injured [1, 1]"] },
    { language: "de", text: "Eine weitere Polizistin wurde verletzt.", expected: ["injured/additional [1, 1]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
