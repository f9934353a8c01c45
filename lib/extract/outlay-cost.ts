import { lemmaKey } from "./lemmatize";
import type { CompiledLexicon } from "./lexicon";
import { OUTLAY_MODIFIERS } from "./lexicon/outlay-words";
import type { Language } from "./lexicon/types";

/** A qualifier as `find-amount-subject` writes it: a budget part's key ("area:interest") or a lemma ("en:staff"). */
type Subject = { key: string; qualifiers: string[] };

let keys: Record<Language, ReadonlySet<string>> | null = null;

// Built on first use, against the same budget parts the lexicon joins across languages ("Zins" and
// "interest" are one part, "area:interest"), so either form of the qualifier is known.
function outlayKeys(lex: CompiledLexicon): ReadonlySet<string> {
  keys ??= { de: new Set(), en: new Set() };
  const set = keys[lex.language] as Set<string>;
  if (set.size === 0) {
    for (const word of OUTLAY_MODIFIERS[lex.language]) {
      const lemma = lemmaKey(word.toLowerCase(), lex.language);
      const area = lex.budgetAreas.get(lemma);
      set.add(area ? `area:${area}` : `${lex.language}:${lemma}`);
    }
  }
  return set;
}

/**
 * A cost modified by a running outlay ("Personalkosten steigen auf 1,31 Mrd. Euro", "interest costs
 * of €7.9bn", "debt-servicing costs climb 8.7%") is what the budget spends on it: `spending`, the
 * modifier kept as its part. Any other subject is returned as it is.
 */
export function outlayCostAsSpending<T extends Subject>(subject: T, lex: CompiledLexicon): T {
  if (subject.key !== "cost") return subject;
  const known = outlayKeys(lex);
  return subject.qualifiers.some((q) => known.has(q)) ? { ...subject, key: "spending" } : subject;
}

/**
 * "the cost of servicing the debt", "the cost of running the schools": English puts the running
 * outlay after the cost, joined by "of"; it is spending as much as "debt-servicing costs" are.
 * `last` is the cost noun's token; any other subject is returned as it is.
 */
export function costOfOutlay<T extends Subject>(subject: T, next: (offset: number) => string, lex: CompiledLexicon): T {
  if (subject.key !== "cost" || lex.language !== "en" || next(1) !== "of") return subject;
  const outlay = next(2);
  return OUTLAY_MODIFIERS.en.includes(outlay) ? { ...subject, key: "spending", qualifiers: [...subject.qualifiers, `en:${lemmaKey(outlay, "en")}`] } : subject;
}
