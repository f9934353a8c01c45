import { readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";

/** Checks `data` against the generated JSON Schema in the repository, as another program would (ajv). */
export async function expectValidExport(data: unknown): Promise<void> {
  const schema = JSON.parse(await readFile(path.join(import.meta.dirname, "../../lib/export/event-export.schema.json"), "utf8"));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
}
