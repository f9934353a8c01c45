import pg from "pg";
import { beforeAll, describe, expect, test } from "vitest";
import {
  describeSchemaDrift,
  snapshotFromDatabase,
  snapshotFromPrismaSchema,
  type SchemaSnapshot,
} from "../support/schema-drift";
import { setupTestDatabase } from "../support/setup-test-database";

const databaseUrl = setupTestDatabase();

describe("schema.prisma and the migrations", () => {
  let migrated: SchemaSnapshot;
  const declared = snapshotFromPrismaSchema();

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    migrated = await snapshotFromDatabase(client);
    await client.end();
  });

  test("describe the same tables, columns, types, nullability, uniques, indexes, foreign keys and enums", () => {
    expect(describeSchemaDrift(declared, migrated)).toEqual([]);
  });

  test("every model of schema.prisma is checked (the comparison is not vacuous)", () => {
    expect(Object.keys(declared.tables)).toEqual(
      expect.arrayContaining(["annotation", "app_user", "article", "article_revision", "audit_event", "claim", "event", "facet", "outlet", "verdict"]),
    );
    expect(declared.foreignKeys.length).toBeGreaterThanOrEqual(10);
  });

  test.each([
    {
      label: "a column missing from the SQL",
      mutate: (s: SchemaSnapshot) => delete s.tables.claim?.scope,
      expected: "column claim.scope is in schema.prisma but not in the database",
    },
    {
      label: "a nullability mismatch",
      mutate: (s: SchemaSnapshot) => {
        const column = s.tables.article?.url;
        if (column) column.nullable = false;
      },
      expected: "column article.url: schema.prisma says nullable, database disagrees",
    },
    {
      label: "a column Prisma can only call Unsupported (the generated tsvector) missing from the SQL",
      mutate: (s: SchemaSnapshot) => delete s.tables.search_entry?.search_vector,
      expected: "column search_entry.search_vector is in schema.prisma but not in the database",
    },
    {
      label: "a different ON DELETE",
      mutate: (s: SchemaSnapshot) => {
        s.foreignKeys = s.foreignKeys.map((k) => k.replace("article(event_id) -> event(id) on delete CASCADE", "article(event_id) -> event(id) on delete NO ACTION"));
      },
      expected: "foreign key article(event_id) -> event(id) on delete CASCADE is in schema.prisma but not in the database",
    },
  ])("reports drift: $label", ({ mutate, expected }) => {
    const copy = structuredClone(migrated);
    mutate(copy);
    expect(describeSchemaDrift(declared, copy)).toContain(expected);
  });
});

