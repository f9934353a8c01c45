import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// Wording of a figure expected or planned on a weekday: in a report of Monday 2025-05-19, "am
// Samstag" in "rechnet am Samstag mit 50.000" is the Saturday to come (05-24), not the one gone
// (05-17). Hearsay of the past ("sollen … getötet worden sein") and reports keep the week gone.
// Sentences of our own, German and English.

describe("a weekday of an expected or planned figure lies ahead", () => {
  test.each([
    { language: "de", text: "Das Bündnis rechnet am Samstag mit bis zu 50.000 Teilnehmern.", asOf: "as of 2025-05-24" },
    { language: "de", text: "Rund 1.800 Polizisten sollen am Samstag im Einsatz sein.", asOf: "as of 2025-05-24" },
    { language: "en", text: "The operator expects 9,000 services to be cancelled on Tuesday.", asOf: "as of 2025-05-20" },
    { language: "en", text: "The union said 12,000 workers would walk out on Thursday.", asOf: "as of 2025-05-22" },
  ] as const)("$language: $text", ({ text, language, asOf }) => {
    expect(claimLines(text, language).join(" | ")).toContain(asOf);
  });

  test.each([
    { language: "de", text: "Am Samstag sollen drei Menschen getötet worden sein.", asOf: "as of 2025-05-17" },
    { language: "de", text: "Am Samstag zählte die Polizei 12.000 Demonstranten.", asOf: "as of 2025-05-17" },
    { language: "en", text: "On Saturday police counted 12,000 marchers.", asOf: "as of 2025-05-17" },
  ] as const)("a report or hearsay of the past keeps the week gone: $text", ({ text, language, asOf }) => {
    expect(claimLines(text, language).join(" | ")).toContain(asOf);
  });
});

describe("a plan after the day leaves the day to the act before it", () => {
  test("en: A new aid scheme announced on Saturday will pay out €15m.", () => {
    expect(claimLines("A new aid scheme announced on Saturday will pay out €15m.", "en").join(" | ")).toContain("as of 2025-05-17");
  });

  test("de: Der am Samstag beschlossene Fonds wird 15 Millionen Euro Hilfe auszahlen.", () => {
    const lines = claimLines("Der am Samstag beschlossene Fonds wird 15 Millionen Euro Hilfe auszahlen.", "de").filter((l) => l.startsWith("aid"));
    expect(lines.length).toBe(1);
    expect(lines[0]).not.toContain("as of 2025-05-24");
  });
});
