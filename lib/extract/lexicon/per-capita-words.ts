import type { RuleWords } from "./rule-words";

/**
 * What makes an amount one per person (`lib/extract/read-per-capita.ts`): "1.250 Euro pro
 * Einwohner", "€1,250 per head". Such an amount answers another question than the total, so it
 * compares only with other amounts per person.
 */
export const PER_CAPITA: RuleWords = {
  de: [
    "pro einwohner", "pro einwohnerin", "je einwohner", "pro kopf", "je kopf", "pro person", "je person", "pro bürger",
    "je bürger", "pro bewohner", "je bewohner", "für jeden einwohner", "für jede einwohnerin", "für jeden bürger", "für jede person",
  ],
  en: [
    "per resident", "per head", "per capita", "per person", "per inhabitant", "per citizen", "a head", "a person",
    "for every resident", "for each resident", "per head of population", "for every person", "for each person",
    "for every citizen", "for each citizen", "for every inhabitant", "for each inhabitant",
  ],
};
