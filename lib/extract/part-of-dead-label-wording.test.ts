import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { proposeFacets } from "./propose-facets";

// Wording of a facet's label for a part of the dead named by who they were: "Among the dead were 12
// passengers", "Unter den Toten waren 12 Passagiere" are labelled as dead among that kind of people,
// not by the word for those people alone. Sentences of our own, German and English.

const labels = (text: string, language: "de" | "en") =>
  proposeFacets([{ articleId: "a", language, candidates: extractClaims(text, { language, publishedAt: "2025-05-19" }) }]).map((f) => f.label);

describe("the label of a part of the dead says it is a part of the dead", () => {
  test.each([
    { language: "en", text: "Among the dead were 14 tourists.", label: "Dead among tourists" },
    { language: "de", text: "Unter den Toten waren 14 Touristen.", label: "Dead among Touristen" },
    { language: "en", text: "Among the injured were 9 firefighters.", label: "Injured among firefighters" },
  ] as const)("$language: $text", ({ text, language, label }) => {
    expect(labels(text, language)).toContain(label);
  });

  test("a part named by a group the tables know keeps its label", () => {
    expect(labels("Unter den Toten sind 12 Kinder.", "de")).toContain("Dead among children");
  });

  test("a count of a thing no concept knows keeps the articles' word", () => {
    expect(labels("The strike grounded about 160 flights.", "en")).toContain("Flights");
  });
});
