import type { Random } from "./random";

// A newsroom's archive in miniature: many events of many kinds, each with its own place, people
// and figures, reported by several outlets in German and English. Names are made of syllables,
// so the vocabulary grows with the corpus the way real names do, and filler words follow a
// Zipf-like law (a few very common, most rare): a search's cost depends on how many paragraphs
// hold each word, which uniform random words or a fifty-word lexicon would misrepresent.

const SYLLABLES = ["ba", "ren", "ko", "li", "mar", "sto", "vel", "an", "dor", "ish", "tu", "ne", "sel", "gra", "po", "lin", "ha", "mo", "ric", "ta", "wen", "zu", "chi", "son", "hui", "bel", "ous", "ow", "fra", "ek"];
const FIRST = ["Ilse", "Chloe", "Marek", "Anna", "Jonas", "Leila", "Tomasz", "Ines", "Kwame", "Sofia", "Yusuf", "Greta", "Mateo", "Hana", "Ravi", "Olga"];

type Kind = { topic: string; noun: string; verb: string; org: string };

const KINDS: Record<"en" | "de", Kind[]> = {
  en: [
    { topic: "flood", noun: "residents", verb: "were forced from their homes", org: "the civil protection office" },
    { topic: "election", noun: "voters", verb: "cast their ballots", org: "the electoral commission" },
    { topic: "protest", noun: "demonstrators", verb: "marched through the centre", org: "the police" },
    { topic: "strike", noun: "workers", verb: "walked out", org: "the union" },
    { topic: "wildfire", noun: "hectares", verb: "burned", org: "the fire service" },
    { topic: "budget", noun: "million euros", verb: "were set aside", org: "the finance ministry" },
  ],
  de: [
    { topic: "Hochwasser", noun: "Bewohner", verb: "mussten ihre Häuser verlassen", org: "der Katastrophenschutz" },
    { topic: "Wahl", noun: "Wähler", verb: "gaben ihre Stimme ab", org: "die Wahlkommission" },
    { topic: "Demonstration", noun: "Demonstranten", verb: "zogen durch die Innenstadt", org: "die Polizei" },
    { topic: "Streik", noun: "Beschäftigte", verb: "legten die Arbeit nieder", org: "die Gewerkschaft" },
    { topic: "Waldbrand", noun: "Hektar", verb: "verbrannten", org: "die Feuerwehr" },
    { topic: "Haushalt", noun: "Millionen Euro", verb: "wurden eingeplant", org: "das Finanzministerium" },
  ],
};

const TEMPLATES = {
  en: [
    (e: Facts, n: string) => `About ${n} ${e.kind.noun} ${e.kind.verb} in ${e.place}, ${e.kind.org} said on ${e.day}.`,
    (e: Facts) => `${e.people[0]} called the ${e.kind.topic} in ${e.place} the worst in living memory.`,
    (e: Facts, n: string) => `More than ${n} ${e.kind.noun} were counted by ${e.kind.org}, according to ${e.people[1]}.`,
    (e: Facts) => `${e.people[2]} told reporters that the figures would be checked again on ${e.day}.`,
    (e: Facts) => `Officials in ${e.place} said the ${e.kind.topic} had been expected for weeks.`,
  ],
  de: [
    (e: Facts, n: string) => `Etwa ${n} ${e.kind.noun} ${e.kind.verb} in ${e.place}, teilte ${e.kind.org} am ${e.day} mit.`,
    (e: Facts) => `${e.people[0]} nannte den ${e.kind.topic} in ${e.place} den schlimmsten seit Jahrzehnten.`,
    (e: Facts, n: string) => `Mehr als ${n} ${e.kind.noun} zählte ${e.kind.org}, wie ${e.people[1]} sagte.`,
    (e: Facts) => `${e.people[2]} sagte, die Zahlen würden am ${e.day} erneut geprüft.`,
    (e: Facts) => `In ${e.place} hieß es, der ${e.kind.topic} sei seit Wochen erwartet worden.`,
  ],
} as const;

const DAYS = { en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], de: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"] };

type Language = "en" | "de";
type Facts = { language: Language; kind: Kind; place: string; people: string[]; day: string };

/** One event of the corpus: its facts, shared by every article about it. */
export type CorpusEvent = { slug: string; title: string; facts: Facts };
export type CorpusArticle = { event: number; title: string; url: string; outlet: string; language: Language; publishedAt: string; text: string };

function word(random: Random, syllables: number): string {
  return Array.from({ length: syllables }, () => random.pick(SYLLABLES)).join("");
}
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A generated event: a kind of news, a place and three people, in one language. */
export function generateEvent(random: Random, index: number): CorpusEvent {
  const language: Language = random.chance(0.6) ? "de" : "en";
  const kind = random.pick(KINDS[language]);
  const place = capital(word(random, random.int(2, 3)));
  const people = Array.from({ length: 3 }, () => `${random.pick(FIRST)} ${capital(word(random, 3))}${random.chance(0.2) ? `-${word(random, 1)}` : ""}`);
  return {
    slug: `bench-${index}`,
    title: `${capital(kind.topic)} in ${place}`,
    facts: { language, kind, place, people, day: random.pick(DAYS[language]) },
  };
}

/** A pool of filler words drawn Zipf-like: word i with weight 1/(i+1). */
export function createFiller(random: Random, size = 20_000) {
  const words = Array.from({ length: size }, () => word(random, random.int(2, 4)));
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < size; i++) cumulative.push((total += 1 / (i + 1)));
  return (r: Random) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] ?? "";
  };
}

/** One article about `event`: a headline, then paragraphs of the event's sentences and filler. */
export function generateArticle(random: Random, event: CorpusEvent, index: number, filler: (r: Random) => string, eventIndex: number): CorpusArticle {
  const { facts } = event;
  const templates = TEMPLATES[facts.language];
  const paragraphs: string[] = [];
  for (let p = 0; p < random.int(4, 8); p++) {
    const sentences: string[] = [];
    for (let s = 0; s < random.int(2, 4); s++) {
      if (random.chance(0.5)) {
        const figure = (random.int(2, 120) * 100).toLocaleString(facts.language === "de" ? "de-DE" : "en-GB");
        sentences.push(random.pick(templates)(facts, figure));
      } else {
        const words = Array.from({ length: random.int(8, 18) }, () => filler(random));
        sentences.push(`${capital(words.join(" "))}.`);
      }
    }
    paragraphs.push(sentences.join(" "));
  }
  const outlet = `Outlet ${random.int(1, 300)}`;
  const title = `${event.title}: ${facts.people[random.int(0, 2)]} ${facts.language === "de" ? "äußert sich" : "speaks"} (${index})`;
  const month = String(random.int(1, 12)).padStart(2, "0");
  const day = String(random.int(1, 28)).padStart(2, "0");
  return {
    event: eventIndex,
    title,
    url: `https://outlet-${index % 300}.example/${event.slug}/${index}`,
    outlet,
    language: facts.language,
    publishedAt: `2024-${month}-${day}`,
    text: `${title}\n\n${paragraphs.join("\n\n")}`,
  };
}

/** A misspelling of a name: one letter dropped, doubled or swapped with its neighbour. */
export function misspell(random: Random, name: string): string {
  const letters = [...name];
  const at = random.int(1, Math.max(1, letters.length - 2));
  const how = random.int(0, 2);
  if (how === 0) letters.splice(at, 1);
  else if (how === 1) letters.splice(at, 0, letters[at] ?? "");
  else [letters[at], letters[at + 1]] = [letters[at + 1] ?? "", letters[at] ?? ""];
  return letters.join("");
}
