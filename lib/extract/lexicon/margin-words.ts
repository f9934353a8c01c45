import type { RuleWords } from "./rule-words";

/**
 * Nouns for the difference between the two sides of a count of votes (`lib/extract/read-margin.ts`):
 * "ein Vorsprung von 2.570 Stimmen", "der Abstand wuchs auf 3.100", "a margin of 18,620", "her lead
 * of about 41,000 votes". A margin answers another question than either side's votes.
 */
export const MARGIN_NOUNS: RuleWords = {
  // "Den Ausschlag gaben 1.104 Stimmen": what tips the scales is the difference.
  de: ["vorsprung", "vorsprungs", "stimmenvorsprung", "stimmenvorsprungs", "abstand", "abstands", "stimmenabstand", "ausschlag"],
  en: ["margin", "lead"],
};

/**
 * English "lead" is also a verb ("to lead the count") and a metal: as a margin it follows a word
 * that makes it a noun ("a lead of", "her lead", "the Yes campaign's lead") or goes on with "of".
 */
export const LEAD_DETERMINERS: readonly string[] = ["a", "an", "the", "her", "his", "its", "their", "our", "narrow", "slim", "comfortable", "clear", "national", "final"];

/**
 * Words that make "by" and the count after it a margin ("Yes was ahead by 17,810 votes", "she won by
 * 2,410 votes"), and German words after a count that do ("mit 2.410 Stimmen vorn").
 */
export const AHEAD_BY_WORDS: RuleWords = {
  de: ["vorn", "vorne"],
  en: [
    "ahead", "behind", "won", "win", "wins", "winning", "leads", "led", "leading", "trails", "trailed", "trailing",
    // "beating the incumbent by 950 votes", "edged out her rival by 212": who beats another by a count wins by it.
    "beat", "beats", "beating", "defeated", "defeats", "defeating", "edged", "edging", "outpolled",
  ],
};

/**
 * A clause that opens with these, names two sides joined by `GAP_JOINS` and gives a share after a
 * verb of `GAP_VERBS` gives the gap between the sides' votes (`lib/extract/gap-between.ts`):
 * "Zwischen den Grünen und der SPD lagen 2 Prozent", "Between Labour and the Greens lay 2 points".
 */
export const GAP_OPENERS: RuleWords = { de: ["zwischen"], en: ["between"] };
export const GAP_JOINS: RuleWords = { de: ["und"], en: ["and"] };
export const GAP_VERBS: RuleWords = {
  de: ["lagen", "lag", "liegen", "liegt", "betrug", "beträgt", "waren", "war", "sind", "ist"],
  en: ["lay", "lie", "lies", "were", "was", "are", "is", "stood", "stands"],
};
