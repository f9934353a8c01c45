import type { RuleWords } from "./rule-words";

/**
 * Verbs that make a count a change of what someone holds (`lib/extract/read-count-change.ts`): a
 * party that "loses two seats" holds two fewer, one that "picks up four seats" four more. Losing
 * is a fall, so the count is negative (GUIDE.md: "einen weniger" is −1).
 */
// Right before the count ("verliert ein Mandat", "büßt drei Sitze ein", "lost two seats").
export const LOSS_BEFORE: RuleWords = {
  de: ["verliert", "verlor", "verloren", "verlieren", "verlöre", "büßt", "büßte", "büßten", "büßen", "einbüßen", "einbüßte", "abgeben", "gibt ab"],
  en: ["lost", "loses", "lose", "losing", "shed", "sheds", "shedding", "gave up", "gives up", "give up", "drop", "drops", "dropped", "dropping"],
};
// A sentence adverb may stand between the verb and the count: "verliert aber zwei Sitze", "lost
// again two seats" is rare in English, "gewinnt jedoch ein Mandat hinzu" is not in German.
export const CHANGE_ADVERBS: RuleWords = {
  de: ["aber", "jedoch", "allerdings", "dennoch", "trotzdem", "erneut", "wieder", "nochmals", "zudem", "auch", "sogar", "nur"],
  en: ["also", "again", "even", "only"],
};
// Right before the count, naming a gain ("picked up four seats", "gained two seats").
export const GAIN_BEFORE: RuleWords = {
  de: ["hinzugewinnen", "dazugewinnen", "hinzugewann", "dazugewann"],
  en: ["picked up", "picks up", "pick up", "picking up", "gained", "gains", "gain", "gaining", "added", "adds"],
};
// A German verb whose particle after the noun makes it a gain: "gewinnt zwei Sitze hinzu", "holte ein Mandat dazu".
export const GAIN_WITH_PARTICLE: RuleWords = {
  de: ["gewinnt", "gewann", "gewinnen", "gewannen", "holt", "holte", "holen", "holten", "bekommt", "bekam", "erhält", "erhielt"],
  en: [],
};
// Giving votes is casting them: "180.400 Stimmen wurden abgegeben" counts the votes cast, never
// votes lost, as "hat zwei Sitze abgegeben" counts seats lost. These words lose no votes.
export const VOTES_CAST: RuleWords = { de: ["abgegeben", "abgeben", "gibt ab"], en: [] };
export const GAIN_PARTICLES: RuleWords = { de: ["hinzu", "dazu"], en: [] };
// At the German clause end, after the count ("hat zwei Sitze verloren", "drei Mandate hinzugewonnen").
export const CHANGE_AFTER: Record<"up" | "down", RuleWords> = {
  down: { de: ["verloren", "eingebüßt", "einbüßen", "einbüßte", "abgegeben", "abgeben"], en: [] },
  up: { de: ["hinzugewonnen", "dazugewonnen", "hinzugewinnen", "dazugewinnen"], en: [] },
};

/**
 * Words before an ordinal seat that make it the holder's own next seat, so its rank is the holder's
 * new total: "picked up an 11th seat", "won its 11th seat", "holte ihr 11. Mandat". After "the"/
 * "den" the rank may be the seat's place in the allocation ("the 11th seat went to…"): no claim.
 */
export const OWN_SEAT_OPENERS: RuleWords = {
  de: ["ein", "einen", "eines", "ihr", "ihren", "ihrem", "sein", "seinen", "seinem"],
  en: ["a", "an", "its", "their", "his", "her"],
};
