/**
 * Front matter written the way importers and exports write it: one `key: "text"` or `key: word`
 * per line. Such a block means the same to any YAML reader, and reading it by hand is ten times
 * cheaper than a YAML parser's full document model, which cost a bulk import of 2,000 files about
 * half a second. Anything else (comments, blank lines, nested outlets, escapes, numbers, dates
 * without quotes, a key twice) returns undefined, and the caller hands it to the YAML parser.
 */
export function readPlainFrontMatter(source: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  for (const line of source.split("\n")) {
    const match = LINE.exec(line);
    if (!match) return undefined;
    const [, key, quoted, word] = match as unknown as [string, string, string | undefined, string | undefined];
    if (Object.hasOwn(data, key)) return undefined;
    // A bare word is text in YAML 1.2, but for these, which are booleans and null.
    if (word !== undefined && NOT_TEXT.has(word)) return undefined;
    data[key] = quoted ?? word!;
  }
  return data;
}

// A double-quoted value without escapes, quotes or control characters (nor those YAML refuses:
// DEL, C1 controls, Unicode line breaks, byte-order marks, non-characters), or a bare word of
// letters and hyphens.
const LINE = /^([a-z][a-z_]*): (?:"([^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]*)"|([A-Za-z][A-Za-z-]*))$/;
const NOT_TEXT = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
