import type { Random } from "./random";

// News of several kinds of event in German and English, built from sentence frames we wrote, with
// figures in the many forms news uses, places, claimants, dates and the numbers that are not claims
// (ages, times, durations). Extraction speed depends on how dense figures and cue words are, so the
// benchmark times text like this rather than one story repeated.

type Frames = { headlines: string[]; sentences: string[] };

// Most sentences of a news article carry no figure: what happened, who said what, what comes next.
// One sentence in five here has one, which gives a claim per 400 characters or so: denser than the
// demo articles (one per 520) and the real seed articles (one per 1,300).
const PROSE: Record<"de" | "en", string[]> = {
  de: [
    "Die Lage blieb am Abend unübersichtlich, wie mehrere Augenzeugen berichteten.",
    "Der {claimant} kündigte an, die Angaben in den kommenden Tagen zu überprüfen.",
    "Vertreter der Opposition forderten eine unabhängige Untersuchung der Vorgänge.",
    "In {place} blieben viele Geschäfte geschlossen, der Nahverkehr war eingeschränkt.",
    "Beobachter rechnen damit, dass sich die Debatte in der kommenden Woche verschärft.",
    "Ein Sprecher wollte sich zu Einzelheiten nicht äußern und verwies auf eine spätere Mitteilung.",
    "Die Regierung wies die Kritik zurück und sprach von einer angemessenen Reaktion.",
  ],
  en: [
    "The situation remained unclear in the evening, several witnesses said.",
    "The {claimant} said it would review the figures over the coming days.",
    "Opposition politicians called for an independent inquiry into what happened.",
    "Many shops in {place} stayed closed and public transport was disrupted.",
    "Observers expect the debate to intensify next week.",
    "A spokesperson declined to give details and pointed to a later statement.",
    "The government rejected the criticism and called its response proportionate.",
  ],
};

const DE: Record<string, Frames> = {
  disaster: {
    headlines: ["Unwetter in {place}: {count} Tote", "Hochwasser: Zahl der Opfer steigt auf {count}", "{claimant} warnt: Lage in {place} bleibt ernst"],
    sentences: [
      "Nach Angaben der {claimant} kamen {hedge} {count} Menschen ums Leben.",
      "Allein in {place} wurden {count} Menschen verletzt, sagte ein Sprecher.",
      "{hedge} {count} Einwohner mussten ihre Häuser verlassen und wurden in Sicherheit gebracht.",
      "Bis {weekday}abend galten noch {count} Menschen als vermisst.",
      "Die Schäden belaufen sich laut {claimant} auf {amount} Millionen Euro.",
      "Ein {age}-Jähriger wurde um {hour} Uhr aus einem Keller gerettet.",
      "Die Feuerwehr war {hours} Stunden im Einsatz, unterstützt von {count} Helfern.",
      "Der Pegel stieg am {weekday} auf {decimal} Meter.",
    ],
  },
  protest: {
    headlines: ["{count} Menschen demonstrieren in {place}", "Polizei zählt {count} Teilnehmer, Veranstalter sprechen von {count2}"],
    sentences: [
      "Nach Polizeiangaben nahmen am {weekday} {hedge} {count} Menschen an der Kundgebung in {place} teil.",
      "Die Veranstalter sprachen dagegen von {count2} Demonstrierenden.",
      "Die Polizei nahm {small} Personen fest, {small} Beamte wurden leicht verletzt.",
      "Der Zug bewegte sich ab {hour} Uhr über die Hauptstraße {small} in Richtung Rathaus.",
      "Zu der Demonstration hatten {small} Organisationen aufgerufen.",
    ],
  },
  election: {
    headlines: ["Wahl in {place}: Beteiligung bei {pct} Prozent", "{party} gewinnt mit {pct} Prozent"],
    sentences: [
      "Die Wahlbeteiligung lag nach Angaben des Landeswahlleiters bei {pct} Prozent.",
      "Die {party} erhielt {pct} Prozent der Stimmen und gewann {small} Sitze.",
      "Die {party2} kam auf {pct2} Prozent, ein Minus von {decimal} Prozentpunkten.",
      "Insgesamt gaben {count} Wahlberechtigte ihre Stimme ab.",
      "Das vorläufige Endergebnis wurde am {weekday} um {hour} Uhr bekanntgegeben.",
    ],
  },
  budget: {
    headlines: ["Haushalt {year}: {amount} Milliarden Euro", "{claimant}: Defizit steigt auf {decimal} Prozent"],
    sentences: [
      "Der Haushaltsentwurf sieht Ausgaben von {amount} Milliarden Euro vor, teilte das {claimant} mit.",
      "Der Verteidigungsetat wächst um {decimal} Prozent auf {amount} Mrd. Euro.",
      "Die Neuverschuldung soll bei {amount} Milliarden Euro liegen.",
      "Die Opposition rechnet dagegen mit einem Defizit von {amount2} Milliarden Euro.",
      "Nach § {small} des Gesetzes muss der Bundestag bis {weekday} zustimmen.",
    ],
  },
};

const EN: Record<string, Frames> = {
  disaster: {
    headlines: ["Storm in {place}: death toll rises to {count}", "{claimant}: {count} dead, dozens missing"],
    sentences: [
      "{hedge} {count} people were killed, the {claimant} said on {weekday}.",
      "In {place} alone, {count} people were injured.",
      "Officials said {count} residents had been evacuated as of {weekday} night.",
      "The damage could exceed ${amount}m, according to the {claimant}.",
      "A {age}-year-old woman was rescued at {hour} p.m. after {hours} hours.",
      "Rescue teams of {count} volunteers searched the area for three days.",
    ],
  },
  protest: {
    headlines: ["Thousands march in {place}", "Police say {count} protested; organisers claim {count2}"],
    sentences: [
      "Police estimated that {hedge} {count} people took part in the march in {place} on {weekday}.",
      "Organisers put the crowd at {count2}.",
      "Officers arrested {small} people, and {small} officers were hurt.",
      "The rally began at {hour} p.m. outside {small} Market Street.",
    ],
  },
  election: {
    headlines: ["Turnout hits {pct}% in {place}", "{party} wins {small} seats"],
    sentences: [
      "Turnout was {pct} percent, the returning officer said.",
      "The {party} won {pct} percent of the vote and {small} seats.",
      "The {party2} took {pct2}%, down {decimal} percentage points.",
      "Some {count} voters cast their ballots.",
    ],
  },
  budget: {
    headlines: ["Budget: £{amount}bn for {year}", "{claimant} puts deficit at {decimal}% of GDP"],
    sentences: [
      "The budget plans spending of £{amount}bn, the {claimant} said.",
      "The defence budget rises by {decimal} percent to £{amount2}bn.",
      "Borrowing is expected to reach £{amount}bn, while the opposition puts the deficit at £{amount2}bn.",
      "Under section {small} of the act, the vote must take place by {weekday}.",
    ],
  },
};

const PLACES = ["Valencia", "Bayern", "Hamburg", "Leeds", "Lyon", "Sachsen", "Bremen", "Yorkshire", "Porto", "Graz"];
const CLAIMANTS = { de: ["Polizei", "Innenministerium", "Feuerwehr", "Finanzministerium", "Stadtverwaltung"], en: ["police", "interior ministry", "fire service", "treasury", "city council"] };
const PARTIES = ["SPD", "CDU", "Grünen", "Labour", "Greens", "Liberals"];
const HEDGES = { de: ["mindestens", "mehr als", "rund", "fast", "etwa", "knapp", ""], en: ["at least", "more than", "about", "nearly", "some", ""] };
const WEEKDAYS = { de: ["Montag", "Dienstag", "Freitag", "Samstag"], en: ["Monday", "Tuesday", "Friday", "Saturday"] };

function countIn(random: Random, language: "de" | "en"): string {
  const n = random.int(12, 60_000);
  const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, language === "de" ? "." : ",");
  return random.chance(0.1) ? (language === "de" ? "zwölf" : "twelve") : grouped;
}

function decimalIn(random: Random, language: "de" | "en"): string {
  const d = (random.int(1, 999) / 10).toFixed(1);
  return language === "de" ? d.replace(".", ",") : d;
}

function fill(frame: string, random: Random, language: "de" | "en"): string {
  return frame.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case "count":
      case "count2":
        return countIn(random, language);
      case "small":
        return String(random.int(2, 120));
      case "amount":
      case "amount2":
        return String(random.int(2, 480));
      case "decimal":
      case "pct":
      case "pct2":
        return decimalIn(random, language);
      case "hedge":
        return random.pick(HEDGES[language]);
      case "place":
        return random.pick(PLACES);
      case "claimant":
        return random.pick(CLAIMANTS[language]);
      case "party":
      case "party2":
        return random.pick(PARTIES);
      case "weekday":
        return random.pick(WEEKDAYS[language]);
      case "age":
        return String(random.int(18, 90));
      case "hour":
        return String(random.int(6, 22));
      case "hours":
        return String(random.int(2, 72));
      case "year":
        return String(random.int(2024, 2027));
      default:
        return slot;
    }
  });
}

/** One generated article of a random kind of event, about `bytes` UTF-8 bytes, in `language`. */
export function generateNewsArticle(random: Random, language: "de" | "en", bytes: number): string {
  const frames = language === "de" ? DE : EN;
  const kind = random.pick(Object.keys(frames));
  const { headlines, sentences } = frames[kind]!;
  const parts = [fill(random.pick(headlines), random, language)];
  let size = Buffer.byteLength(parts[0]!);
  while (size < bytes) {
    const sentence = () => fill(random.pick(random.chance(1 / 5) ? sentences : PROSE[language]), random, language).replace(/\s{2,}/g, " ");
    const paragraph = Array.from({ length: random.int(2, 5) }, sentence).join(" ");
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return parts.join("\n\n");
}
