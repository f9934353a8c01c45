/**
 * Counts of the moment among the befallen: how many are in hospital or in intensive care *now*
 * ("liegen noch im Krankenhaus", "remain in hospital", "werden intensivmedizinisch behandelt",
 * "in intensive care"). Patients leave, so such a count falls without anyone being wrong; how many
 * were ever taken to or treated in hospital is a toll and stays one (see concepts.ts, injured).
 * Each qualifier key with the phrases, said after the count in its clause, that give it.
 */
export const MOMENT_COUNTS: { qualifier: string; de: string[]; en: string[] }[] = [
  {
    qualifier: "intensive care",
    // Not "auf die Intensivstation gebracht": taken there once, perhaps out again.
    de: ["intensivmedizinisch", "auf der intensivstation", "auf intensivstationen", "in intensivstationen"],
    en: ["in intensive care", "in an intensive care unit", "in intensive care units", "in critical care", "in the icu"],
  },
  {
    qualifier: "in hospital",
    de: ["noch im krankenhaus", "noch in krankenhäusern", "noch in kliniken", "noch in der klinik", "noch im spital", "noch stationär", "weiterhin im krankenhaus", "weiterhin in kliniken", "weiterhin stationär",
      // The present passive says who is being treated now: "14 Menschen werden im Krankenhaus behandelt".
      "werden im krankenhaus behandelt", "wird im krankenhaus behandelt", "werden in kliniken behandelt", "werden in krankenhäusern behandelt", "werden stationär behandelt", "wird stationär behandelt"],
    en: ["remain in hospital", "remains in hospital", "remained in hospital", "remain in hospitals", "remain hospitalised", "remain hospitalized", "remained hospitalised", "remained hospitalized", "still in hospital", "still hospitalised", "still hospitalized", "still being treated in hospital", "currently in hospital", "currently hospitalised", "currently hospitalized",
      // The present says who is there now: "12 people are in hospital", "are being treated in hospital".
      "are in hospital", "is in hospital", "are being treated in hospital", "is being treated in hospital", "are hospitalised", "are hospitalized"],
  },
];

/** The qualifier keys of counts of the moment ("intensive care", "in hospital"). */
export const MOMENT_QUALIFIERS: readonly string[] = MOMENT_COUNTS.map((m) => m.qualifier);

/**
 * German may put the verb of lying first and the place after the count ("Im Kreis liegen noch neun
 * Menschen im Krankenhaus", "lagen am Abend zwölf Verletzte in Kliniken") or say "noch" before the
 * count ("Noch neun Menschen liegen im Krankenhaus"); English opens with "there are" ("There are still
 * 15 people in hospital"). Such a verb in the figure's clause, and a
 * hospital or intensive care unit as the place, make a count of the moment.
 */
export const LYING_VERBS = { de: ["liegen", "liegt", "lagen", "lag", "befinden sich", "befanden sich", "befindet sich",
  // "Nach dem Feuer werden noch sechs Menschen im Krankenhaus behandelt": treated there still.
  "werden noch", "wird noch", "werden weiterhin", "werden derzeit"], en: ["there are", "there remain", "there were still"] };
export const HOSPITAL_PLACES: { qualifier: string; de: string[]; en: string[] }[] = [
  { qualifier: "intensive care", de: ["auf der intensivstation", "auf intensivstationen", "auf den intensivstationen"], en: ["in intensive care"] },
  { qualifier: "in hospital", de: ["im krankenhaus", "in krankenhäusern", "in den krankenhäusern", "in kliniken", "in den kliniken", "in der klinik", "im spital", "im klinikum"], en: ["in hospital", "in hospitals"] },
];
