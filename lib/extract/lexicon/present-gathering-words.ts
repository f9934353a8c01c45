/**
 * English verbs of gathering in the present, as headlines report ("Thousands of teachers rally in
 * Prague", "40,000 march against the reform"). Most are nouns too ("the rally", "Thursday's march"),
 * so they say what a group did only right after it (lib/extract/read-state.ts).
 */
export const PRESENT_GATHERING_VERBS_EN: readonly string[] = ["rally", "march", "demonstrate", "gather", "protest"];
