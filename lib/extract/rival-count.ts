import type { AsOf } from "./read-as-of";
import type { SentenceSpan } from "./find-sentence";
import { isTotalClause } from "./is-total-clause";
import type { CompiledLexicon } from "./lexicon";
import { findPhraseForward } from "./lexicon/phrase-index";
import { phraseIndexes, type RuleWords } from "./lexicon/rule-words";
import { TokenKind, isLineBreakBefore, lowerAt, type TokenStream } from "./tokens";

// "Das Rote Kreuz sprach dagegen von …", "The union, however, put it at …": words that set a figure
// against the one before.
const CONTRAST: RuleWords = {
  de: ["dagegen", "hingegen", "sogar", "jedoch", "indes", "demgegenüber"],
  en: ["however", "by contrast", "in contrast", "instead", "even", "but"],
};
// "Allein im Ortsteil X mussten 620 Bewohner …", "4,200 of them in Y alone", "including 24,000 in
// Vienna": a figure said to be a part of another; its place is not the place of a rival's whole.
const PART: RuleWords = {
  de: ["allein", "alleine", "davon", "darunter", "einschließlich", "inklusive", "unter ihnen"],
  en: ["alone", "including", "of them", "of whom", "of which", "among them"],
};
// "etwa 8.000 dieser Soldaten", "some 800 of these troops": a figure counting some of a group
// named before is a part of it, right where the count is.
const PARTITIVE: RuleWords = {
  de: ["dieser", "jener", "von ihnen"],
  en: ["of these", "of those", "of them"],
};
const CONTRASTS = phraseIndexes(CONTRAST);
const PARTS = phraseIndexes(PART);
const PARTITIVES = phraseIndexes(PARTITIVE);
// Far enough past a figure for "in the municipality of X alone".
const PART_REACH = 6;
// A partitive follows the number at once ("8.000 dieser"), or after a unit word ("8,000 of these").
const PARTITIVE_REACH = 2;

type Subject = { subject: string; qualifiers: string[] };

/** The figure found before, as far as a rival's count of it goes (extractQuantity's QuantityFound). */
export type FigureBefore = {
  first: number;
  last: number;
  sentence: SentenceSpan;
  subject: Subject;
  candidate: { value: { kind: string; unit?: string }; attribution?: string; scope: { place?: string } };
  /** The days its sentence dates it to; absent = the publication day. */
  dated?: AsOf;
};

/**
 * Whether the count at tokens `first`..`last` of sentence `s` is a rival's figure for what the
 * figure before counted: it stands in the sentence right after that figure's, in the same paragraph,
 * and a verb of saying comes before it ("Die Polizei zählte 87.000 Menschen. Die CGT nannte 450.000
 * Teilnehmer.", "Police put the crowd at 9,000. The organisers claimed 25,000.").
 */
export function isRivalSentence(ts: TokenStream, before: FigureBefore | null, s: SentenceSpan, first: number, lex: CompiledLexicon): before is FigureBefore {
  if (!before || before.sentence.last + 1 !== s.first || isLineBreakBefore(ts, s.first)) return false;
  for (let j = s.first; j < first; j++) if (ts.kind[j] === TokenKind.word && lex.speechVerbs.has(lowerAt(ts, j))) return true;
  return false;
}

/**
 * What a rival's count naming no group of its own counts: "Die Behörden zählten 620 Evakuierte. Das
 * Rote Kreuz sprach dagegen von mehr als 1.400 Menschen", "Police said seven officers were hurt; the
 * police union, however, spoke of at least ten colleagues". Set against the figure before by a word
 * of contrast, "Menschen"/"people" or a noun the lexicon does not know counts what that figure
 * counted. Null when the sentence sets nothing against it, or the count names a known group.
 */
export function rivalSubject(ts: TokenStream, before: FigureBefore, s: SentenceSpan, first: number, subject: Subject, lex: CompiledLexicon): Subject | null {
  if (before.candidate.value.unit || findPhraseForward(ts, s.first, first - 1, CONTRASTS[lex.language]) === null) return null;
  const generic = subject.subject === "people" && before.subject.subject !== "people";
  const sameCount = subject.subject === before.subject.subject && subject.qualifiers.length === 1 && subject.qualifiers[0]!.includes(":") && before.subject.qualifiers.every((q) => !q.includes(":"));
  return generic || sameCount ? before.subject : null;
}

/**
 * The place and days a rival's figure takes from the figure before when its own sentence names
 * none: "In Paris marschierten nach Angaben der Polizei 87.000 Menschen. Die CGT nannte 450.000
 * Teilnehmer.": both count the Paris march of that day. Only when both figures count one thing and
 * two different voices give them; not from a figure said to be a part ("allein in X", "including
 * 24,000 in Vienna", "8.000 dieser Soldaten in X"), nor onto one called a total ("insgesamt", "in all").
 */
export function rivalScope(ts: TokenStream, before: FigureBefore, s: SentenceSpan, subject: Subject, attribution: string | undefined, lex: CompiledLexicon): { place?: string | undefined; asOf?: AsOf | undefined } {
  const rival = before.candidate.attribution;
  if (!attribution || !rival || attribution === rival) return {};
  if (subject.subject !== before.subject.subject || subject.qualifiers.join("+") !== before.subject.qualifiers.join("+")) return {};
  if (isTotalClause(ts, s.first, s.last, lex)) return {};
  const part =
    findPhraseForward(ts, before.sentence.first, Math.min(before.last + PART_REACH, before.sentence.last), PARTS[lex.language]) !== null ||
    findPhraseForward(ts, before.first, Math.min(before.last + PARTITIVE_REACH, before.sentence.last), PARTITIVES[lex.language]) !== null;
  const place = before.candidate.scope.place;
  // Both fields always, absent ones undefined: objects of four shapes made the field reads in
  // extractQuantity polymorphic, and a shape first seen late threw its optimized code away.
  return { place: place && !part ? place : undefined, asOf: before.dated ? before.dated : undefined };
}
