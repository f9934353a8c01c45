import { z } from "zod";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { defineCommand } from "../lib/command";

export const migrateCommand = defineCommand({
  name: "migrate",
  summary: "apply pending database migrations",
  usage: `Usage: claimdiff migrate

Applies the SQL migrations in prisma/migrations that the database has not seen, each in its
own transaction, recorded in _prisma_migrations as \`prisma migrate deploy\` would.

Options:
  -h, --help   show this help`,
  options: {},
  allowPositionals: false,
  schema: z.object({}),
  async run() {
    const database = await openDatabase();
    try {
      const report = await applyMigrations(database.url);
      for (const name of report.applied) console.log(`✓ applied ${name}`);
      for (const name of report.modified) console.warn(`! ${name} changed after it was applied`);
      console.log(`${report.applied.length} applied, ${report.alreadyApplied} already up to date.`);
      return 0;
    } finally {
      await database.stop();
    }
  },
});
