import type { RuleWords } from "./rule-words";

/**
 * Verbs of demanding and offering (`lib/extract/read-demanded-amount.ts`): "Verdi fordert 8
 * Prozent", "Die Arbeitgeber bieten 5,5 Prozent", "hatten 3 Prozent angeboten", "Employers have
 * offered 3%". Their subject gives the amount they govern, as a speaker gives a figure. German
 * "fordern" also says that a disaster took lives ("forderte 40 Tote"), so a German verb here credits
 * its subject only with a share or a sum of money in its own clause; English demands and offers are
 * speech verbs outright (en.ts).
 */
export const DEMAND_VERBS: RuleWords = {
  de: ["fordert", "fordern", "forderte", "forderten", "gefordert", "verlangt", "verlangen", "verlangte", "verlangten"],
  en: ["demand", "demands", "demanded", "demanding", "seek", "seeks", "sought", "seeking"],
};

/** Verbs of offering, read as DEMAND_VERBS are: a demand and an offer are two proposals, never rival answers to one question. */
export const OFFER_VERBS: RuleWords = {
  de: ["bietet", "bieten", "bot", "boten", "angeboten", "anbieten"],
  en: ["offer", "offers", "offered", "offering"],
};
