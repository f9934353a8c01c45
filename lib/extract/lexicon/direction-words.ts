import type { RuleWords } from "./rule-words";

/**
 * Words of direction, written capitalized as nouns ("im Norden", "in the West") or as the first word
 * of a name ("Eastern Samar", "North Yorkshire") (`lib/extract/common-word-place.ts`). Alone they
 * name a part of the area a text speaks of; gazetteers also list regions and towns spelt this way.
 */
export const DIRECTION_WORDS: RuleWords = {
  de: [
    "norden", "süden", "osten", "westen", "nordosten", "nordwesten", "südosten", "südwesten", "nord", "süd", "ost", "west",
    "mitte", "zentrum",
  ],
  en: [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "northern", "southern", "eastern", "western", "central", "centre", "center", "midwest",
  ],
};

/** Prepositions that carry their article ("im" = "in dem"): the noun after them has one. */
export const ARTICLE_PREPOSITIONS: RuleWords = {
  de: ["im", "ins", "am", "zum", "zur", "vom", "beim"],
  en: [],
};
