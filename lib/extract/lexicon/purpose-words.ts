import type { RuleWords } from "./rule-words";

/**
 * Words before an English "to" that make the infinitive after it a plan, a wish or a right, not the
 * purpose of what the sentence reports (`lib/extract/purpose-infinitive.ts`): "plan to protest on
 * Saturday" lies ahead, "drove into the city on Wednesday to protest" happened that day.
 */
export const PLAN_BEFORE_TO: RuleWords = {
  en: [
    "plan", "plans", "planned", "planning", "want", "wants", "wanted", "intend", "intends", "intended", "threaten", "threatens",
    "threatened", "vow", "vows", "vowed", "promise", "promises", "promised", "call", "calls", "called", "decide", "decides",
    "decided", "agree", "agrees", "agreed", "vote", "votes", "voted", "prepare", "prepares", "prepared", "going", "set", "due",
    "expected", "hope", "hopes", "hoped", "continue", "continues", "continued", "right", "urged", "urge", "urges", "asked",
    "will", "would", "could", "may", "might", "able", "ready", "likely", "refused", "refuse", "refuses",
  ],
  de: [],
};

/** The German conjunction opening a clause of purpose ("um … zu protestieren"). */
export const PURPOSE_CONJUNCTION: RuleWords = { de: ["um"], en: [] };
