/**
 * Adjectives that tell one count of a noun from another ("gültige Stimmen", "valid votes"), named in
 * English and German so that the qualifier they make is one key in both languages. An adjective no
 * entry names keeps its own lemma as its qualifier ("de:gultig" would never meet "en:valid"). Only
 * words that split a count into kinds belong here; words of degree or time ("more", "new") are the
 * lexicon's neutral modifiers. The first English word names the entry.
 */
export type QualifierAdjectivePair = { en: readonly string[]; de: readonly string[] };

export const QUALIFIER_ADJECTIVE_PAIRS: readonly QualifierAdjectivePair[] = [
  // Ballots: "180.400 gültige Stimmen", "171,800 valid votes"; "ungültige Stimmzettel", "invalid ballots".
  { en: ["valid"], de: ["gültig", "gültige", "gültigen"] },
  { en: ["invalid", "spoilt", "spoiled"], de: ["ungültig", "ungültige", "ungültigen"] },
  // What a storm, a quake or a fire did to the buildings counted: "600 zerstörte Häuser", "600 Häuser
  // zerstört", "600 destroyed homes" (see lib/extract/read-thing-state.ts).
  { en: ["destroyed", "razed"], de: ["zerstört", "zerstörte", "zerstörten"] },
  { en: ["collapsed"], de: ["eingestürzt", "eingestürzte", "eingestürzten"] },
  { en: ["uninhabitable"], de: ["unbewohnbar", "unbewohnbare", "unbewohnbaren"] },
];
