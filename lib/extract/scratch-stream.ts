import { tokenize, tokenizeInto } from "./tokenize";
import type { TokenStream } from "./tokens";

// Articles up to this many characters are tokenized into arrays kept from one article to the next
// (about 450 KB at most); longer ones get arrays of their own, so one huge paste is not held forever.
const REUSE_UP_TO = 200_000;

// Typed arrays of a few kilobytes cost a microsecond or more each to allocate (backing store,
// zeroing, external-memory bookkeeping), and an article needed four. With the lexicon and the place
// data on the heap it is worse: the bare tokenizer pass ran at a third of its speed in a process that
// had loaded them, most of it in allocating its arrays.
let kind: Uint8Array = new Uint8Array(1024);
let start: Int32Array = new Int32Array(1024);
let end: Int32Array = new Int32Array(1024);
let formIds: Int32Array = new Int32Array(1024);
/** Entries at and past this index are 0 in all four arrays. */
let used = 0;

/**
 * The token stream of `text` with `formIds` set up, in arrays shared by every call: the stream is
 * valid only until the next call, so only a caller that lets no reader keep it (extractClaims) may
 * use this. Reads past the last token see 0, as in fresh arrays.
 */
export function scratchTokenStream(text: string): TokenStream {
  if (text.length > REUSE_UP_TO) {
    const ts = tokenize(text);
    ts.formIds = new Int32Array(ts.count);
    return ts;
  }
  const ts = tokenizeInto(text, kind, start, end);
  // Grown arrays are kept for the next article.
  kind = ts.kind;
  start = ts.start;
  end = ts.end;
  if (used > ts.count) {
    kind.fill(0, ts.count, used);
    start.fill(0, ts.count, used);
    end.fill(0, ts.count, used);
  }
  if (formIds.length < ts.count) formIds = new Int32Array(kind.length);
  else formIds.fill(0, 0, Math.max(used, ts.count));
  used = ts.count;
  ts.formIds = formIds;
  return ts;
}
