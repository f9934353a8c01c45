import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// People a company or a plant employs are its workforce, counted with the workers, not with the
// people a news event befell. Sentences of our own.
describe("people after a verb of employing are workers", () => {
  test.each([
    { language: "en", text: "The company, which employs 1,400 people at the site, hired a cleaning firm.", first: "workers [1400, 1400]" },
    { language: "de", text: "Das Werk beschäftigt 1.400 Menschen.", first: "workers [1400, 1400]" },
  ] as const)("$language: $text", ({ text, language, first }) => {
    expect(claimLines(text, language)[0]).toBe(first);
  });

  test("en: people something befell stay people", () => {
    expect(claimLines("Nine people are still in hospital.", "en")[0]).toMatch(/^people/);
  });
});
