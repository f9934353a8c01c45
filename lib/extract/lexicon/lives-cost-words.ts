import type { RuleWords } from "./rule-words";

/**
 * Forms of the German verbs of cost and loss that make "das Leben" a death: "Das Unglück kostete
 * zwölf Menschen das Leben", "Neun Bergsteiger verloren am Sonntag das Leben". Read by lib/extract/read-lives-cost.ts. English says "claimed … lives" and
 * has no such object after the count.
 */
export const LIFE_COST_VERBS: RuleWords = {
  de: ["kostete", "kosteten", "kostet", "kosten", "gekostet", "verlor", "verloren", "verliert", "verlieren"],
  en: [],
};
