import type { CompiledLexicon } from "./lexicon";
import { looksLikeYear, type YearRange } from "./looks-like-year";
import { conceptOfNoun } from "./read-counted-phrase";
import { TokenKind, isCapitalized, lowerAt, tokenAt, type TokenStream } from "./tokens";

// A building or a body may be older than the recent years: "die 1848 gegründete Partei".
const FOUNDING_YEARS: YearRange = { earliest: 1800, latest: 2099 };
// A German past participle with an adjective's ending: weak with "ge-" ("gegründeten",
// "fertiggestellten"), weak with an unstressed prefix and no "ge-" ("eröffneten", "errichtete"),
// "-iert" ("renovierten"), or strong with "ge-" ("geschlossenen").
const PARTICIPLE_ADJECTIVE =
  /^(?:\p{L}*ge\p{L}{2,}(?:t|en)|(?:be|er|ver|zer|ent|emp|miss)\p{L}{2,}t|\p{L}{3,}iert)(?:e|en|er|es|em)$/u;

/**
 * "das 1987 eröffnete Krankenhaus", "in der 1962 fertiggestellten Talsperre": a year right before a
 * German participle used as an adjective, itself before its noun, dates the act the participle
 * names, the noun's history; it counts nothing and dates no figure. A participle that names what
 * is counted ("1987 verletzten Menschen" is a count of the injured) is none. `j` is the year's token.
 */
export function isYearBeforeParticiple(ts: TokenStream, j: number, lex: CompiledLexicon): boolean {
  if (lex.language !== "de" || ts.kind[j] !== TokenKind.number || !looksLikeYear(tokenAt(ts, j), FOUNDING_YEARS)) return false;
  const participle = lowerAt(ts, j + 1);
  if (ts.kind[j + 1] !== TokenKind.word || isCapitalized(ts, j + 1) || !PARTICIPLE_ADJECTIVE.test(participle)) return false;
  return ts.kind[j + 2] === TokenKind.word && isCapitalized(ts, j + 2) && conceptOfNoun(participle, lex) === null;
}
