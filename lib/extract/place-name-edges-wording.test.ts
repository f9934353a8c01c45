import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Where a place name ends and where it begins: a link word that runs a known name into the noun
// after it, a capitalized article that is part of a name, a month in the possessive, a town that
// describes the noun after an indefinite article ("in a Leeds hospital"), and a place that opens
// the part of a sentence after a semicolon. Sentences of our own, German and English.

describe("the edges of a place name", () => {
  test.each([
    { language: "de", text: "Rund 2.000 Polizisten sind am Samstag in Wien im Einsatz.", place: "in AT/Vienna" },
    { language: "de", text: "Am Samstag sollen in Wien im Dienst rund 2.000 Polizisten sein.", place: "in AT/Vienna" },
    { language: "en", text: "About 400 nurses marched in Palermo on Sicily on Wednesday.", place: "in IT/Palermo" },
    { language: "en", text: "Some 5,000 people rallied in The Hague on Friday.", place: "in NL/The Hague" },
  ] as const)("$language: $text", ({ text, language, place }) => {
    expect(claimLines(text, language).join(" | ")).toContain(place);
  });

  test.each([
    { language: "en", text: "After the changes the city budget totals €4.2bn, €50m more than in October's draft." },
    { language: "en", text: "The council's budget rose to €1.3bn, €20m more than in March's plan." },
    { language: "en", text: "The toll rose to 14 on Monday after a man died in a Leeds hospital, police said." },
    { language: "de", text: "Die Zahl der Toten stieg auf 14, nachdem ein Patient in einem Leipziger Krankenhaus starb." },
  ] as const)("a month in the possessive, or a town after an indefinite article, is no place: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(" in ");
  });
});

describe("a place opening the part after a semicolon", () => {
  test.each([
    { language: "en", text: "Rallies were held in Linz and Salzburg; in Graz, police counted about 4,000 marchers.", place: "in AT/Graz" },
    { language: "de", text: "Kundgebungen gab es in Linz und Salzburg; in Graz, so die Polizei, waren es etwa 4.000 Teilnehmer.", place: "in AT/Graz" },
  ] as const)("$language: $text", ({ text, language, place }) => {
    expect(claimLines(text, language).join(" | ")).toContain(place);
  });
});
