import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A report giving or putting a figure ("The projection gives the Liberals 33 seats"): the object is
// whom the figure is about, the source the report's author. Sentences of our own.

describe("a report as the subject of 'give' or 'put' speaks for its author, never for its object", () => {
  test.each([
    { text: "Radio North's seat projection, based on half the votes, gives the Liberals 33 seats.", expected: ["seats/holder:liberals+projection [33, 33], by Radio North, of Liberals"] },
    { text: "The Civica institute's projection, at 7 p.m., put the Greens on 21.5%.", expected: ["votes/holder:greens+projection [21.5, 21.5] %, by Civica institute, of Greens"] },
    { text: "A rival poll by the weekly Courier gives the Liberals only 30 seats.", expected: ["seats/holder:liberals [30, 30], by Courier, of Liberals"] },
    // A count or a result states its figures: nobody is the source, and the party is the holder.
    { text: "The final tally gave the Liberals 31 seats.", expected: ["seats/holder:liberals [31, 31], of Liberals"] },
    { text: "The first official figures put the Liberals at 27.4%.", expected: ["votes/holder:liberals [27.4, 27.4] %, of Liberals"] },
    // A place's result is nobody's report.
    { text: "Kiel's final result gives the Greens a second seat.", expected: ["seats/holder:greens [2, 2], of Greens"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});

describe("a speaker putting a figure is read as before", () => {
  test.each([
    { text: "Police put the crowd at 12,000.", expected: ["protesters [12000, 12000], by police"] },
    { text: "The union put the number of strikers at 40,000.", expected: ["strikers [40000, 40000], by union"] },
  ])("$text", ({ text, expected }) => {
    expect(claimLines(text, "en")).toEqual(expected);
  });
});
