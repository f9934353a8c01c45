import { describe, expect, test } from "vitest";
import { claimLines } from "./test-fixtures";

// A possessive may end a name of several capitalized words: the whole name wrote the report, not its
// last word. Sentences of our own.
describe("a report's author is the whole name before the possessive", () => {
  test.each([
    { text: "The health office corrected the Red Cross's earlier count of 31 injured.", author: "Red Cross" },
    { text: "Salvation Army's count of 31 injured was later revised.", author: "Salvation Army" },
    { text: "Officials doubted the Mountain Rescue Service's figure of 31 injured.", author: "Mountain Rescue Service" },
  ])("$text", ({ text, author }) => {
    expect(claimLines(text, "en")[0]).toBe(`injured [31, 31], by ${author}`);
  });

  test("a single name or a claimant noun stays as it was", () => {
    expect(claimLines("The agency corrected the ministry's earlier count of 31 injured.", "en")[0]).toBe("injured [31, 31], by ministry");
    expect(claimLines("The agency corrected Oslo's earlier count of 31 injured.", "en")[0]).toMatch(/^injured \[31, 31\]/);
  });
});
