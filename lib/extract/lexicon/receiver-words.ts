import type { RuleWords } from "./rule-words";

/**
 * Verbs of receiving money (`lib/extract/read-money-receiver.ts`): "Die Polizei erhält 2,1 Mrd.
 * Euro", "Schools get £300m". Whoever receives money from a budget is what it is spent on (GUIDE.md:
 * money for a purpose is `spending`, the purpose its qualifier). Only money is read, so "Labour gets
 * 412 seats" stays a count.
 */
export const RECEIVE_VERBS: RuleWords = {
  de: ["erhält", "erhalten", "erhielt", "erhielten", "bekommt", "bekommen", "bekam", "bekamen"],
  en: ["gets", "get", "got", "receives", "receive", "received"],
};

/** Verbs after the money that send it to a receiver: "60 Millionen Euro gehen an die Kitas", "€60m goes to schools". */
export const SENT_TO: RuleWords = {
  de: ["gehen an", "geht an", "gingen an", "ging an", "fließen an", "fließt an", "fließen in", "fließt in", "flossen an", "flossen in", "floss in", "floss an"],
  en: ["go to", "goes to", "went to", "will go to"],
};
