import type { RuleWords } from "./rule-words";

/**
 * Verb forms of German reported speech (Konjunktiv I, and Konjunktiv II where the first looks like
 * the indicative): "Die Zinsausgaben seien …", "Lediglich 14 Stimmen seien ungültig gewesen", "Am
 * Stromkai lägen fünf Schiffe fest". A sentence in them with no source of its own goes on reporting
 * what the source before it said (read by lib/extract/read-reported-speech.ts). Only forms that are
 * no indicative of the third person: "habe" and "werde" are ("ich habe") only in the first person,
 * which a news report's own voice does not use. English marks reported speech with a verb of
 * saying ("he said"), which resolve-claimant-pronoun.ts reads; it has no mood of its own to list.
 */
export const REPORTED_SPEECH_VERBS: RuleWords = {
  de: [
    "sei", "seien", "habe", "hätten", "werde", "würden", "liege", "lägen", "läge", "gebe", "gäbe", "müsse", "könne",
    "dürfe", "solle", "wolle", "betrage", "betrügen", "steige", "stiegen", "sinke", "falle", "fehle", "fehlten",
    "komme", "kämen", "bleibe", "gehe", "stehe", "reiche", "koste", "wachse", "erreiche", "umfasse", "belaufe",
    "übersteige", "rechne", "erwarte", "plane", "brauche", "ergebe", "entfalle", "entfielen",
  ],
  en: [],
};

/**
 * Verbs of alleging, which open a reported clause as verbs of saying do but are no source's
 * giving of a figure the outlet reports ("the 30,000 votes the party had alleged" stays the
 * denier's): "which had alleged that 2,300 votes were wrongly recorded" — the figures after
 * "that" are the clause's own, not held by whoever alleged them (lib/extract/read-holder.ts).
 */
export const ALLEGING_VERBS: RuleWords = {
  de: ["behauptete", "behaupteten", "behauptet", "vorgeworfen", "unterstellte"],
  en: ["alleged", "alleges", "allege", "claimed", "claims", "argued", "argues"],
};

/**
 * Verbs of saying alone, no act of their own: the day right after them ("said on Thursday", "sagte
 * am Montag") is when the source spoke, never the day of the event its sentence reports (read by
 * lib/extract/date-of-other-act.ts). Confirming and announcing are acts with dates of their own.
 */
export const SAYING_VERBS: RuleWords = {
  de: ["sagte", "sagten", "sagt", "erklärte", "erklärten", "teilte", "teilten", "fügte", "ergänzte", "betonte", "betonten"],
  en: ["said", "says", "told", "tells", "added", "stated", "explained", "insisted"],
};

/**
 * Participles of saying, which after a comma share the subject opening the sentence ("The union
 * ended the walkout, saying 2,400 workers had taken part"; read by lib/extract/saying-participle.ts).
 * German has no such participle.
 */
export const SAYING_PARTICIPLES: RuleWords = {
  de: [],
  en: ["saying"],
};
