import type { RuleWords } from "./rule-words";

/**
 * The prepositions of a change between two levels, "von 3,9 auf 3,2 Prozent", "from €15.8bn to
 * €16.3bn": the readers of a change's levels, of their dates and of who holds them stop or go on there.
 */

/** Opens the level a change starts from: "von 250 Millionen", "from NOK 250m". */
export const LEVEL_FROM: RuleWords = { de: ["von"], en: ["from"] };

/** Opens the level a change goes to: "auf 17.810 Stimmen", "to €16.3bn". */
export const LEVEL_TO: RuleWords = { de: ["auf"], en: ["to"] };
