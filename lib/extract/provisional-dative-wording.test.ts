import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";

// A sentence of our own: "laut vorläufigem Endergebnis", the dative without an article, is a
// provisional result like "das vorläufige Endergebnis", not the final one its last word names.
describe("the stage of a result in the dative", () => {
  test("de: laut vorläufigem Endergebnis", () => {
    const [claim] = extractClaims("Laut vorläufigem Endergebnis kommt die KPÖ auf 27,4 Prozent.", { language: "de" });
    expect(claim?.figureStatus).toBe("provisional");
  });
});
