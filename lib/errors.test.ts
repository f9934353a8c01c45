import { expect, test } from "vitest";
import { AppError, EditConflictError, toErrorResponse } from "./errors";

test.each([
  {
    label: "an edit conflict is a 409 carrying both versions",
    error: new EditConflictError("claim", "c1", { version: 3, status: "confirmed" }, { version: 2, status: "rejected" }),
    expected: { status: 409, body: { conflict: { current: { version: 3, status: "confirmed" }, attempted: { version: 2, status: "rejected" } } } },
  },
  { label: "another conflict has no versions to show", error: new AppError("CONFLICT", "taken"), expected: { status: 409, body: { error: "taken" } } },
  {
    label: "a unique key taken at the same moment is a 409, never a 500",
    error: Object.assign(new Error("Unique constraint failed on the fields: (`domain`)"), { code: "P2002" }),
    expected: { status: 409, body: { error: expect.stringMatching(/already exists/) } },
  },
  {
    label: "a transaction broken off by a concurrent one is a 409 that says to try again",
    error: Object.assign(new Error("write conflict or a deadlock"), { code: "P2034" }),
    expected: { status: 409, body: { error: expect.stringMatching(/Try again/) } },
  },
])("$label", ({ error, expected }) => {
  expect(toErrorResponse(error)).toMatchObject(expected);
});

test("an edit conflict is an AppError, so every existing mapping still treats it as one", () => {
  const error = new EditConflictError("facet", "f1", { version: 2, label: "Theirs" }, { version: 1, label: "Mine" });
  expect(error).toBeInstanceOf(AppError);
  expect(error.code).toBe("CONFLICT");
  expect(error.message).toMatch(/Someone saved this facet/);
});

/** What Prisma throws when PostgreSQL refuses a value: the driver's error a few levels down. */
const prismaWrapping = (originalCode: string) =>
  Object.assign(new Error("Invalid `prisma.user.findUnique()` invocation"), {
    code: "P2010",
    meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause: { originalCode, originalMessage: "…", kind: "postgres" } }) },
  });

test.each([
  { label: "a NUL byte in text (22021)", error: prismaWrapping("22021"), status: 422 },
  { label: "a number out of range (22003)", error: prismaWrapping("22003"), status: 422 },
  { label: "a raw pg error of class 22", error: Object.assign(new Error("value too long"), { code: "22001" }), status: 422 },
  { label: "a lost connection is ours, not the caller's", error: prismaWrapping("08006"), status: 500 },
  { label: "a unique violation is not a data exception", error: prismaWrapping("23505"), status: 500 },
])("$label: $status, saying nothing of the database", ({ error, status }) => {
  const response = toErrorResponse(error);
  expect(response.status).toBe(status);
  expect(response.body.error).not.toMatch(/prisma|postgres|SQL/i);
});
