/**
 * Punctuation that closes a stretch of text, shared by the readers that stop there. Tokens as the
 * tokenizer writes them; the same in both languages. Readers that stop elsewhere on purpose keep their
 * own set and say why beside it.
 */

/** The end of a sentence. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?"]);

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
