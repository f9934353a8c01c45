import type { RuleWords } from "./rule-words";

/**
 * Verbs that move or keep a party's share (`lib/extract/read-holder.ts`): "Die Grünen rutschten um
 * 4,8 Punkte auf 22,1 Prozent ab", "die SPD sank auf 20,1 Prozent", "Die Grünen blieben mit 34
 * Prozent stärkste Kraft". German capitalizes every noun, so a name that is no acronym holds a
 * figure only beside a verb that says someone won, lost or stood at it; these are such verbs too.
 * English needs none of them (it capitalizes names only).
 */
export const SHARE_MOVE_VERBS: RuleWords = {
  de: [
    "rutschte", "rutschten", "rutscht", "rutschen", "fiel", "fielen", "fällt", "fallen", "sank", "sanken", "sinkt",
    "stieg", "stiegen", "steigt", "kletterte", "kletterten", "verbesserte", "verbesserten", "verbessert",
    "verschlechterte", "verschlechterten", "legte", "legten", "blieb", "blieben", "bleibt", "bleiben", "lagen",
    // "Die Grünen scheiterten mit 4,9 Prozent an der Hürde", "verpasste mit 4,8 Prozent den Einzug":
    // failing a bar says at which share the party stood.
    "scheiterte", "scheiterten", "scheitert", "scheitern", "verpasste", "verpassten", "verpasst", "verfehlte", "verfehlten", "verfehlt",
  ],
  en: [],
};
