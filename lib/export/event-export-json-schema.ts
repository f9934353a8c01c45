import { z } from "zod";
import { eventExportSchema } from "./schema";

/**
 * The JSON Schema (draft 2020-12) of the JSON export, generated from the zod schema so the two
 * cannot disagree; `npm run schema:export` writes it to lib/export/event-export.schema.json.
 */
export function eventExportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(eventExportSchema, { target: "draft-2020-12", io: "output" });
}
