import type { RuleWords } from "./rule-words";

/**
 * Words that put an act still to come right before its verb (`lib/extract/read-plan-ahead.ts`):
 * the future and verbs of planning in the present ("will strike on Monday", "plan to protest on
 * Saturday", "are set to march", "wollen am Samstag demonstrieren", "soll am Montag beginnen").
 * Past forms ("planned", "wanted") are left out: "had planned to march on Saturday" may tell of a
 * Saturday gone. German "werden"/"wird" is the future here, as a report of an act on a weekday in
 * the present passive ("Am Montag wird gestreikt") lies ahead too.
 */
export const PLAN_AHEAD: RuleWords = {
  en: [
    "will", "shall", "'ll", "plan", "plans", "planning", "intend", "intends", "intending", "want", "wants", "threaten", "threatens",
    "vow", "vows", "promise", "promises", "prepare", "prepares", "preparing", "going", "set", "due", "expected", "scheduled", "hope", "hopes",
  ],
  de: ["wird", "werden", "will", "wollen", "soll", "sollen", "planen", "plant", "beabsichtigen", "beabsichtigt", "wollen", "drohen", "droht"],
};
