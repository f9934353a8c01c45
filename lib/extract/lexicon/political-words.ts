/**
 * The words parties name themselves by, in German and English: "Unabhängigkeitspartei" and
 * "Independence Party", "Volkspartei" and "People's Party", "Links-Grüne" and "Left-Greens" say the
 * same words, so one event's articles in both languages speak of one holder
 * (`lib/extract/party-name-words.ts`). This is vocabulary, not a list of parties: no country's party
 * is named, only the words any party's name is built from.
 *
 * `de` are German stems as they open a compound or stand as an adjective without its ending
 * ("unabhängigkeit", "demokratisch"); `en` are English words as written, lowercase. A name's words
 * are read one stem after another, so "sozialdemokratisch" and "social democratic" both read
 * "social democratic".
 */
export type PoliticalWord = { key: string; de: string[]; en: string[] };

export const POLITICAL_WORDS: readonly PoliticalWord[] = [
  { key: "independence", de: ["unabhängigkeit", "unabhängig"], en: ["independence", "independent"] },
  { key: "centre", de: ["zentrum", "mitte", "zentristisch"], en: ["centre", "center", "centrist"] },
  { key: "progress", de: ["fortschritt", "fortschrittlich", "progressiv"], en: ["progress", "progressive", "progressives"] },
  { key: "people", de: ["volk"], en: ["people's", "people", "peoples", "popular"] },
  { key: "reform", de: ["reform"], en: ["reform", "reformist"] },
  { key: "freedom", de: ["freiheit", "freiheitlich", "frei"], en: ["freedom", "free"] },
  { key: "left", de: ["links", "link"], en: ["left"] },
  { key: "green", de: ["grün"], en: ["green", "greens"] },
  { key: "liberal", de: ["liberal"], en: ["liberal", "liberals"] },
  { key: "social", de: ["sozial"], en: ["social"] },
  { key: "christian", de: ["christlich", "christ"], en: ["christian"] },
  { key: "conservative", de: ["konservativ"], en: ["conservative", "conservatives"] },
  { key: "socialist", de: ["sozialistisch"], en: ["socialist", "socialists"] },
  { key: "democratic", de: ["demokratisch", "demokratie", "demokrat"], en: ["democratic", "democracy", "democrats"] },
  { key: "national", de: ["national"], en: ["national"] },
  { key: "labour", de: ["arbeiter", "arbeit"], en: ["labour", "labor", "workers'", "workers"] },
  { key: "farmers", de: ["bauern", "bauer"], en: ["farmers'", "farmers", "agrarian"] },
  { key: "pirate", de: ["piraten"], en: ["pirate", "pirates"] },
  { key: "citizens", de: ["bürger"], en: ["citizens'", "citizens", "civic"] },
  { key: "unity", de: ["einheit"], en: ["unity"] },
  { key: "renewal", de: ["erneuerung"], en: ["renewal"] },
  { key: "solidarity", de: ["solidarität"], en: ["solidarity"] },
  { key: "justice", de: ["gerechtigkeit"], en: ["justice"] },
  { key: "homeland", de: ["heimat", "vaterland"], en: ["homeland", "fatherland"] },
  // The nouns a party's name ends in; a name needs one of them to be read as a party's (below).
  { key: "party", de: ["partei"], en: ["party"] },
  { key: "alliance", de: ["allianz", "bündnis"], en: ["alliance"] },
  { key: "movement", de: ["bewegung"], en: ["movement"] },
  { key: "union", de: ["union"], en: ["union"] },
  { key: "front", de: ["front"], en: ["front"] },
];

/** The keys above that name what a party is: "Reformpartei", "Left-Green Movement". */
export const PARTY_HEAD_KEYS: readonly string[] = ["party", "alliance", "movement", "union", "front"];

/** Endings German adds to an adjective or noun in a party's name: "liberale", "Grünen", "Bündnisses". */
export const GERMAN_NAME_ENDINGS: readonly string[] = ["ses", "en", "er", "es", "em", "e", "n", "s"];

/** Letters German puts between the parts of a compound: "Unabhängigkeit-s-partei", "Piraten-partei". */
export const GERMAN_LINKING_LETTERS: readonly string[] = ["s", "es", "n", "en", ""];
