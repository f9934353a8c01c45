import { expect, test } from "vitest";
import { AppError, EditConflictError, toErrorResponse } from "./errors";

test.each([
  {
    label: "an edit conflict is a 409 carrying both versions",
    error: new EditConflictError("claim", "c1", { version: 3, status: "confirmed" }, { version: 2, status: "rejected" }),
    expected: { status: 409, body: { conflict: { current: { version: 3, status: "confirmed" }, attempted: { version: 2, status: "rejected" } } } },
  },
  { label: "another conflict has no versions to show", error: new AppError("CONFLICT", "taken"), expected: { status: 409, body: { error: "taken" } } },
])("$label", ({ error, expected }) => {
  expect(toErrorResponse(error)).toMatchObject(expected);
});

test("an edit conflict is an AppError, so every existing mapping still treats it as one", () => {
  const error = new EditConflictError("facet", "f1", { version: 2, label: "Theirs" }, { version: 1, label: "Mine" });
  expect(error).toBeInstanceOf(AppError);
  expect(error.code).toBe("CONFLICT");
  expect(error.message).toMatch(/Someone saved this facet/);
});
