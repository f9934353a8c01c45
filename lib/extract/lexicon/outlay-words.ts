import type { RuleWords } from "./rule-words";

/**
 * Modifiers of a cost that make it a running outlay of a budget (`lib/extract/outlay-cost.ts`):
 * "Personalkosten", "Zinskosten", "staff costs", "debt-servicing costs". GUIDE.md files what a budget
 * pays for its staff, its interest or its pensions as `spending` with the modifier as its part; a cost
 * without such a modifier ("Kosten", "the damage") stays a cost.
 */
export const OUTLAY_MODIFIERS: RuleWords = {
  de: ["Personal", "Zins", "Zinsen", "Pension", "Pensionen", "Lohn", "Löhne", "Gehalt", "Gehälter", "Betrieb", "Versorgung"],
  en: ["staff", "staffing", "personnel", "interest", "servicing", "debt-servicing", "pension", "pensions", "wage", "wages", "payroll", "salary", "salaries", "running", "operating"],
};
