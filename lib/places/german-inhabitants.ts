// German nouns for a country's people, taken apart like the adjectives (german-adjectives.ts) and
// matched against the same stems of the German country names:
//
//   Italienern → (dative plural -n) Italiener → (-er) italien                 = Italien      ✓
//   Amerikaner → (-er) amerikan → (infix -an) amerik                         + -a  Amerika  ✓
//   Griechen   → (weak noun -en) griech                                      + -enland      ✓
//   Chinesen   → (weak noun -en) chines → (infix -es) chin                   + -a  China    ✓
//
// Two formations cover the news's nationalities: stem + "-er" (Österreicher, Schweizer, Spanier,
// Syrer, Ukrainer, Niederländer, Kanadier) and the weak nouns in "-e"/"-en" (Pole, Franzosen,
// Türken, Briten, Russen, Schweden, Tschechen). The suppletive Franzose and Brite share the
// adjectives' small irregular table. What the rule misses, by design: Dänen (Dänemark),
// Portugiesen (Portugal), nouns from names the data does not carry, and nouns of cities' people
// (Berliner, Wiener): those are no country's. Only a country's whole name counts, not a word of a
// longer one: "Ländern" is no one's people, though "Land" opens a country's official name.
import { MIN_STEM, countryOfStems, foldGerman, withInfixesOff, type GermanAdjectiveIndex } from "./german-adjectives";

// Between the stem and "-er": Amerik·an·er, Brasil·ian·er, Kanad·i·er.
const ER_INFIXES = ["an", "ian", "i"];
// Between the stem and the weak ending: Chin·es·en, Liban·es·en.
const WEAK_INFIXES = ["es"];
// Only whole names count (below); the one people news names every day by a word of a longer name
// is the Americans' ("Vereinigte Staaten von Amerika").
const BY_A_WORD_OF_THE_NAME: Record<string, string> = { amerik: "US" };

/** Candidate stems of an inhabitant noun, least stripped first; none when it has neither ending. */
function inhabitantStems(folded: string): string[] {
  // "Italienern": the dative plural of an -er noun adds -n.
  const er = folded.endsWith("ern") ? folded.slice(0, -3) : folded.endsWith("er") ? folded.slice(0, -2) : null;
  if (er !== null && er.length >= MIN_STEM) return withInfixesOff(er, ER_INFIXES);
  const weak = folded.endsWith("en") ? folded.slice(0, -2) : folded.endsWith("e") ? folded.slice(0, -1) : null;
  if (weak !== null && weak.length >= MIN_STEM) return withInfixesOff(weak, WEAK_INFIXES);
  return [];
}

/** The country whose people a German noun names ("Italienern" → "IT", "Griechen" → "GR"); null when the rule finds none or two. */
export function germanInhabitantCountry(word: string, index: GermanAdjectiveIndex): string | null {
  const stems = inhabitantStems(foldGerman(word));
  const named = stems.find((stem) => BY_A_WORD_OF_THE_NAME[stem]);
  return named ? BY_A_WORD_OF_THE_NAME[named]! : countryOfStems(stems, index, true);
}
