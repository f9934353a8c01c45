import { describe, expect, test } from "vitest";
import { normalizeClaimantName } from "./normalize-claimant-name";

describe("normalizeClaimantName", () => {
  test("a German compound names its institution by its tail, as extraction does", () => {
    expect(normalizeClaimantName("Regionalregierung", "de")).toContain("government");
    expect(normalizeClaimantName("the regional government", "en")).toContain("government");
  });

  test("a word no table knows stays its own lemma", () => {
    expect(normalizeClaimantName("Verdi", "de")).toEqual(["verdi"]);
  });
});
