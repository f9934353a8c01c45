/**
 * English wording for proposed facets, shared by both languages because candidates are keyed in
 * English. Places not listed here are cities or unknown and read "in <place>".
 */
export const placeLevels: Record<string, "country" | "region"> = {
  Russia: "country",
  Ukraine: "country",
  "North Korea": "country",
  "South Korea": "country",
  Kursk: "region",
  Belgorod: "region",
  Donetsk: "region",
  Luhansk: "region",
  Kharkiv: "region",
  Kherson: "region",
  Zaporizhzhia: "region",
  Crimea: "region",
};

/** Labels of subjects when no description of what is counted is available. */
export const subjectLabels: Record<string, string> = {
  troops: "Troops",
  killed: "Killed",
  wounded: "Wounded",
  casualties: "Killed or wounded",
  people: "People",
  civilians: "Civilians",
  workers: "Workers",
  "treaty-signing": "Treaty signing date",
};
