import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A German amount whose verb stands at the clause's end after a modal ("soll … betragen"): the
// sentence's closing dot ends the clause even when another sentence follows right after it; only
// a dot closing an abbreviation ("Mrd.") goes on. Sentences of our own wording.
describe("a sentence following the amount's verb does not hide the amount", () => {
  test.each([
    { language: "de", text: "Der Fehlbetrag soll 1,8 Milliarden Euro betragen. Die Ministerin verteidigte den Entwurf.", expected: ["de:fehlbetrag [1800000000, 1800000000] EUR"] },
    { language: "de", text: "Die Zuschüsse sollen 640 Millionen Euro betragen. Der Kämmerer hält das für tragbar.", expected: ["de:zuschuss [640000000, 640000000] EUR"] },
    { language: "de", text: "Die Entlastung soll 3,1 Mrd. Euro betragen. Die Opposition spricht von Kosmetik.", expected: ["de:entlast [3100000000, 3100000000] EUR"] },
    { language: "de", text: "Die Entlastung soll 3,1 Mrd. Euro betragen.", expected: ["de:entlast [3100000000, 3100000000] EUR"] },
    { language: "en", text: "The shortfall is set to reach €1.8bn. The minister defended the draft.", expected: ["deficit [1800000000, 1800000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
