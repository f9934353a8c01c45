import { describe, expect, test } from "vitest";
import { SharedFreshRead } from "./shared-fresh-read";

/** A read whose answer is the database's value when the read began, and which ends when told. */
function fakeDatabase() {
  let value = 0;
  const pending: (() => void)[] = [];
  let reads = 0;
  return {
    write: () => (value += 1),
    read: () => {
      reads += 1;
      const seen = value;
      return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
    },
    /** Ends the oldest running read. */
    finishOne: async () => {
      pending.shift()?.();
      // Let the answers and the next read's start go round.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    get reads() {
      return reads;
    },
  };
}

describe("SharedFreshRead", () => {
  test("callers arriving while a read runs share the next read, which sees what they wrote", async () => {
    const db = fakeDatabase();
    const shared = new SharedFreshRead<number>();
    const first = shared.get("event", db.read);
    db.write(); // an editor's save commits while the first read runs, then the editor reads
    const afterSave = shared.get("event", db.read);
    const alongside = shared.get("event", db.read);
    expect(db.reads).toBe(1);
    await db.finishOne();
    expect(await first).toBe(0);
    expect(db.reads).toBe(2);
    await db.finishOne();
    expect(await afterSave).toBe(1);
    expect(await alongside).toBe(1);
    expect(shared.size).toBe(0);
  });

  test("keeps no answer: a caller after the read ended reads again", async () => {
    const db = fakeDatabase();
    const shared = new SharedFreshRead<number>();
    const first = shared.get("event", db.read);
    await db.finishOne();
    expect(await first).toBe(0);
    db.write();
    const later = shared.get("event", db.read);
    await db.finishOne();
    expect(await later).toBe(1);
    expect(db.reads).toBe(2);
  });

  test("keys are read apart", async () => {
    const db = fakeDatabase();
    const shared = new SharedFreshRead<number>();
    const a = shared.get("one", db.read);
    const b = shared.get("two", db.read);
    expect(db.reads).toBe(2);
    await db.finishOne();
    await db.finishOne();
    expect([await a, await b]).toEqual([0, 0]);
  });

  test("a failed read fails its callers only; the waiting ones get a read of their own", async () => {
    const shared = new SharedFreshRead<string>();
    let fail!: (error: Error) => void;
    const failing = shared.get("event", () => new Promise<string>((_, reject) => (fail = reject)));
    const waiting = shared.get("event", async () => "answered");
    fail(new Error("connection lost"));
    await expect(failing).rejects.toThrow("connection lost");
    expect(await waiting).toBe("answered");
    await expect(shared.get("event", () => { throw new Error("at once"); })).rejects.toThrow("at once");
    expect(shared.size).toBe(0);
  });
});
