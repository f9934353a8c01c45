import type { RuleWords } from "./rule-words";

/**
 * Phrases that put a party's leader or lead candidate after the party: "the conservatives led by
 * Gregor Anselm won 35 seats", "die Grünen unter Führung von …", "angeführt von …". The person
 * named after them leads the group named before, which holds the figure (lib/extract/read-holder.ts).
 */
export const LEADER_PHRASES: RuleWords = {
  de: ["angeführt von", "geführt von", "unter führung von", "unter der führung von", "mit spitzenkandidat", "mit spitzenkandidatin"],
  en: ["led by", "headed by", "under the leadership of", "fronted by"],
};
