import type { CompiledLexicon } from "./lexicon";
import { formIdAt, lowerAt, type TokenStream } from "./tokens";

/**
 * What a reader decides from a word's spelling alone (a byte of flags), worked out once per word
 * form (`formIdAt`) and lexicon and then read from a table. `decide` must never return 0: the
 * table keeps 0 for "not decided yet". A word without a form number is decided every time.
 */
export function memoByForm(decide: (word: string, lex: CompiledLexicon) => number): (ts: TokenStream, i: number, lex: CompiledLexicon) => number {
  const tables = new WeakMap<CompiledLexicon, { bytes: Uint8Array }>();
  // The table of the lexicon asked about last: an article asks many times in one language, and a
  // WeakMap lookup per word cost more than the table read it leads to.
  let lastLex: CompiledLexicon | null = null;
  let lastTable: { bytes: Uint8Array } = { bytes: new Uint8Array(0) };
  return (ts, i, lex) => {
    const id = formIdAt(ts, i);
    if (id === 0) return decide(lowerAt(ts, i), lex);
    let table = lex === lastLex ? lastTable : tables.get(lex);
    if (!table) tables.set(lex, (table = { bytes: new Uint8Array(1024) }));
    lastLex = lex;
    lastTable = table;
    if (id >= table.bytes.length) {
      const grown = new Uint8Array(Math.max(id + 1, table.bytes.length * 2));
      grown.set(table.bytes);
      table.bytes = grown;
    }
    let known = table.bytes[id]!;
    if (known === 0) table.bytes[id] = known = decide(lowerAt(ts, i), lex);
    return known;
  };
}
