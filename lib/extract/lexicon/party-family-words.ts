/**
 * The political families news names parties by, in German and English (`lib/extract/party-family.ts`):
 * "die Grünen" and "the Greens", "den Sozialdemokraten" and "the Social Democrats" are one holder.
 * The key is the family's English name, so both languages meet in one facet.
 *
 * `names` are whole holder names, lowercase, in every inflection a holder is read in ("der Grünen",
 * "den Liberalen"); `adjectives` are the words that tie a named party to its family where an article
 * introduces it ("die konservative Volkspartei (PP)", "the Social Democratic Party (SDP)").
 */
export type PartyFamily = { key: string; names: string[]; adjectives: string[] };

export const PARTY_FAMILIES: readonly PartyFamily[] = [
  {
    key: "greens",
    names: ["grüne", "grünen", "grüner", "grüne partei", "greens", "green party", "the greens"],
    adjectives: ["grüne", "grünen", "grüner", "green"],
  },
  {
    key: "social democrats",
    names: ["sozialdemokraten", "sozialdemokratische partei", "sozialdemokratischen partei", "social democrats", "social democratic party"],
    adjectives: ["sozialdemokratische", "sozialdemokratischen", "sozialdemokratischer", "social democratic", "social-democratic"],
  },
  {
    key: "christian democrats",
    names: [
      "christdemokraten", "christdemokratische partei", "christdemokratischen partei", "christlich demokratische union",
      "christlich-demokratische union", "christlich demokratischen union", "christlich-demokratischen union",
      "christian democrats", "christian democratic party", "christian democratic union",
    ],
    adjectives: ["christdemokratische", "christdemokratischen", "christlich demokratische", "christlich-demokratische", "christian democratic", "christian-democratic"],
  },
  {
    key: "liberals",
    names: ["liberale", "liberalen", "liberale partei", "liberalen partei", "liberals", "liberal party"],
    adjectives: ["liberale", "liberalen", "liberaler", "liberal"],
  },
  {
    key: "conservatives",
    names: ["konservative", "konservativen", "konservative partei", "konservativen partei", "conservatives", "conservative party", "tories"],
    adjectives: ["konservative", "konservativen", "konservativer", "conservative"],
  },
  {
    key: "socialists",
    names: ["sozialisten", "sozialistische partei", "sozialistischen partei", "socialists", "socialist party"],
    adjectives: ["sozialistische", "sozialistischen", "sozialistischer", "socialist"],
  },
  {
    key: "communists",
    names: ["kommunisten", "kommunistische partei", "kommunistischen partei", "communists", "communist party"],
    adjectives: ["kommunistische", "kommunistischen", "kommunistischer", "communist"],
  },
  {
    key: "pirates",
    names: ["piraten", "piratenpartei", "pirates", "pirate party"],
    adjectives: ["pirate"],
  },
  {
    key: "left",
    names: ["linke", "linken", "die linke", "linkspartei", "left", "the left", "left party"],
    adjectives: ["linke", "linken", "linker", "left-wing"],
  },
];
