import { describe, expect, it } from "vitest";
import { readReviewChoice, reviewChoice } from "./review-choice";

const ID = "0b6f2a52-4f4e-4a5e-9d55-3f1f0f6c9a10";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("review choices", () => {
  it("reads back what a review button names", () => {
    expect(readReviewChoice(form({ slug: "s", review: reviewChoice(ID, 3, "rejected") }), "review", true)).toEqual({ claimId: ID, status: "rejected", expectedVersion: 3 });
  });

  it("reads back what a delete button names, with no status", () => {
    expect(readReviewChoice(form({ remove: reviewChoice(ID, 7) }), "remove", false)).toEqual({ claimId: ID, status: undefined, expectedVersion: 7 });
  });

  it("falls back to the separate fields (the conflict notice's resubmission)", () => {
    expect(readReviewChoice(form({ claimId: ID, status: "confirmed", expectedVersion: "2" }), "review", true)).toEqual({ claimId: ID, status: "confirmed", expectedVersion: 2 });
  });

  it("reads nothing from a value of the wrong shape", () => {
    for (const value of ["confirmed:" + ID, `${ID}:1`, `a:b:c:d`, ""]) {
      expect(readReviewChoice(form({ review: value }), "review", true)).toEqual({ claimId: undefined, status: undefined, expectedVersion: undefined });
    }
  });
});
