import { selectPassage } from "@/lib/anchoring";
import type { PassageSelectors } from "@/lib/anchoring";
import { sentence } from "./generate-prose";
import type { Random } from "./random";

// A corpus for re-anchoring: articles whose text is a list of paragraphs of sentences, passages
// marked inside sentences, and a later revision made by edits whose effect on every passage is
// known, so the truth (where each passage went, or that it was deleted) comes with the text.

type Sentence = { id: number; text: string };
type Paragraph = Sentence[];
/** A passage inside one sentence: `start`/`end` are offsets into that sentence. */
type Passage = { sentenceId: number; start: number; end: number; changed: boolean };

export type EditKind = "insert-paragraph" | "insert-sentence" | "delete-sentence" | "delete-paragraph" | "move-paragraph" | "edit-word" | "edit-quote";

export type Case = {
  /** The passage in the old revision. */
  selectors: PassageSelectors;
  /** Where the same words are in the new revision; null when they were deleted. */
  truth: { start: number; end: number } | null;
  /** Whether the passage's own words were edited (then only a flagged move can be right). */
  quoteEdited: boolean;
};

export type EditedArticle = { before: string; after: string; cases: Case[]; edits: Record<EditKind, number> };

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const PEOPLE = ["Roth", "Berger", "Okafor", "Lindqvist", "Moreau", "Novak", "Haddad", "Tanaka", "Schulte-Wessel", "Ferreira", "Kowalski", "Brennan"];
const PLACES = ["Valencia", "Passau", "Leeds", "Bayern", "Murcia", "Dresden", "Brüssel", "Lissabon", "Krakau", "Sevilla"];

/**
 * A sentence of generate-prose with its own figure, and often a date, a place or a name: the
 * generator's small vocabulary alone repeats whole sentences far more often than real reporting,
 * while the near-duplicate paragraphs below keep the repetition that real updates do have.
 */
function variedSentence(random: Random): string {
  let text = sentence(random).replace(/\d{1,2}\.\d{3}/, () => `${random.int(1, 40)}.${String(random.int(0, 999)).padStart(3, "0")}`);
  if (random.chance(0.5)) text = text.replace(/\.$/, `, am ${random.int(1, 28)}. ${random.pick(MONTHS)}.`);
  if (random.chance(0.4)) text = text.replace(/\.$/, ` (${random.pick(["laut", "nach Angaben von", "so"])} ${random.pick(PEOPLE)}).`);
  if (random.chance(0.3)) text = text.replace(/\.$/, `, auch mit Blick auf ${random.pick(PLACES)}.`);
  return text;
}

/** About `bytes` bytes of paragraphs of 3–6 varied sentences. */
function variedArticle(random: Random, bytes: number): string[][] {
  const paragraphs: string[][] = [];
  for (let size = 0; size < bytes; size += paragraphs.at(-1)!.join(" ").length + 2) {
    paragraphs.push(Array.from({ length: random.int(3, 6) }, () => variedSentence(random)));
  }
  return paragraphs;
}

function render(paragraphs: Paragraph[]): { text: string; starts: Map<number, number> } {
  const starts = new Map<number, number>();
  let text = "";
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += "\n\n";
    paragraph.forEach((s, i) => {
      if (i > 0) text += " ";
      starts.set(s.id, text.length);
      text += s.text;
    });
  });
  return { text, starts };
}

/** A passage of whole words inside a sentence, 3 to 15 words long (fewer when the sentence is shorter), as notes on claims are. */
function pickPassage(random: Random, s: Sentence): Passage {
  const words = [...s.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const first = random.int(0, Math.max(0, words.length - 3));
  const last = Math.min(words.length - 1, first + random.int(2, 14));
  return { sentenceId: s.id, start: words[first]!.start, end: words[last]!.end, changed: false };
}

/** Replaces one word of a sentence; passages in it keep their words' place (or grow, when it is theirs). */
function editWord(random: Random, s: Sentence, passages: Passage[], inside: Passage | null) {
  const words = [...s.text.matchAll(/\p{L}{4,}/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const candidates = inside ? words.filter((w) => w.start >= inside.start && w.end <= inside.end) : words.filter((w) => passages.every((p) => p.sentenceId !== s.id || w.end <= p.start || w.start >= p.end));
  if (candidates.length === 0) return false;
  const word = random.pick(candidates);
  const replacement = random.pick(["Regierung", "Sprecherin", "Angaben", "Berichten", "Einsatzkräfte", "Behörden", "Helfer"]);
  const delta = replacement.length - (word.end - word.start);
  s.text = s.text.slice(0, word.start) + replacement + s.text.slice(word.end);
  for (const p of passages) {
    if (p.sentenceId !== s.id) continue;
    if (word.start >= p.end) continue;
    if (word.end <= p.start) {
      p.start += delta;
      p.end += delta;
    } else {
      p.end += delta;
      p.changed = true;
    }
  }
  return true;
}

/**
 * One article of about `bytes` bytes with `notes` passages, some on near-duplicate paragraphs
 * (a copy of another paragraph with one word changed), and its next revision after `editCount`
 * random edits.
 */
export function generateEditedArticle(random: Random, bytes: number, notes: number, editCount: number): EditedArticle {
  let nextId = 0;
  const toSentences = (paragraph: string[]): Paragraph => paragraph.map((text) => ({ id: nextId++, text }));
  const paragraphs: Paragraph[] = variedArticle(random, bytes).map(toSentences);

  // Near-duplicates: copies of paragraphs, one word changed, inserted elsewhere.
  for (let i = 0; i < Math.max(1, Math.floor(paragraphs.length / 8)); i++) {
    const source = random.pick(paragraphs);
    const copy = source.map((s) => ({ id: nextId++, text: s.text }));
    editWord(random, random.pick(copy), [], null);
    paragraphs.splice(random.int(0, paragraphs.length), 0, copy);
  }

  const allSentences = () => paragraphs.flat();
  const passages = Array.from({ length: notes }, () => pickPassage(random, random.pick(allSentences())));
  const before = render(paragraphs);
  const selectors = passages.map((p) => {
    const at = before.starts.get(p.sentenceId)!;
    return selectPassage(before.text, at + p.start, at + p.end);
  });
  const deleted = new Set<number>();

  const edits = Object.fromEntries(
    (["insert-paragraph", "insert-sentence", "delete-sentence", "delete-paragraph", "move-paragraph", "edit-word", "edit-quote"] as EditKind[]).map((k) => [k, 0]),
  ) as Record<EditKind, number>;
  for (let e = 0; e < editCount; e++) {
    const kind = random.pick<EditKind>(["insert-paragraph", "insert-sentence", "insert-sentence", "delete-sentence", "delete-paragraph", "move-paragraph", "edit-word", "edit-word", "edit-quote"]);
    const p = random.int(0, paragraphs.length - 1);
    const paragraph = paragraphs[p]!;
    if (kind === "insert-paragraph") {
      paragraphs.splice(random.int(0, paragraphs.length), 0, toSentences(variedArticle(random, 200).flat()));
    } else if (kind === "insert-sentence") {
      paragraph.splice(random.int(0, paragraph.length), 0, { id: nextId++, text: variedSentence(random) });
    } else if (kind === "delete-sentence") {
      if (paragraph.length < 2) continue;
      const [gone] = paragraph.splice(random.int(0, paragraph.length - 1), 1);
      deleted.add(gone!.id);
    } else if (kind === "delete-paragraph") {
      if (paragraphs.length < 4) continue;
      for (const s of paragraphs.splice(p, 1)[0]!) deleted.add(s.id);
    } else if (kind === "move-paragraph") {
      const [moved] = paragraphs.splice(p, 1);
      paragraphs.splice(random.int(0, paragraphs.length), 0, moved!);
    } else if (kind === "edit-word") {
      if (!editWord(random, random.pick(paragraph), passages, null)) continue;
    } else {
      const live = passages.filter((x) => !deleted.has(x.sentenceId));
      const target = live.length ? random.pick(live) : null;
      const s = target && allSentences().find((x) => x.id === target.sentenceId);
      if (!target || !s || !editWord(random, s, passages, target)) continue;
    }
    edits[kind] += 1;
  }

  const after = render(paragraphs);
  const cases = passages.map((p, i) => {
    const at = after.starts.get(p.sentenceId);
    return {
      selectors: selectors[i]!,
      truth: deleted.has(p.sentenceId) || at === undefined ? null : { start: at + p.start, end: at + p.end },
      quoteEdited: p.changed,
    };
  });
  return { before: before.text, after: after.text, cases, edits };
}
