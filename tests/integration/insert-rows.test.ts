import { describe, expect, test } from "vitest";
import { getDb } from "@/lib/db/client";
import { computeWhileWriting } from "@/lib/db/compute-while-writing";
import { insertRows } from "@/lib/db/insert-rows";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

describe("insertRows", () => {
  test("rows over several statements (the next one's JSON made while the database writes) all arrive, in order", async () => {
    const rows = Array.from({ length: 12_001 }, (_, i) => ({ actor: "insert-rows-test", action: "create" as const, entityType: "probe", entityId: String(i), after: { n: i } }));
    await getDb().$transaction((tx) => insertRows(tx, "audit_event", rows), { timeout: 60_000 });
    const stored = await getDb().auditEvent.findMany({ where: { actor: "insert-rows-test" }, orderBy: { id: "asc" }, select: { entityId: true, after: true } });
    expect(stored).toHaveLength(rows.length);
    expect(stored.every((row, i) => row.entityId === String(i) && (row.after as { n: number }).n === i)).toBe(true);
  });

  test("a field null or missing in some rows is NULL in those and stored in the others", async () => {
    const rows = [
      { actor: "insert-rows-nulls", action: "create" as const, entityType: "probe", entityId: "a", after: { n: 1 }, before: null },
      { actor: "insert-rows-nulls", action: "update" as const, entityType: "probe", entityId: "b", before: { n: 0 } },
    ];
    await getDb().$transaction((tx) => insertRows(tx, "audit_event", rows));
    const stored = await getDb().auditEvent.findMany({ where: { actor: "insert-rows-nulls" }, orderBy: { id: "asc" }, select: { action: true, entityId: true, before: true, after: true } });
    expect(stored).toEqual([
      { action: "create", entityId: "a", before: null, after: { n: 1 } },
      { action: "update", entityId: "b", before: { n: 0 }, after: null },
    ]);
  });

  test("text that holds the literal's own quote marks ($rows$, $rows0$, quotes, backslashes) is stored as sent", async () => {
    const tricky = ["ends here $rows$ ); DROP TABLE claim; --", "$rows0$ and $rows1$", "it's \\ \"quoted\" $$ $x$", "Ümlaut – 🙂"];
    const rows = tricky.map((text, i) => ({ actor: "insert-rows-quotes", action: "create" as const, entityType: "probe", entityId: String(i), after: { text } }));
    await getDb().$transaction((tx) => insertRows(tx, "audit_event", rows));
    const stored = await getDb().auditEvent.findMany({ where: { actor: "insert-rows-quotes" }, orderBy: { id: "asc" }, select: { after: true } });
    expect(stored.map((row) => (row.after as { text: string }).text)).toEqual(tricky);
  });

  test("a statement that fails fails its transaction, whatever was computed meanwhile", async () => {
    const attempt = getDb().$transaction(async (tx) => {
      const computed = await computeWhileWriting(tx.$executeRawUnsafe(`INSERT INTO "audit_event" ("actor") VALUES ('x')`), () => "computed");
      return computed;
    });
    await expect(attempt).rejects.toThrow();
    expect(await getDb().auditEvent.count({ where: { actor: "x" } })).toBe(0);
  });
});
