import { expect, test } from "vitest";
import { createUser } from "@/lib/db/create-user";
import { ensureEvent } from "@/lib/db/events";
import { readStartState } from "@/lib/db/start-state";
import { setupTestDatabase } from "../support/setup-test-database";

const url = setupTestDatabase();

test("a new database asks for the demo and its admin; once they exist, a start has nothing to do", async () => {
  expect(await readStartState(url())).toEqual({ noEvents: true, noUsers: true });

  await ensureEvent({ slug: "start-state" }, "test");
  expect(await readStartState(url())).toEqual({ noEvents: false, noUsers: true });

  await createUser({ email: "start-state@claimdiff.example", role: "viewer", password: "a long enough password" }, "test");
  expect(await readStartState(url())).toEqual({ noEvents: false, noUsers: false });
});
