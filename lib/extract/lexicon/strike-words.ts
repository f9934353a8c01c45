/**
 * Nouns that name a strike, in German and English. German compounds name one by their tail
 * ("Warnstreik", "Hafenstreik", "Bahnstreiks"); English by the whole word. Read by
 * readStrikeParticipation: what "took part" refers to is the last gathering the article named, and
 * these tell a strike apart from a march or a rally (lexicon `gatherings`).
 */
export const STRIKE_NOUNS = {
  // A picket ("Streikposten", "joined the picket") is the strike at the gate.
  de: { words: ["ausstand", "ausstands", "arbeitsniederlegung", "arbeitsniederlegungen", "arbeitskampf", "arbeitskampfs", "streikposten"], tails: ["streik", "streiks"] },
  en: { words: ["strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages", "picket", "pickets"], tails: [] as string[] },
} as const;
