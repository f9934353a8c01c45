import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// The object of a verb of demanding, measured by the figure after it ("ein Lösegeld von 2 Millionen
// Euro"), is what is demanded, never who speaks: the subject before the verb is. Sentences of our
// own, in German (English reads its subject before the verb already).

describe("a noun measured by the figure after it is no claimant", () => {
  test.each([
    { language: "de", text: "Die Angreifer fordern ein Lösegeld von 2 Millionen Euro." },
    { language: "de", text: "Die Entführer verlangen ein Lösegeld von 5 Millionen Dollar." },
    { language: "de", text: "Die Gewerkschaft fordert eine Lohnerhöhung von 8 Prozent." },
    { language: "de", text: "Die Entführer verlangten eine Entschädigung in Höhe von rund 500.000 Euro." },
  ] as const)("$language: $text", ({ text, language }) => {
    const lines = claimLines(text, language);
    expect(lines.length).toBe(1);
    expect(lines[0]).not.toMatch(/by (Lösegeld|Lohnerhöhung|Entschädigung)/);
    expect(lines[0]).toMatch(/by (Angreifer|Entführer|union)/);
  });
});
