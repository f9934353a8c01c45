import type { Random } from "./random";

// Newsroom German, with the figures, names and punctuation (quotes, dashes, German number
// formats) that real articles carry: a diff's cost depends on how often words repeat and how
// long the unchanged runs are, so uniform random words would flatter every algorithm.
const SUBJECTS = [
  "Die Landesregierung", "Ein Sprecher der Polizei", "Der Wetterdienst", "Die Gewerkschaft", "Das Innenministerium",
  "Beobachter vor Ort", "Die Feuerwehr", "Der Finanzminister", "Die Wahlleiterin", "Unabhängige Fachleute",
];
const VERBS = [
  "bestätigte am Montag", "wies Berichte zurück, wonach", "erklärte in der Hauptstadt,", "teilte mit, dass", "geht davon aus, dass",
  "sprach von einer dramatischen Lage:", "schätzt,", "äußerte sich nicht dazu, ob",
];
const OBJECTS = [
  "fast 10.000 Menschen ihre Häuser verlassen mussten", "mehr als 2.000 Helfer im Einsatz seien",
  "etwa 800 von ihnen in Notunterkünften untergebracht seien", "die Pegel an der Mündung weiter steigen würden",
  "rund 40 Tote und Verletzte zu beklagen seien", "der Haushalt im Juni 2024 im Landtag beschlossen wurde",
  "die Wahlbeteiligung bei 61,4 Prozent gelegen habe", "die Schäden deutlich höher lägen als bisher bekannt",
  "ein Streik an den Flughäfen noch nicht ausgeschlossen sei", "der Bund im Gegenzug 1,2 Milliarden Euro bereitstelle",
];
const TAILS = [
  "", "", " – unabhängig überprüfen ließ sich das zunächst nicht", " (Stand: Ende Oktober)", ", hieß es aus Regierungskreisen",
  ", sagte ein Beamter, der nicht namentlich genannt werden wollte", " „Das ist eine neue Lage“, sagte sie",
];

export function sentence(random: Random): string {
  return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}${random.pick(TAILS)}.`;
}

/** About `bytes` UTF-8 bytes of article text: paragraphs of 3–6 sentences, separated by blank lines. */
export function generateArticle(random: Random, bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: random.int(3, 6) }, () => sentence(random)).join(" ");
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join("\n\n");
}

/** An article of about `words` words. */
export function generateArticleOfWords(random: Random, words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph = Array.from({ length: random.int(3, 6) }, () => sentence(random)).join(" ");
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join("\n\n");
}

const FIGURE_SWAPS: [RegExp, string][] = [
  [/fast 10\.000/, "mehr als 10.000"],
  [/etwa 8\.000/, "rund 7.500"],
  [/rund 4\.000/, "mehr als 4.500"],
  [/im Juni 2024/, "am 19. Juni 2024"],
];

/**
 * A later version of `text`, edited the way newsrooms update a story: in roughly `share` of the
 * sentences a figure is corrected, a clause added, or the sentence replaced or deleted; now and
 * then a new paragraph is inserted. Paragraph order is kept.
 */
export function editArticle(random: Random, text: string, share: number): string {
  return text
    .split("\n\n")
    .flatMap((paragraph) => {
      const sentences = paragraph.split(/(?<=\.) /).flatMap((s) => {
        if (!random.chance(share)) return [s];
        const edit = random.int(0, 3);
        if (edit === 0) {
          const swap = FIGURE_SWAPS.find(([from]) => from.test(s));
          return [swap ? s.replace(swap[0], swap[1]) : s.replace(/\.$/, ", wie es weiter hieß.")];
        }
        if (edit === 1) return [s.replace(/\.$/, `, ${random.pick(["ergänzte er", "so die Agentur", "hieß es später"])}.`)];
        if (edit === 2) return [sentence(random)];
        return [];
      });
      const kept = sentences.join(" ");
      return random.chance(share / 2) ? [kept, generateArticle(random, 300)] : [kept];
    })
    .filter((p) => p.length > 0)
    .join("\n\n");
}
