import type { Certainty, FigureStatus, ReviewStatus } from "@/lib/claims/schema";
import type { CellRelation } from "@/lib/compare/cell-relations";
import type { FacetStatus, RelationKind } from "@/lib/compare/schema";
import { VERDICT_RATING_LABEL } from "@/lib/verdicts/labels";
import type { ReportLanguage, VerdictRating } from "./schema";

/**
 * The report's own words in each language it is written in. Quotes, outlet names, claimants and
 * the machine's reasons (lib/compare writes those in English) stay as they are.
 */
export type ReportLabels = {
  locale: string;
  languageName: string;
  report: string;
  comparisonReport: string;
  generated: string;
  publishedBetween: string;
  contents: string;
  summary: string;
  sources: string;
  facets: string;
  editorsNotes: string;
  methodology: string;
  methodologyText: string;
  articles: string;
  outlets: string;
  languages: string;
  facetsShown: (shown: number, total: number) => string;
  disputedFacets: string;
  agreedFacets: string;
  singleSourceFacets: string;
  contradictions: string;
  /** "1 contradiction", "2 contradictions": a facet's count in its heading. */
  contradictionCount: (n: number) => string;
  verdicts: string;
  outlet: string;
  title: string;
  date: string;
  language: string;
  revisions: string;
  unknownOutlet: string;
  undated: string;
  question: string;
  claims: string;
  claim: string;
  claimant: string;
  ownReporting: string;
  certainty: string;
  review: string;
  quote: string;
  value: string;
  normalized: string;
  scope: string;
  asOf: string;
  standing: string;
  relations: string;
  relationsNotListed: (count: number) => string;
  relationCounts: string;
  verdict: string;
  noVerdict: string;
  rating: string;
  by: string;
  timeline: string;
  timelineText: string;
  /** The timeline's x axis: days (as of, else published) or the hours of a day or two. */
  timelineAxis: (scale: "days" | "hours") => string;
  notDrawn: (count: number) => string;
  highlightKey: string;
  highlightMeaning: string;
  boldLegend: string;
  notesOnFacet: string;
  aboutClaim: (n: number) => string;
  tags: string;
  noFacets: string;
  options: string;
  optionDisputedOnly: string;
  optionWithoutNotes: string;
  optionSomeFacets: string;
  sharedReadOnly: string;
  downloadPdf: string;
  page: (n: number) => string;
  status: Record<FacetStatus, string>;
  kind: Record<RelationKind, string>;
  certaintyOf: Record<Certainty, string>;
  /** The stage of its count a figure is said to be (shown only when the article says it). */
  figureStatusOf: Record<FigureStatus, string>;
  reviewOf: Record<ReviewStatus, string>;
  standingOf: Record<CellRelation, string>;
  ratingOf: Record<VerdictRating, string>;
  valueWords: { to: string; over: string; under: string; atLeast: string; atMost: string; any: string };
};

const en: ReportLabels = {
  locale: "en-GB",
  languageName: "English",
  report: "Report",
  comparisonReport: "Comparison report",
  generated: "Generated",
  publishedBetween: "Sources published",
  contents: "Contents",
  summary: "Summary",
  sources: "Sources",
  facets: "Questions compared",
  editorsNotes: "Editors’ notes",
  methodology: "Methodology",
  methodologyText:
    "Claimdiff finds each article’s answer to each question (a figure, a date, a name) and pins it to the exact words " +
    "of the article. Vague wording becomes an interval: “more than 10,000” is any number above 10,000, “almost " +
    "10,000” is 9,000 to under 10,000, “in June 2024” is 1 to 30 June 2024; German number formats are read as German " +
    "(“10.000” is ten thousand). Every pair of answers to one question is then compared: identical, compatible (the " +
    "intervals overlap), conflicting (they cannot both be true), a different scope (a part against the whole, such " +
    "as one region against a country), or changed over time (the articles date the figures differently). Each " +
    "relation carries its reason in words. Contradictions are ranked by how far apart the values are for their size, " +
    "by how firmly both are asserted, and by whether the claimants are independent: outlets repeating one claimant " +
    "count as one voice. Claims a person rejected and claims on earlier revisions of an article are left out. " +
    "Verdicts and notes are the editors’ own.",
  articles: "Articles",
  outlets: "Outlets",
  languages: "Languages",
  facetsShown: (shown, total) => (shown === total ? `${total}` : `${shown} of ${total}`),
  disputedFacets: "Disputed questions",
  agreedFacets: "Agreed questions",
  singleSourceFacets: "Single-source questions",
  contradictions: "Contradictions",
  contradictionCount: (n) => (n === 1 ? "1 contradiction" : `${n} contradictions`),
  verdicts: "Verdicts",
  outlet: "Outlet",
  title: "Title",
  date: "Date",
  language: "Language",
  revisions: "Revisions",
  unknownOutlet: "Unknown outlet",
  undated: "undated",
  question: "Question",
  claims: "Claims",
  claim: "Claim",
  claimant: "Claimant",
  ownReporting: "own reporting",
  certainty: "Certainty",
  review: "Review",
  quote: "Quote",
  value: "Value",
  normalized: "Normalized",
  scope: "Scope",
  asOf: "as of",
  standing: "Standing",
  relations: "Relations",
  relationsNotListed: (count) => `${count} more ${count === 1 ? "relation" : "relations"} of these kinds not listed.`,
  relationCounts: "All pairs",
  verdict: "Verdict",
  noVerdict: "No verdict yet.",
  rating: "Rating",
  by: "by",
  timeline: "Timeline",
  timelineText: "Values by the day they are given for (else the day published), by the hour when the words name one: each bar spans a claim’s interval, an arrow marks an interval without an end, a dot an exact value.",
  timelineAxis: (scale) => (scale === "hours" ? "hour of the day" : "as of (else published)"),
  notDrawn: (count) => `${count} ${count === 1 ? "claim" : "claims"} not drawn: no publication date, or a value without bounds.`,
  highlightKey: "Highlighted",
  highlightMeaning: "words that differ from claim 1’s quote.",
  boldLegend: "In bold: words that differ from claim 1’s quote.",
  notesOnFacet: "Notes",
  aboutClaim: (n) => `on claim ${n}`,
  tags: "Tags",
  noFacets: "No question matches the chosen options.",
  options: "Options",
  optionDisputedOnly: "disputed questions only",
  optionWithoutNotes: "without notes",
  optionSomeFacets: "chosen questions only",
  sharedReadOnly: "Read-only report shared from Claimdiff",
  downloadPdf: "Download PDF",
  page: (n) => `Page ${n}`,
  status: { disputed: "disputed", agreed: "agreed", "single-source": "single source" },
  kind: {
    identical: "identical",
    compatible: "compatible",
    conflicting: "conflicting",
    "different-scope": "different scope",
    "changed-over-time": "changed over time",
  },
  certaintyOf: { stated: "stated", reported: "reported", hedged: "hedged", denied: "denied" },
  figureStatusOf: { projection: "projection", provisional: "provisional count", planned: "plan or draft", final: "final result" },
  reviewOf: { proposed: "not yet reviewed", confirmed: "confirmed", rejected: "rejected" },
  standingOf: { conflicts: "conflicts", changed: "changed over time", agrees: "agrees", scope: "different scope", only: "only source" },
  // The same words as the screens' (lib/verdicts/labels.ts).
  ratingOf: VERDICT_RATING_LABEL,
  valueWords: { to: "to", over: "over", under: "under", atLeast: "at least", atMost: "at most", any: "any number" },
};

const de: ReportLabels = {
  locale: "de-DE",
  languageName: "Deutsch",
  report: "Bericht",
  comparisonReport: "Vergleichsbericht",
  generated: "Erstellt",
  publishedBetween: "Quellen erschienen",
  contents: "Inhalt",
  summary: "Zusammenfassung",
  sources: "Quellen",
  facets: "Verglichene Fragen",
  editorsNotes: "Anmerkungen der Redaktion",
  methodology: "Methode",
  methodologyText:
    "Claimdiff findet die Antwort jedes Artikels auf jede Frage (eine Zahl, ein Datum, einen Namen) und verknüpft sie " +
    "mit dem genauen Wortlaut des Artikels. Ungefähre Angaben werden zu Intervallen: „mehr als 10.000“ ist jede Zahl " +
    "über 10.000, „fast 10.000“ ist 9.000 bis unter 10.000, „im Juni 2024“ ist der 1. bis 30. Juni 2024; deutsche " +
    "Zahlenformate werden deutsch gelesen („10.000“ ist zehntausend). Dann wird jedes Paar von Antworten auf eine Frage " +
    "verglichen: identisch, vereinbar (die Intervalle überschneiden sich), widersprüchlich (beide können nicht " +
    "zugleich stimmen), anderer Geltungsbereich (ein Teil gegenüber dem Ganzen, etwa eine Region gegenüber einem " +
    "Land) oder zeitlich verändert (die Artikel datieren die Zahlen unterschiedlich). Jede Beziehung nennt ihren Grund " +
    "(auf Englisch). Widersprüche werden danach gereiht, wie weit die Werte im Verhältnis zu ihrer Größe auseinander " +
    "liegen, wie bestimmt beide behauptet werden und ob die Urheber unabhängig sind: Medien, die dieselbe Quelle " +
    "zitieren, zählen als eine Stimme. Von einer Person verworfene Angaben und Angaben aus früheren Fassungen eines " +
    "Artikels bleiben außen vor. Bewertungen und Anmerkungen stammen von der Redaktion.",
  articles: "Artikel",
  outlets: "Medien",
  languages: "Sprachen",
  facetsShown: (shown, total) => (shown === total ? `${total}` : `${shown} von ${total}`),
  disputedFacets: "Umstrittene Fragen",
  agreedFacets: "Übereinstimmende Fragen",
  singleSourceFacets: "Fragen mit nur einer Quelle",
  contradictions: "Widersprüche",
  contradictionCount: (n) => (n === 1 ? "1 Widerspruch" : `${n} Widersprüche`),
  verdicts: "Bewertungen",
  outlet: "Medium",
  title: "Titel",
  date: "Datum",
  language: "Sprache",
  revisions: "Fassungen",
  unknownOutlet: "Unbekanntes Medium",
  undated: "ohne Datum",
  question: "Frage",
  claims: "Angaben",
  claim: "Angabe",
  claimant: "Urheber",
  ownReporting: "eigene Angabe",
  certainty: "Gewissheit",
  review: "Prüfung",
  quote: "Zitat",
  value: "Wert",
  normalized: "Normalisiert",
  scope: "Bezug",
  asOf: "Stand",
  standing: "Verhältnis",
  relations: "Beziehungen",
  relationsNotListed: (count) => `${count} weitere ${count === 1 ? "Beziehung" : "Beziehungen"} dieser Arten nicht aufgeführt.`,
  relationCounts: "Alle Paare",
  verdict: "Bewertung",
  noVerdict: "Noch keine Bewertung.",
  rating: "Urteil",
  by: "von",
  timeline: "Zeitverlauf",
  timelineText: "Werte nach dem Tag, für den sie gelten (sonst dem Erscheinungstag), nach Uhrzeit, wo der Text eine nennt: Jeder Balken umfasst das Intervall einer Angabe, ein Pfeil ein nach oben oder unten offenes Intervall, ein Punkt einen genauen Wert.",
  timelineAxis: (scale) => (scale === "hours" ? "Uhrzeit" : "Stand (sonst Erscheinungstag)"),
  notDrawn: (count) => `${count} ${count === 1 ? "Angabe" : "Angaben"} nicht eingezeichnet: ohne Erscheinungsdatum oder ohne begrenzten Wert.`,
  highlightKey: "Hervorgehoben",
  highlightMeaning: "Wörter, die vom Zitat der Angabe 1 abweichen.",
  boldLegend: "Fett: Wörter, die vom Zitat der Angabe 1 abweichen.",
  notesOnFacet: "Anmerkungen",
  aboutClaim: (n) => `zu Angabe ${n}`,
  tags: "Schlagwörter",
  noFacets: "Keine Frage passt zu den gewählten Optionen.",
  options: "Optionen",
  optionDisputedOnly: "nur umstrittene Fragen",
  optionWithoutNotes: "ohne Anmerkungen",
  optionSomeFacets: "nur ausgewählte Fragen",
  sharedReadOnly: "Schreibgeschützter Bericht, geteilt aus Claimdiff",
  downloadPdf: "PDF herunterladen",
  page: (n) => `Seite ${n}`,
  status: { disputed: "umstritten", agreed: "übereinstimmend", "single-source": "nur eine Quelle" },
  kind: {
    identical: "identisch",
    compatible: "vereinbar",
    conflicting: "widersprüchlich",
    "different-scope": "anderer Geltungsbereich",
    "changed-over-time": "zeitlich verändert",
  },
  certaintyOf: { stated: "behauptet", reported: "berichtet", hedged: "eingeschränkt", denied: "bestritten" },
  figureStatusOf: { projection: "Hochrechnung", provisional: "vorläufiges Ergebnis", planned: "Plan oder Entwurf", final: "Endergebnis" },
  reviewOf: { proposed: "ungeprüft", confirmed: "bestätigt", rejected: "verworfen" },
  standingOf: { conflicts: "widerspricht", changed: "zeitlich verändert", agrees: "stimmt überein", scope: "anderer Bezug", only: "einzige Quelle" },
  ratingOf: {
    true: "Richtig",
    "mostly-true": "Überwiegend richtig",
    mixed: "Teils richtig, teils falsch",
    "mostly-false": "Überwiegend falsch",
    false: "Falsch",
    unverifiable: "Nicht überprüfbar",
    "no-contradiction": "Kein Widerspruch",
  },
  valueWords: { to: "bis", over: "über", under: "unter", atLeast: "mindestens", atMost: "höchstens", any: "beliebige Zahl" },
};

const LABELS: Record<ReportLanguage, ReportLabels> = { en, de };

/** The report's own words in `language`. */
export function labelsFor(language: ReportLanguage): ReportLabels {
  return LABELS[language];
}

// Making an Intl formatter costs far more than using one, and a report formats thousands of days.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string, month: "long" | "short"): Intl.DateTimeFormat {
  const key = `${locale}|${month}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: "numeric", month, year: "numeric", timeZone: "UTC" });
    dayFormats.set(key, format);
  }
  return format;
}

/** A day as the report's language writes it: "19 June 2024", "19. Juni 2024". */
export function formatDay(isoDate: string, labels: ReportLabels): string {
  return dayFormat(labels.locale, "long").format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A day in a table: "19 Jun 2024", "19. Juni 2024"; an absent day is the label "undated". */
export function formatShortDay(isoDate: string | null, labels: ReportLabels): string {
  if (!isoDate) return labels.undated;
  return dayFormat(labels.locale, "short").format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A language code in the report's language: "de" is "German" or "Deutsch"; unknown codes stay. */
export function languageName(code: string, labels: ReportLabels): string {
  try {
    return new Intl.DisplayNames([labels.locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
