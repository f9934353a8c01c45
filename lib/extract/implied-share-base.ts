// A public deficit or debt given in percent with no base named is a share of the economy's output:
// "Das Defizit soll 3,2 Prozent betragen" and "a deficit of 3.6% of GDP" answer one question, as do
// "die Schuldenquote liegt bei 44,8 Prozent" and "debt will reach 46.1% of GDP". News names the base
// only now and then; no other base is meant when it does not.
const SHARES_OF_OUTPUT = new Set(["deficit", "debt"]);

/**
 * The base a percentage of `subject` is a share of when the text names none, or null when it may be
 * any (a change in percent is a rate of growth, not a share: "debt rose by 3%").
 */
export function impliedShareBase(subject: string, percent: boolean, change: boolean): string | null {
  return percent && !change && SHARES_OF_OUTPUT.has(subject) ? "gdp" : null;
}
