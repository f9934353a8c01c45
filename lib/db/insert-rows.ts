import "server-only";
import type { DbClient } from "./client";
import { computeWhileWriting } from "./compute-while-writing";

/** The tables written in bulk; a name is never taken from input. */
type BulkTable = "article" | "article_revision" | "audit_event" | "claim" | "copy_fingerprint" | "facet";

/** Rows per statement: one JSON literal each, well below what a message to the server may hold. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * The audit entry ("create") each inserted row gets, written by the same statement from the row
 * as stored: `after` holds the listed fields (ORM names) of the row, `entityId` its id.
 */
export type CreateAudit = { actor: string; eventId: string; entityType: string; after: readonly string[] };

/**
 * Inserts many rows with one statement per few thousand: the rows travel as one JSON literal
 * (`dollarQuoted`) that `json_populate_recordset` turns into the table's own types (enums, dates,
 * numeric, jsonb), so it costs the server one parse and the client one string, where a multi-row
 * INSERT through the ORM binds a parameter per value. Rows are given with the ORM's field names (camelCase, mapped
 * to snake_case columns); a column no row names keeps its default, a field left out of one row (or
 * null) is NULL in it. Triggers fire as for any insert.
 * `skipDuplicates` leaves out a row whose unique key is taken, as the ORM's option of that name.
 * `audit` records each row's creation in the audit log with the same statement (tables with an
 * `id`), rather than sending every row a second time as an audit entry.
 */
export async function insertRows(
  tx: DbClient,
  table: BulkTable,
  rows: readonly Record<string, unknown>[],
  options: { skipDuplicates?: boolean; audit?: CreateAudit } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const fields = new Set<string>();
  for (const row of rows) for (const key in row) if (row[key] !== undefined) fields.add(key);
  // Each column's name once (not per row and field: 20,000 claims have half a million values).
  const named = [...fields].map((field) => [field, fieldColumn(field)] as const);
  const columns = named.map(([, column]) => `"${column}"`).join(", ");
  const insert = `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", ${ROWS}::json)${options.skipDuplicates ? " ON CONFLICT DO NOTHING" : ""}`;
  const { audit } = options;
  const template = audit ? withCreateAudit(insert, audit.after) : insert;
  const parameters = audit ? [audit.actor, audit.entityType, audit.eventId] : [];
  const send = (json: string) => tx.$executeRawUnsafe(template.replace(ROWS, () => dollarQuoted(json)), ...parameters);
  const jsonOf = (start: number) =>
    JSON.stringify(
      rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => {
        // Nulls are left out: the missing key reads as NULL, and most of a claim's columns are
        // empty, so its JSON is half as long for both sides to write and read.
        const values: Record<string, unknown> = {};
        for (const [field, column] of named) {
          const value = row[field];
          if (value !== undefined && value !== null) values[column] = value;
        }
        return values;
      }),
    );
  // Each statement's rows are turned into JSON while the database writes the ones before (20,000
  // claims: a third of a second of this thread's time, no longer waited for).
  let json = jsonOf(0);
  for (let start = ROWS_PER_STATEMENT; start < rows.length; start += ROWS_PER_STATEMENT) {
    json = await computeWhileWriting(send(json), () => jsonOf(start));
  }
  await send(json);
}

/** Where a statement's rows go: a literal in the statement's text, not a parameter. */
const ROWS = "/* rows */";

/**
 * The rows' JSON as a dollar-quoted literal of the statement's text. As a parameter, the ORM sent
 * it through `JSON.stringify` and `JSON.parse` once more (its raw queries serialize their
 * parameters), which on 20,000 claims took this thread longer than finding them; the text of the
 * statement goes to the driver as it is. The quote's tag is one the JSON does not hold, so
 * nothing in the rows can end the literal.
 */
export function dollarQuoted(json: string): string {
  let tag = "rows";
  for (let n = 0; json.includes(`$${tag}$`); n++) tag = `rows${n}`;
  return `$${tag}$${json}$${tag}$`;
}

/** `insert` followed, in one statement, by a "create" audit entry per row it inserted, in its order. */
function withCreateAudit(insert: string, after: readonly string[]): string {
  const fields = after.map((field) => `'${field}', n."${fieldColumn(field)}"`).join(", ");
  // Only the columns the entries read come back: `RETURNING *` kept every column of 20,000 claims
  // in the statement's memory on their way to the audit log.
  const returned = [...new Set(["id", ...after])].map((field) => `"${fieldColumn(field)}"`).join(", ");
  return `WITH n AS (${insert} RETURNING ${returned})
    INSERT INTO "audit_event" ("actor", "action", "entity_type", "entity_id", "event_id", "after")
    SELECT $1, 'create', $2, n."id"::text, $3::uuid, jsonb_build_object(${fields}) FROM n`;
}

const fieldColumn = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
