import type { CompiledLexicon } from "./lexicon/compiled-lexicon";
import { STRIKE_NOUNS } from "./lexicon/strike-words";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// How far back the last gathering is looked for: a news article's length, no further.
const REACH = 600;

/** Whether a lowercase word names a strike ("Warnstreik", "walkout"). */
export function isStrikeNoun(word: string, language: "de" | "en"): boolean {
  const nouns = STRIKE_NOUNS[language];
  if ((nouns.words as readonly string[]).includes(word)) return true;
  return nouns.tails.some((tail) => word.endsWith(tail));
}

/**
 * Whether workers who "took part", "joined" or "beteiligten sich" at token `at` took part in a
 * strike: the last gathering the article named before them is a strike ("after a 48-hour strike …
 * 8,600 workers took part") rather than a march or a rally ("Kundgebung", "rally"). Participation
 * says nothing of what was joined; the article's last gathering does.
 */
export function readStrikeParticipation(ts: TokenStream, at: number, lex: CompiledLexicon): boolean {
  const language = lex.language === "de" ? "de" : "en";
  for (let j = at - 1; j >= 0 && j >= at - REACH; j--) {
    if (ts.kind[j] !== TokenKind.word) continue;
    const word = lowerAt(ts, j);
    if (isStrikeNoun(word, language)) return true;
    if (lex.gatherings.has(word)) return false;
  }
  return false;
}
