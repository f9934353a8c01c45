import type { CompiledLexicon } from "./lexicon";
import { EMPLOY_VERBS } from "./lexicon/employ-words";
import { wordSets } from "./lexicon/rule-words";
import { lowerAt, type TokenStream } from "./tokens";

const EMPLOY = wordSets(EMPLOY_VERBS);

/**
 * Whether the people counted from token `first` (the amount's first word, a hedge included) are
 * the object of a verb of employing: "The company, which employs 1,400 people at the site",
 * "Das Werk beschäftigt rund 1.400 Menschen". Such people are a workforce, counted with the
 * workers, not set against the sick or the injured that an article counts as "people" too.
 */
export function isEmployedPeople(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  return first > 0 && EMPLOY[lex.language].has(lowerAt(ts, first - 1));
}
