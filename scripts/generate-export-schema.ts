// npm run schema:export – regenerate lib/export/event-export.schema.json from the zod schemas.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { eventExportJsonSchema } from "@/lib/export/event-export-json-schema";

export const EXPORT_JSON_SCHEMA_PATH = path.join(import.meta.dirname, "../lib/export/event-export.schema.json");

await writeFile(EXPORT_JSON_SCHEMA_PATH, `${JSON.stringify(eventExportJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), EXPORT_JSON_SCHEMA_PATH)}`);
