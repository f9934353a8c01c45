import type { RuleWords } from "./rule-words";

/**
 * Words between an amount of a budget and the year it is budgeted for: "21,7 Mrd. Euro im Jahr 2031",
 * "310 Mio. Euro für 2031", "€4.1bn in 2031", "€4.1bn for fiscal 2031". The year names which budget
 * the amount belongs to (GUIDE.md: a part of the budget goes into `qualifier`), not a day it holds on.
 */
export const BUDGET_YEAR_LEADS: RuleWords = {
  de: ["im jahr", "im haushaltsjahr", "im finanzjahr", "für das jahr", "für das haushaltsjahr", "für", "in"],
  en: ["in", "for", "in fiscal", "for fiscal", "in the fiscal year", "for the fiscal year", "in fiscal year", "for fiscal year", "in the year", "for the year", "in financial year", "for financial year"],
};
