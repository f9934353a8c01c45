/**
 * Punctuation that closes a stretch of text, shared by the readers that stop there. Tokens as the
 * tokenizer writes them; the same in both languages. Readers that stop elsewhere on purpose keep their
 * own set and say why beside it.
 */

/** The end of a sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?"]);

/**
 * The end of a sentence or of a statement within it: a semicolon or colon starts a new one, as a
 * period does; commas and dashes only close a clause. For readers that reach across clauses but not
 * into the next statement (a figure's holder, the size of a cut).
 */
export const STATEMENT_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, ";", ":"]);

/**
 * The end of a clause, or of the sentence: commas, semicolons, colons, dashes and brackets. A reader
 * that looks for a word of the figure's own clause ("Frankfurt hat … 776.000 Einwohner", "kürzt 1,5
 * Milliarden") stops at any of them.
 */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([",", ";", ":", ".", "!", "?", "(", ")", "–", "—"]);

/**
 * Where a subordinate clause or an aside opens inside one sentence ("…, der im August …", "– nach
 * Angaben …"), for readers that already stay within one sentence (so no sentence ends). No colon: a
 * day before one dates what follows it ("Die Bilanz am Freitag: 95 Tote").
 */
export const ASIDE_BREAKS: ReadonlySet<string> = new Set([",", ";", "–", "—", "("]);

// Quotation marks as the tokenizer leaves them: an apostrophe inside a word ("don't", "geht's") stays
// in the word, so a lone ' or ’ is a single quote or an apostrophe closing a word ("farmers'").
// German opens low and closes high („…“, ‚…‘) or points inward (»…«); English opens and closes high
// (“…”, ‘…’); French-style «…» turns up in both; straight marks serve either end.
const DOUBLE_OPENING = ["„", "“", "»", "«", "\""];
const DOUBLE_CLOSING = ["“", "”", "«", "»", "\""];
const SINGLE_OPENING = ["‚", "‘", "'"];
const SINGLE_CLOSING = ["‘", "’", "'"];

/** Marks that can open a quotation. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set([...DOUBLE_OPENING, ...SINGLE_OPENING]);

/** Marks that can close a quotation. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set([...DOUBLE_CLOSING, ...SINGLE_CLOSING]);

/**
 * The double marks of either end, for readers that count marks to know whether they stand inside a
 * quotation: single marks nest inside double ones („… ‚Wort‘ …“) and double as apostrophes ("Hans’
 * Rede"), so counting them would flip in the middle of a quote.
 */
export const DOUBLE_QUOTES: ReadonlySet<string> = new Set([...DOUBLE_OPENING, ...DOUBLE_CLOSING]);

/** The apostrophes of a possessive ("the Greens' spokesman", "Labour’s candidate"): typed or typeset. */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", "’"]);

/** The dashes that set off an aside or a headline's source ("– nach Angaben …"): en and em dash, never the hyphen. */
export const DASHES: ReadonlySet<string> = new Set(["–", "—"]);
