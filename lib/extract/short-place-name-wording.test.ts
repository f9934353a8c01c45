import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// The gazetteer names towns officially, with the river or region they lie on ("Frankfurt am Main",
// "Halle (Saale)", "Southend-on-Sea"); reports write the short form. It is the same place, and the
// long form and the short one meet under one key. Sentences of our own wording.
describe("a town's short form is the town of its official name", () => {
  test.each([
    { language: "de", text: "In Frankfurt gingen am Samstag 4000 Menschen auf die Straße.", expected: ["protesters [4000, 4000], in DE/Frankfurt am Main, as of 2025-05-17"] },
    { language: "de", text: "In Frankfurt am Main gingen am Samstag 4000 Menschen auf die Straße.", expected: ["protesters [4000, 4000], in DE/Frankfurt am Main, as of 2025-05-17"] },
    { language: "de", text: "In Halle wurden 35 Wohnungen geräumt.", expected: ["buildings [35, 35], in DE/Halle (Saale)"] },
    { language: "de", text: "In Ludwigshafen wurden 35 Wohnungen geräumt.", expected: ["buildings [35, 35], in DE/Ludwigshafen am Rhein"] },
    { language: "en", text: "Some 4,000 people rallied in Frankfurt on Saturday.", expected: ["protesters [3600, 4400], in DE/Frankfurt am Main, as of 2025-05-17", "protest 2025-05-17..2025-05-17 day"] },
    { language: "en", text: "Some 4,000 people rallied in Southend on Saturday.", expected: ["protesters [3600, 4400], in GB/Southend-on-Sea, as of 2025-05-17", "protest 2025-05-17..2025-05-17 day"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});

// "Newcastle" is also a larger town elsewhere, and "Weil" a small town's short form and a German
// conjunction: a short form that says too little stays no name.
describe("a short form shared or small is no name", () => {
  test.each([
    { language: "en", text: "Some 4,000 people rallied in Newcastle on Saturday.", expected: ["protesters [3600, 4400], in ZA/Newcastle, as of 2025-05-17", "protest 2025-05-17..2025-05-17 day"] },
    { language: "de", text: "Weil 35 Wohnungen geräumt wurden, protestierten 200 Menschen.", expected: ["buildings [35, 35]", "protesters [200, 200]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claimLines(text, language)).toEqual(expected);
  });
});
