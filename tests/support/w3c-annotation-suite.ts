import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

// The W3C Web Annotation test suite (JSON Schema draft-04 assertions) as a validator. The suite
// stays in ../shared beside the repository; it is read at test time, never copied in.

const REPO_ROOT = path.join(import.meta.dirname, "../..");
export const SUITE_DIR = path.resolve(REPO_ROOT, "../shared/w3c-web-annotation-tests");

export const suiteIsHere = () => existsSync(path.join(SUITE_DIR, "annotations/annotationMusts.test"));

/** The selector assertions (under annotations/specificResource/) for the selectors our export uses. */
export const SELECTOR_ASSERTIONS = [
  "annotations/specificResource/4.2-selectorFound.json",
  "annotations/specificResource/4.2-selectorValidIfPresent.json",
  "annotations/specificResource/4.2.4-textQuoteSelector.json",
  "annotations/specificResource/4.2.4-textQuoteSelectorValid.json",
  "annotations/specificResource/4.2.4-prefix.json",
  "annotations/specificResource/4.2.4-suffix.json",
  "annotations/specificResource/4.2.5-textPositionSelector.json",
  "annotations/specificResource/4.2-TextDataPositionSelectorValid.json",
];

type Assertion = { file: string; title: string; validate: (data: unknown) => boolean; errors: () => string };

const read = (file: string) => JSON.parse(readFileSync(path.join(SUITE_DIR, file), "utf8")) as Record<string, unknown>;

/** Every assertion of a `.test` file of the suite (e.g. annotations/annotationMusts.test). */
export function assertionsOf(testFile: string): string[] {
  return (read(testFile).assertions as string[]).slice();
}

/**
 * Compiles assertion files of the suite, with the shared definitions/ their `$ref`s point at.
 * Each returned assertion says whether a document satisfies it.
 */
export function compileAssertions(files: string[]): Assertion[] {
  // The suite's schemas carry keywords of its own harness (assertionType, expectedResult…), and
  // rely on draft-04's rule that keywords beside a `$ref` are ignored (ajv applies them otherwise).
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, ignoreKeywordsWithRef: true, logger: false });
  addFormats(ajv);
  for (const name of readdirSync(path.join(SUITE_DIR, "definitions"))) ajv.addSchema(read(`definitions/${name}`));
  return files.map((file) => {
    const schema = read(file);
    // Relative ids, as the suite gives them, so `annotations.json#…` resolves to the definitions.
    const validate = ajv.compile({ ...schema, id: path.basename(file) });
    return { file, title: String(schema.title), validate: (data) => validate(data) as boolean, errors: () => ajv.errorsText(validate.errors) };
  });
}

/** The assertions a document fails, with why. */
export function failedAssertions(assertions: Assertion[], document: unknown): string[] {
  return assertions.filter((a) => !a.validate(document)).map((a) => `${a.file}: ${a.errors()}`);
}
