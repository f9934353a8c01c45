import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A year before a German participle used as an adjective ("das 1987 eröffnete Krankenhaus") is the
// noun's history: it counts nothing and dates no figure. A participle naming what is counted
// ("1987 verletzte Menschen") keeps its count, and a year of its own ("Im Jahr 1987") still dates
// the figure. Sentences of our own. Published on Monday 2025-05-19.

describe("a year before a participle dates the noun, not the figure", () => {
  test.each([
    { text: "Im 1987 eröffneten Krankenhaus wurden 40 Verletzte behandelt.", expected: ["injured [40, 40]"] },
    { text: "In dem 1987 eröffneten Krankenhaus wurden 40 Verletzte behandelt.", expected: ["injured [40, 40]"] },
    { text: "Laut der 1987 gegründeten Gewerkschaft streikten 40.000 Beschäftigte.", expected: ["strikers [40000, 40000]"] },
    { text: "Bei dem Unglück gab es 1987 verletzte Menschen.", expected: ["injured [1987, 1987]"] },
    { text: "Im Jahr 1987 wurden 40 Verletzte behandelt.", expected: ["injured [40, 40], as of 1987-01-01..1987-12-31"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "de")).toEqual(expected);
  });
});
