import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { eventExportJsonSchema } from "./event-export-json-schema";

test("the committed JSON Schema file is what the zod schemas generate (run `npm run schema:export`)", () => {
  const committed = JSON.parse(readFileSync(path.join(import.meta.dirname, "event-export.schema.json"), "utf8"));
  expect(committed).toEqual(eventExportJsonSchema());
});

test("the JSON Schema requires a schemaVersion and the event's articles and facets", () => {
  const schema = eventExportJsonSchema() as { required: string[] };
  expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "event", "articles", "facets"]));
});
