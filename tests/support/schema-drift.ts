import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type pg from "pg";

/** What schema.prisma says the database holds, reduced to what the drift check compares. */
export type SchemaSnapshot = {
  tables: Record<string, Record<string, { type: string; nullable: boolean }>>;
  uniques: string[]; // "table(col,col)"
  indexes: string[]; // "table(col,col)", non-unique
  foreignKeys: string[]; // "table(col) -> table(col) on delete RULE"
  enums: Record<string, string[]>;
};

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string }[] }[];
    indexes: { model: string; type: "id" | "normal" | "unique" | "fulltext"; fields: { name: string }[] }[];
  };
};

const SCALAR_TYPES: Record<string, string> = {
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  Decimal: "numeric",
  Json: "jsonb",
  Bytes: "bytea",
  Float: "double precision",
  String: "text",
  DateTime: "timestamp without time zone",
};
const NATIVE_TYPES: Record<string, string> = {
  Uuid: "uuid",
  Timestamptz: "timestamp with time zone",
  Date: "date",
  Decimal: "numeric",
};
const DELETE_RULES: Record<string, string> = {
  Cascade: "CASCADE",
  SetNull: "SET NULL",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

/** Reads prisma/schema.prisma through Prisma's own schema parser. */
export function snapshotFromPrismaSchema(
  schemaPath = path.join(import.meta.dirname, "../../prisma/schema.prisma"),
): SchemaSnapshot {
  const schemaText = readFileSync(schemaPath, "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schemaText }))) as Dmmf;
  const models = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const enumDbName = new Map(dmmf.datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, field: string) => {
    const found = model.fields.find((f) => f.name === field);
    return found?.dbName ?? field;
  };

  const snapshot: SchemaSnapshot = { tables: {}, uniques: [], indexes: [], foreignKeys: [], enums: {} };
  for (const model of models.values()) {
    const columns: SchemaSnapshot["tables"][string] = {};
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (!field.relationFromFields?.length) continue;
        const target = models.get(field.type);
        if (!target) continue;
        const rule = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        snapshot.foreignKeys.push(
          `${tableOf(model)}(${field.relationFromFields.map((f) => columnOf(model, f)).join(",")}) -> ` +
            `${tableOf(target)}(${(field.relationToFields ?? []).map((f) => columnOf(target, f)).join(",")}) on delete ${DELETE_RULES[rule]}`,
        );
        continue;
      }
      const base =
        field.kind === "enum"
          ? `enum ${enumDbName.get(field.type)}`
          : ((field.nativeType && NATIVE_TYPES[field.nativeType[0]]) ?? SCALAR_TYPES[field.type] ?? field.type);
      columns[field.dbName ?? field.name] = {
        type: field.isList ? `${base}[]` : base,
        // Lists are stored NOT NULL here: an absent list is the empty list.
        nullable: !field.isRequired && !field.isList,
      };
    }
    for (const { name, ...column } of unsupportedColumns(schemaText, model.name)) columns[name] = column;
    snapshot.tables[tableOf(model)] = columns;
  }
  for (const index of dmmf.datamodel.indexes) {
    const model = models.get(index.model);
    if (!model) continue;
    const key = `${tableOf(model)}(${index.fields.map((f) => columnOf(model, f.name)).join(",")})`;
    if (index.type === "unique" || index.type === "id") snapshot.uniques.push(key);
    else snapshot.indexes.push(key);
  }
  for (const e of dmmf.datamodel.enums) snapshot.enums[e.dbName ?? e.name] = e.values.map((v) => v.name);
  return normalize(snapshot);
}

/** Reads the same facts from a migrated database's catalog. */
export async function snapshotFromDatabase(client: pg.Client): Promise<SchemaSnapshot> {
  const snapshot: SchemaSnapshot = { tables: {}, uniques: [], indexes: [], foreignKeys: [], enums: {} };
  const columns = await client.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  for (const c of columns.rows) {
    const type =
      c.data_type === "USER-DEFINED" ? `enum ${c.udt_name}` : c.data_type === "ARRAY" ? `${arrayElement(c.udt_name)}[]` : c.data_type;
    (snapshot.tables[c.table_name] ??= {})[c.column_name] = { type, nullable: c.is_nullable === "YES" };
  }
  const indexes = await client.query<{ table: string; unique: boolean; columns: string[] }>(
    `SELECT t.relname AS table, i.indisunique AS unique,
            array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
      GROUP BY t.relname, i.indexrelid, i.indisunique`,
  );
  for (const i of indexes.rows) (i.unique ? snapshot.uniques : snapshot.indexes).push(`${i.table}(${i.columns.join(",")})`);
  const keys = await client.query<{ table: string; columns: string[]; ref: string; ref_columns: string[]; rule: string }>(
    `SELECT t.relname AS table, r.relname AS ref, rc.delete_rule AS rule,
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY o) AS columns,
            array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY o) AS ref_columns
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_class r ON r.oid = c.confrelid
       JOIN information_schema.referential_constraints rc
         ON rc.constraint_name = c.conname AND rc.constraint_schema = 'public'
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  for (const k of keys.rows) {
    snapshot.foreignKeys.push(`${k.table}(${k.columns.join(",")}) -> ${k.ref}(${k.ref_columns.join(",")}) on delete ${k.rule}`);
  }
  const enums = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`,
  );
  for (const e of enums.rows) snapshot.enums[e.name] = e.values;
  return normalize(snapshot);
}

/** Every difference between the two, one readable line each; empty when they agree. */
export function describeSchemaDrift(expected: SchemaSnapshot, actual: SchemaSnapshot): string[] {
  const drift: string[] = [];
  for (const table of union(Object.keys(expected.tables), Object.keys(actual.tables))) {
    const want = expected.tables[table];
    const have = actual.tables[table];
    if (!want) drift.push(`table ${table} exists in the database but not in schema.prisma`);
    else if (!have) drift.push(`table ${table} is in schema.prisma but not in the database`);
    else {
      for (const column of union(Object.keys(want), Object.keys(have))) {
        const w = want[column];
        const h = have[column];
        if (!w) drift.push(`column ${table}.${column} exists in the database but not in schema.prisma`);
        else if (!h) drift.push(`column ${table}.${column} is in schema.prisma but not in the database`);
        else {
          if (w.type !== h.type) drift.push(`column ${table}.${column}: schema.prisma says ${w.type}, database has ${h.type}`);
          if (w.nullable !== h.nullable) {
            drift.push(`column ${table}.${column}: schema.prisma says ${w.nullable ? "nullable" : "NOT NULL"}, database disagrees`);
          }
        }
      }
    }
  }
  const compareSets = (label: string, want: string[], have: string[]) => {
    for (const item of want) if (!have.includes(item)) drift.push(`${label} ${item} is in schema.prisma but not in the database`);
    for (const item of have) if (!want.includes(item)) drift.push(`${label} ${item} exists in the database but not in schema.prisma`);
  };
  compareSets("unique", expected.uniques, actual.uniques);
  compareSets("index", expected.indexes, actual.indexes);
  compareSets("foreign key", expected.foreignKeys, actual.foreignKeys);
  for (const name of union(Object.keys(expected.enums), Object.keys(actual.enums))) {
    const w = expected.enums[name]?.join(",");
    const h = actual.enums[name]?.join(",");
    if (w !== h) drift.push(`enum ${name}: schema.prisma has [${w ?? "nothing"}], database has [${h ?? "nothing"}]`);
  }
  return drift;
}

/**
 * The `Unsupported("type")` fields of one model (a generated tsvector column, say). Prisma's DMMF
 * leaves them out, though they are columns and its indexes may name them, so they are read from
 * the schema text: `name Unsupported("type")?` with an optional `@map("column")`.
 */
function unsupportedColumns(schemaText: string, modelName: string): { name: string; type: string; nullable: boolean }[] {
  const body = new RegExp(`^model ${modelName} \\{\\n([\\s\\S]*?)^\\}`, "m").exec(schemaText)?.[1] ?? "";
  return [...body.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?([^\n]*)$/gm)].map(([, field, type, optional, rest]) => ({
    name: /@map\("([^"]+)"\)/.exec(rest ?? "")?.[1] ?? field!,
    type: type!,
    nullable: optional === "?",
  }));
}

function arrayElement(udt: string): string {
  return ({ _text: "text", _int4: "integer", _uuid: "uuid" } as Record<string, string>)[udt] ?? udt.slice(1);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function normalize(snapshot: SchemaSnapshot): SchemaSnapshot {
  return {
    ...snapshot,
    uniques: [...new Set(snapshot.uniques)].sort(),
    indexes: [...new Set(snapshot.indexes)].sort(),
    foreignKeys: [...new Set(snapshot.foreignKeys)].sort(),
  };
}
