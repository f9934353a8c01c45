import "server-only";
import type { DbClient } from "./client";
import { computeWhileWriting } from "./compute-while-writing";

/** The tables written in bulk; a name is never taken from input. */
type BulkTable = "article" | "article_revision" | "audit_event" | "claim" | "copy_fingerprint" | "facet";

/** Rows per statement: one JSON parameter each, well below what a message to the server may hold. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts many rows with one statement per few thousand: the rows travel as one JSON parameter
 * that `json_populate_recordset` turns into the table's own types (enums, dates, numeric, jsonb),
 * so it costs the server one parse and the client one parameter, where a multi-row INSERT through
 * the ORM binds a parameter per value. Rows are given with the ORM's field names (camelCase, mapped
 * to snake_case columns); a column no row names keeps its default. Triggers fire as for any insert.
 * `skipDuplicates` leaves out a row whose unique key is taken, as the ORM's option of that name.
 */
export async function insertRows(tx: DbClient, table: BulkTable, rows: readonly Record<string, unknown>[], options: { skipDuplicates?: boolean } = {}): Promise<void> {
  if (rows.length === 0) return;
  const fields = new Set<string>();
  for (const row of rows) for (const key in row) if (row[key] !== undefined) fields.add(key);
  // Each column's name once (not per row and field: 20,000 claims have half a million values).
  const named = [...fields].map((field) => [field, fieldColumn(field)] as const);
  const columns = named.map(([, column]) => `"${column}"`).join(", ");
  const statement = `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)${options.skipDuplicates ? " ON CONFLICT DO NOTHING" : ""}`;
  const jsonOf = (start: number) =>
    JSON.stringify(
      rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
        const values: Record<string, unknown> = {};
        for (const [field, column] of named) values[column] = row[field] ?? null;
        return values;
      }),
    );
  // Each statement's rows are turned into JSON while the database writes the ones before (20,000
  // claims: a third of a second of this thread's time, no longer waited for).
  let json = jsonOf(0);
  for (let start = ROWS_PER_STATEMENT; start < rows.length; start += ROWS_PER_STATEMENT) {
    json = await computeWhileWriting(tx.$executeRawUnsafe(statement, json), () => jsonOf(start));
  }
  await tx.$executeRawUnsafe(statement, json);
}

const fieldColumn = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
