import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of the twelfth session's rules, in sentences of our own, German and English. Published on
// Monday 2025-05-19 (test-fixtures.ts).

// English "be" before an -ing form is the progressive, an active verb: its subject gives the figure
// as with "demands" or "offered". Only a past participle after "be" makes a passive, whose speaker
// stands after "by". German has no progressive; its plain present says the same.
describe("a speech verb in the progressive keeps its subject as the speaker", () => {
  test.each([
    { language: "en", text: "The union is demanding an 8.5% pay rise.", expected: ["en:rise/change+demand [8.5, 8.5] %, by union"] },
    { language: "en", text: "The employers were offering 3% more pay.", expected: ["en:pay/change+offer [3, 3] %, by employers"] },
    { language: "de", text: "Die Gewerkschaft fordert derzeit 8,5 Prozent mehr Lohn.", expected: ["de:lohn/change+demand [8.5, 8.5] %, by union"] },
    { language: "de", text: "Die Arbeitgeber boten zuletzt 3 Prozent mehr Lohn.", expected: ["de:lohn/change+offer [3, 3] %, by employers"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// English writes common nouns in lowercase, so a speaker missing from the lexicon looks like any
// word; its determiner marks a noun phrase, and only a speaker can be the subject of a verb of saying
// or the object of "according to". A document or a figure ("the report said") stays no speaker, and
// "put" estimates only with "at". German capitalizes its nouns and reads them as names already.
describe("a determined noun phrase saying a figure is its speaker, known to the lexicon or not", () => {
  test.each([
    { language: "en", text: "Twelve people were hurt, the municipality said.", expected: ["injured [12, 12], by municipality"] },
    { language: "en", text: "Four bodies were recovered, according to the county coroner.", expected: ["dead [4, 4], by county coroner"] },
    { language: "en", text: "The delegation said nine drivers had been fined.", expected: ["en:driver [9, 9], by delegation"] },
    { language: "en", text: "The harbour authority put the damage at €3m.", expected: ["cost [3000000, 3000000] EUR, by harbour authority"] },
    { language: "en", text: "The toll rose to 19, the report said.", expected: ["dead [19, 19]"] },
    { language: "en", text: "The flood put 300 homes under water.", expected: ["buildings [300, 300]"] },
    { language: "de", text: "Zwölf Menschen wurden verletzt, teilte die Gemeinde mit.", expected: ["injured [12, 12], by Gemeinde"] },
    { language: "de", text: "Nach Angaben der Gemeinde wurden neun Fahrer bestraft.", expected: ["en:driver [9, 9], by Gemeinde"] },
    { language: "de", text: "Die Hafenbehörde bezifferte den Schaden auf 3 Millionen Euro.", expected: ["cost [3000000, 3000000] EUR, by authority"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// A forecast is its maker's figure, and "expect" is the verb of forecasting: whoever expects an
// amount gives it. The passive ("is expected to reach") names no one, and German "erwartete" is
// as often an adjective ("die erwarteten Einnahmen"), so only the present tense speaks.
describe("whoever expects a figure gives it", () => {
  test.each([
    { language: "en", text: "Analysts expect a deficit of €3bn.", expected: ["deficit [3000000000, 3000000000] EUR, by analysts"] },
    { language: "en", text: "Debt is expected to reach €17bn.", expected: ["debt [17000000000, 17000000000] EUR"] },
    { language: "de", text: "Der Rechnungshof erwartet Schulden von 17 Milliarden Euro.", expected: ["debt [17000000000, 17000000000] EUR, by Rechnungshof"] },
    { language: "de", text: "Die Ökonomen erwarten ein Defizit von 3 Milliarden Euro.", expected: ["deficit [3000000000, 3000000000] EUR, by Ökonomen"] },
    { language: "de", text: "Die erwarteten Einnahmen liegen bei 4 Milliarden Euro.", expected: ["revenue [4000000000, 4000000000] EUR"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// A figure a report noun holds ("estimate of €800m") is the report's, and English names the report's
// author before it, in the genitive: "the government's earlier estimate". It vouches for that figure
// only. German names the author after the noun ("der Prognose des Finanzministeriums"), read as before.
describe("the owner of an estimate gives the figure the estimate holds", () => {
  test.each([
    { language: "en", text: "The damage is above the government's earlier estimate of at least €800m.", expected: ["cost [800000000, ∞) EUR, by government"] },
    { language: "en", text: "Insurers put the losses at about €1.1bn, well above the government's estimate of €800m.", expected: ["cost [990000000, 1210000000] EUR, by insurers", "cost [800000000, 800000000] EUR, by government"] },
    { language: "de", text: "Nach Schätzung der Regierung beträgt der Schaden mindestens 800 Millionen Euro.", expected: ["cost [800000000, ∞) EUR, by government"] },
    { language: "de", text: "Das Defizit liegt über der Prognose des Finanzministeriums von 4 Milliarden Euro.", expected: ["deficit [4000000000, 4000000000] EUR, by finance ministry"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
