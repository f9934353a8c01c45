import { PART_OF_GROUP } from "./lexicon/part-words";
import { lowerAt, type TokenStream } from "./tokens";

// "Two of the injured", "drei der Vermissten", "zwei von ihnen": a part of a group, after the figure.
const PART_OF = new Set([...PART_OF_GROUP.de, ...PART_OF_GROUP.en]);
// Groups whose members may die later and so leave them: the hurt and the missing.
const LATER_DEAD_OF = new Set(["injured", "missing"]);
const DEAD = "dead";

/**
 * "Two of the injured later died in hospital", "drei der Vermissten wurden tot geborgen", "zwei der
 * Verletzten erlagen später ihren Verletzungen": a part of the injured or the missing of whom death
 * is said is a count of dead, not of the group they were counted in before. `afterNumber` is the
 * token after the figure; `group` and `state` are the keys of the counted group ("injured") and of
 * what the clause says of it ("dead").
 */
export function isPartThatDied(ts: TokenStream, afterNumber: number, group: string, state: string): boolean {
  return state === DEAD && LATER_DEAD_OF.has(group) && PART_OF.has(lowerAt(ts, afterNumber));
}
