import { CLOSING_QUOTES, OPENING_QUOTES } from "./lexicon/punctuation";
import { TokenKind, isJoined, tokenAt, type TokenStream } from "./tokens";

// A storm's or an operation's name is a word or three ("Lando", "Ex-Ophelia", "Storm Ciarán").
const MAX_NAME_TOKENS = 5;

/**
 * The last token of an event noun together with a quoted name right after it: in "Der Taifun „Lando“
 * ist am Donnerstag …", "the storm 'Lando' hit on Thursday", the name belongs to the noun, so the
 * day's distance from the noun is counted from the closing quote. `nounLast` when no name follows.
 */
export function eventNounEnd(ts: TokenStream, nounLast: number): number {
  const open = nounLast + 1;
  if (ts.kind[open] !== TokenKind.punct || !OPENING_QUOTES.has(tokenAt(ts, open))) return nounLast;
  for (let k = open + 1; k < ts.count && k - open <= MAX_NAME_TOKENS; k++) {
    if (ts.kind[k] === TokenKind.punct && CLOSING_QUOTES.has(tokenAt(ts, k))) return k > open + 1 ? k : nounLast;
    if (ts.kind[k] !== TokenKind.word && tokenAt(ts, k) !== "-") return nounLast;
  }
  return nounLast;
}

/**
 * The first token of an event noun together with a plural possessive before it: in "Wednesday's
 * farmers' protest", "Saturday's teachers' strike", the apostrophe glued to "farmers" makes the
 * two one word of the noun phrase, as "Saturday's deadly earthquake" has one adjective between.
 */
export function eventNounStart(ts: TokenStream, noun: number): number {
  const mark = noun - 1;
  const word = noun - 2;
  if (word < 0 || ts.kind[word] !== TokenKind.word || !isJoined(ts, mark)) return noun;
  const t = tokenAt(ts, mark);
  if ((t !== "'" && t !== "’") || !tokenAt(ts, word).endsWith("s")) return noun;
  return mark;
}
