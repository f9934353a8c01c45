import type { FigureStatus } from "@/lib/claims/schema";
import type { RuleWords } from "./rule-words";

/**
 * Words that say what stage of its count a figure is (`lib/extract/read-figure-status.ts`): an
 * evening's projection, a provisional count, a plan or draft, or the final result. A figure of one
 * stage and another of a later one are an update, not a contradiction. Where two meet at one place
 * the longer phrase wins: "vorläufiges Endergebnis" is provisional, not final.
 */
export const FIGURE_STATUS_WORDS: Record<FigureStatus, RuleWords> = {
  projection: {
    de: [
      "hochrechnung", "hochrechnungen", "prognose", "prognosen", "erwartet", "erwartete", "erwarteten", "erwartetes", "erwarteter",
      "nachwahlbefragung", "nachwahlbefragungen",
    ],
    en: ["projection", "projections", "projected", "exit poll", "exit polls", "forecast", "forecasts", "forecasted", "expected"],
  },
  provisional: {
    de: [
      "vorläufig", "vorläufige", "vorläufigen", "vorläufiger", "vorläufiges", "vorläufiges endergebnis", "vorläufigen endergebnis",
      "vorläufige endergebnis", "vorläufiges amtliches endergebnis", "vorläufigen amtlichen endergebnis",
      // The dative without an article: "laut vorläufigem Endergebnis", "nach vorläufigem amtlichen Endergebnis".
      "vorläufigem", "vorläufigem endergebnis", "vorläufigem amtlichen endergebnis", "vorläufigem amtlichem endergebnis",
    ],
    en: ["provisional", "preliminary", "preliminary count", "preliminary result", "preliminary results", "provisional result", "provisional count"],
  },
  planned: {
    // The verb as well as its participle, as English has "plans to" beside "planned": "Für 2026 plant
    // die Regierung Ausgaben von …".
    de: ["entwurf", "entwurfs", "haushaltsentwurf", "haushaltsentwurfs", "geplant", "geplante", "geplanten", "geplanter", "geplantes", "plant", "planen", "plante", "planten"],
    en: ["draft", "draft budget", "planned", "plans to", "plan to", "planning to"],
  },
  final: {
    de: [
      "endgültig", "endgültige", "endgültigen", "endgültiger", "endgültiges", "endergebnis", "amtliches endergebnis",
      "amtlichen endergebnis", "amtliche endergebnis",
    ],
    en: ["final result", "final results", "final count", "final tally", "official result", "official results", "official count", "official tally"],
  },
};

/**
 * Verbs of calling off: planned things counted as cancelled or postponed ("340 geplante Operationen
 * wurden verschoben", "1,240 planned flights were cancelled") are counted as it happened; "planned"
 * names what they were, not the stage of the count.
 */
export const CALLED_OFF_WORDS: RuleWords = {
  de: ["abgesagt", "verschoben", "gestrichen", "storniert", "annulliert", "ausgefallen", "fielen", "fallen", "strich", "strichen"],
  en: ["cancelled", "canceled", "postponed", "called off", "scrapped", "axed", "grounded", "delayed", "cancel", "cancels", "postpone", "postpones"],
};
