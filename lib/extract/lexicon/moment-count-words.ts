import type { RuleWords } from "./rule-words";

/** Phrases of one qualifier of a count of the moment ("in hospital", "intensive care"), in both languages. */
export type QualifiedWords = { qualifier: string } & RuleWords;

/**
 * Where the befallen lie: a hospital or an intensive care unit, one list per qualifier key. A verb of
 * lying with one of them in the figure's clause makes a count of the moment (LYING_VERBS), and the
 * phrases said after the count are built from them (MOMENT_COUNTS).
 */
export const HOSPITAL_PLACES: readonly QualifiedWords[] = [
  {
    qualifier: "intensive care",
    de: ["auf der intensivstation", "auf intensivstationen", "auf den intensivstationen", "in intensivstationen"],
    en: ["in intensive care", "in an intensive care unit", "in intensive care units", "in critical care", "in the icu"],
  },
  {
    qualifier: "in hospital",
    de: ["im krankenhaus", "in krankenhäusern", "in den krankenhäusern", "in kliniken", "in den kliniken", "in der klinik", "im spital", "im klinikum"],
    en: ["in hospital", "in hospitals"],
  },
];

/**
 * Words that say where without naming the place ("werden intensivmedizinisch behandelt", "noch
 * stationär", "remain hospitalised"). Kept apart from HOSPITAL_PLACES: a verb of lying takes a place
 * ("liegen im Krankenhaus"), and so does being treated ("being treated in hospital").
 */
const WITHOUT_PLACE: readonly QualifiedWords[] = [
  { qualifier: "intensive care", de: ["intensivmedizinisch"], en: [] },
  { qualifier: "in hospital", de: ["stationär"], en: ["hospitalised", "hospitalized"] },
];

/**
 * What around the place says the befallen are there now, "…" standing for the place. Intensive care
 * is said of those there now, so the place alone is enough ("elf davon auf der Intensivstation");
 * not "auf die Intensivstation gebracht": taken there once, perhaps out again. A hospital alone is
 * not: "14 Menschen wurden im Krankenhaus behandelt", "were taken to hospital" count the hurt, a toll.
 * It takes a "still" ("noch", "weiterhin", "remain", "currently") or the present, passive too ("14
 * Menschen werden im Krankenhaus behandelt", "12 people are in hospital").
 */
const NOW_FRAMES: readonly QualifiedWords[] = [
  { qualifier: "intensive care", de: ["…"], en: ["…"] },
  {
    qualifier: "in hospital",
    de: ["noch …", "weiterhin …", "werden … behandelt", "wird … behandelt"],
    en: ["remain …", "remains …", "remained …", "still …", "currently …", "are …", "is …"],
  },
];

// Being treated is in a place: "are being treated in hospital", never "being treated hospitalised".
const TREATED_IN: readonly QualifiedWords[] = [{ qualifier: "in hospital", de: [], en: ["still being treated …", "are being treated …", "is being treated …"] }];

const framed = (frames: readonly string[], fills: readonly string[]): string[] => frames.flatMap((frame) => fills.map((fill) => frame.replace("…", fill)));
const of = (list: readonly QualifiedWords[], qualifier: string, language: keyof RuleWords): readonly string[] => list.find((m) => m.qualifier === qualifier)?.[language] ?? [];

/**
 * Counts of the moment among the befallen: how many are in hospital or in intensive care *now*
 * ("liegen noch im Krankenhaus", "remain in hospital", "werden intensivmedizinisch behandelt",
 * "in intensive care"). Patients leave, so such a count falls without anyone being wrong; how many
 * were ever taken to or treated in hospital is a toll and stays one (see concepts.ts, injured).
 * Each qualifier key with the phrases, said after the count in its clause, that give it.
 */
export const MOMENT_COUNTS: readonly QualifiedWords[] = HOSPITAL_PLACES.map(({ qualifier }) => {
  const phrases = (language: keyof RuleWords) => [
    ...framed(of(NOW_FRAMES, qualifier, language), [...of(HOSPITAL_PLACES, qualifier, language), ...of(WITHOUT_PLACE, qualifier, language)]),
    ...framed(of(TREATED_IN, qualifier, language), of(HOSPITAL_PLACES, qualifier, language)),
  ];
  return { qualifier, de: phrases("de"), en: phrases("en") };
});

/** The qualifier keys of counts of the moment ("intensive care", "in hospital"). */
export const MOMENT_QUALIFIERS: readonly string[] = MOMENT_COUNTS.map((m) => m.qualifier);

/**
 * German may put the verb of lying first and the place after the count ("Im Kreis liegen noch neun
 * Menschen im Krankenhaus", "lagen am Abend zwölf Verletzte in Kliniken") or say "noch" before the
 * count ("Noch neun Menschen liegen im Krankenhaus"); English opens with "there are" ("There are still
 * 15 people in hospital"). Such a verb in the figure's clause, and a place of HOSPITAL_PLACES, make a
 * count of the moment.
 */
export const LYING_VERBS: RuleWords = { de: ["liegen", "liegt", "lagen", "lag", "befinden sich", "befanden sich", "befindet sich",
  // "Nach dem Feuer werden noch sechs Menschen im Krankenhaus behandelt": treated there still.
  "werden noch", "wird noch", "werden weiterhin", "werden derzeit"], en: ["there are", "there remain", "there were still"] };
