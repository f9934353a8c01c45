import type { RuleWords } from "./rule-words";

/**
 * Words that open a sentence continuing the one before it (`lib/extract/carry-as-of.ts`): "Bis
 * Freitagabend zählten die Behörden 41 Tote. Unter ihnen sind 12 Kinder.", "As of Tuesday evening,
 * officials had counted 3,200 evacuees. Of them, 800 were children." The second sentence's figure
 * holds on the day the first one gave. A pronoun subject ("Sie zählten …", "They counted …") refers
 * back as well; "es"/"it" are left out, as they are as often expletive ("Es gab 12 Verletzte").
 */
export const CONTINUATION_OPENERS: RuleWords = {
  de: ["darunter", "unter ihnen", "unter den", "davon", "weitere", "weiteren", "außerdem", "zudem", "ferner", "sie", "er"],
  en: ["among them", "among those", "of them", "of those", "of whom", "another", "a further", "further", "in addition", "they", "he", "she"],
};

/**
 * Words right after a figure that make it a part of the figure before: "12 von ihnen", "800 of them",
 * "12 davon".
 */
export const CONTINUATION_AFTER_FIGURE: RuleWords = {
  de: ["von ihnen", "davon", "darunter"],
  en: ["of them", "of those", "of whom"],
};

/**
 * Phrases that name the day spoken of last (`lib/extract/carry-as-of.ts`): "Beim ersten Ausstand am
 * 15. Juli legten 6.000 Beschäftigte die Arbeit nieder. In Hamburg mussten an jenem Tag 31 Schiffe
 * warten.", "On Friday police counted 60 arrests. 14 more followed the same day." Wherever they stand
 * in the sentence, they date its figures to the day of the figure before.
 */
export const SAME_DAY: RuleWords = {
  de: ["an jenem tag", "an diesem tag", "am selben tag", "am gleichen tag", "am selben abend", "zum selben zeitpunkt", "zum gleichen zeitpunkt", "zu diesem zeitpunkt", "zu jenem zeitpunkt"],
  en: ["that day", "the same day", "that evening", "the same evening", "by then", "at that point", "at that time"],
};

/**
 * The night before a day, read as that day (`lib/extract/read-date.ts`): "in der Nacht zum Mittwoch",
 * "in der Nacht auf Samstag", "overnight into Wednesday", "in the night to Saturday". The phrase is
 * one date, so that it binds to a noun or a figure several words away as the weekday alone would not.
 */
export const NIGHT_BEFORE: RuleWords = {
  de: ["in der nacht zum", "in der nacht zu", "in der nacht auf"],
  en: ["overnight into", "overnight to", "in the night to", "in the night into", "during the night to", "during the night into"],
};

/**
 * Words that make a figure a record over a span (`lib/extract/read-as-of.ts`): "das schlechteste
 * Ergebnis seit 1946", "die größte Kundgebung seit 2015", "its worst result since 1946", "the
 * biggest march since 2010". The "seit"/"since" after them measures how long the record stands, not
 * the days the figure holds on. German superlatives are given by stem; their endings are added.
 * "erst seit Montag" (only since) and "most have fled since Monday" are no records: "erst" and
 * "most" are left out.
 */
export const RECORD_WORDS: RuleWords = {
  de: ["größt", "höchst", "niedrigst", "tiefst", "schlechtest", "best", "stärkst", "schwächst", "schwerst", "meist", "wenigst", "kleinst", "erstmals", "rekord"],
  en: ["worst", "best", "highest", "lowest", "largest", "biggest", "smallest", "strongest", "weakest", "heaviest", "deadliest", "fewest", "first", "record"],
};
