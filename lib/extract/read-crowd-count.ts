import type { CompiledLexicon, ConceptRef } from "./lexicon";
import type { CountedHead } from "./read-counted-phrase";
import type { StateMatch } from "./read-state";
import { CLAUSE_ENDS } from "./lexicon/punctuation";
import { TokenKind, isLineBreakBefore, lowerAt, tokenAt, type TokenStream } from "./tokens";

// Verbs of counting a crowd, right before the figure or its hedge: "Police counted 2,300 drivers",
// "Die Polizei zählte rund 2.500 Fahrer". Counting people where they are is counting who turned out.
const COUNTING_VERBS: Record<"de" | "en", ReadonlySet<string>> = {
  de: new Set(["zählte", "zählten", "zählt", "zählen", "gezählt"]),
  en: new Set(["counted", "counts", "count"]),
};

// Verbs of giving a figure ("die Gewerkschaft nannte 7.000 Fahrer", "sprach von 7.000 Fahrern"):
// a crowd count only in an article that has counted its crowd before, as the rival's number.
const NAMING_VERBS: Record<"de" | "en", ReadonlySet<string>> = {
  de: new Set(["nannte", "nannten", "nennt", "nennen"]),
  en: new Set(["cited", "claimed"]),
};
const SPOKE_OF: Record<"de" | "en", ReadonlySet<string>> = {
  de: new Set(["sprach", "sprachen", "spricht", "sprechen"]),
  en: new Set(["spoke", "speaks"]),
};
const OF = new Set(["von", "of"]);

// People named by what they do ("drivers", "students", "Fahrer", "Studierende"): nouns of agents.
// Things counted by a verb of counting ("counted 40 aftershocks") keep their noun.
const AGENT_NOUN: Record<"de" | "en", RegExp> = {
  de: /(?:er|erin|erinnen|ist|isten|ent|enten|ant|anten|ende|enden)$/,
  en: /(?:er|or|ist|ant|ent|ian|eer)s$/,
};

// Patients and clients end like agents but are who is cared for: "counted 702 patients on trolleys"
// counts people waiting for care, not a crowd.
const CARED_FOR: Record<"de" | "en", ReadonlySet<string>> = {
  de: new Set(["patienten", "patientinnen", "klienten", "klientinnen"]),
  en: new Set(["patients", "inpatients", "outpatients", "clients"]),
};

const PROTESTERS: ConceptRef = { key: "protesters", doers: true };

// Verbs of drawing a crowd, right before the figure or its hedge: "the march drew 3,200 people",
// "the rally attracted about 900 people".
const DRAWING_VERBS: Record<"de" | "en", ReadonlySet<string>> = {
  de: new Set(),
  en: new Set(["drew", "draws", "attracted", "attracts"]),
};

// German verbs of moving in a body ("In Athen zogen rund 18.000 Menschen vor das Parlament") march
// when the way they go follows the group: "zogen … durch die Innenstadt", not "zogen … aus den Trümmern".
const MOVING_VERBS = new Set(["zogen", "zog", "ziehen", "zieht"]);
const MARCH_WAYS = new Set(["vor", "durch", "zum", "zur", "über", "vom", "entlang"]);
const MOVING_REACH = 8;

// A German verb of moving in a body earlier in the count's clause, the group followed by the way it goes.
function marchesBefore(ts: TokenStream, first: number, headLast: number): boolean {
  if (!MARCH_WAYS.has(lowerAt(ts, headLast + 1))) return false;
  for (let k = first - 1; k >= 0 && first - k <= MOVING_REACH; k--) {
    if (ts.kind[k] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, k))) return false;
    if (MOVING_VERBS.has(lowerAt(ts, k))) return true;
    if (isLineBreakBefore(ts, k)) return false;
  }
  return false;
}

/**
 * A verb of counting right before a count of people ("counted 2,300 drivers", "zählte 2.500
 * Fahrer"): the count is of those who took part, as if the sentence had said they joined; so is a
 * verb of giving a figure ("nannte bis zu 7.000 Fahrer") once the article has counted its crowd
 * (`crowdCounted`), a verb of drawing a crowd ("the march drew 3,200 people") and a German verb of
 * moving in a body with its way ("zogen rund 18.000 Menschen vor das Parlament"). Only for people: the general "people" or a noun of agents. Null otherwise.
 */
export function readCrowdCountBefore(ts: TokenStream, first: number, head: CountedHead, lex: CompiledLexicon, crowdCounted: boolean): StateMatch | null {
  const language = lex.language;
  const verb = lowerAt(ts, first - 1);
  const named = crowdCounted && (NAMING_VERBS[language].has(verb) || (OF.has(verb) && SPOKE_OF[language].has(lowerAt(ts, first - 2))));
  const gathered = DRAWING_VERBS[language].has(verb) || (language === "de" && marchesBefore(ts, first, head.last));
  if (!COUNTING_VERBS[language].has(verb) && !named && !gathered) return null;
  const noun = lowerAt(ts, head.last);
  const isPeople = head.concept ? head.concept.key === "people" : AGENT_NOUN[language].test(noun) && !CARED_FOR[language].has(noun);
  return isPeople ? { concept: PROTESTERS, first: first - 1, last: first - 1 } : null;
}

// Verbs of counting or estimating a figure that names nothing after it ("Police counted 12,000", "Die
// Polizei schätzte 12.000", "sprach von 12.000"): the figure is of what the article counts.
const BARE_COUNT_VERBS: Record<"de" | "en", ReadonlySet<string>> = {
  de: new Set([...COUNTING_VERBS.de, "schätzte", "schätzten", "schätzt", "schätzen"]),
  en: new Set([...COUNTING_VERBS.en, "estimated", "estimates", "estimate"]),
};
// The German perfect puts the participle after the figure: "Die Polizei hat 12.000 gezählt".
const BARE_COUNT_PARTICIPLES: Record<"de" | "en", ReadonlySet<string>> = {
  de: new Set(["gezählt", "geschätzt"]),
  en: new Set(),
};

/**
 * Whether a figure with no noun after it, from token `first` (its hedge) to `last`, is what a verb of
 * counting or estimating gives: right before it ("Police counted 12,000", "zählte rund 12.000",
 * "sprach von 12.000") or, as a German participle, right after it ("hat 12.000 gezählt"). Such a
 * figure counts what the article counts; a figure after any other verb ("2.000 warteten") names nothing.
 */
export function isBareCount(ts: TokenStream, first: number, last: number, lex: CompiledLexicon): boolean {
  const language = lex.language;
  const verb = lowerAt(ts, first - 1);
  if (BARE_COUNT_VERBS[language].has(verb)) return true;
  if (OF.has(verb) && SPOKE_OF[language].has(lowerAt(ts, first - 2))) return true;
  return BARE_COUNT_PARTICIPLES[language].has(lowerAt(ts, last + 1)) || (language === "de" && countedEarlierInClause(ts, first));
}

// "The rally drew around 12,000", "Lisbon rent protest draws up to 70,000", "A march in Porto drew
// 9,000": a gathering before the verb of drawing, its place between them, is what the figure turned out for.
const GATHERING_REACH = 4;

/** Whether a bare figure from token `first` (its hedge) is the crowd a gathering drew ("The rally drew around 12,000"). */
export function isDrawnCrowd(ts: TokenStream, first: number, lex: CompiledLexicon): boolean {
  return DRAWING_VERBS[lex.language].has(lowerAt(ts, first - 1)) && gatheringBefore(ts, first - 1, lex);
}

function gatheringBefore(ts: TokenStream, verb: number, lex: CompiledLexicon): boolean {
  for (let k = verb - 1; k >= 0 && verb - k <= GATHERING_REACH; k--) {
    if (lex.gatherings.has(lowerAt(ts, k))) return true;
    if (ts.kind[k] !== TokenKind.word) return false;
  }
  return false;
}

// German lets where and at which gathering stand between the verb and its figure: "Die Polizei
// zählte beim Sitzstreik auf dem Heldenplatz rund 8.000". A verb of counting earlier in the figure's
// clause, with no other figure between, gives it.
const COUNTED_REACH = 8;

function countedEarlierInClause(ts: TokenStream, first: number): boolean {
  for (let k = first - 2; k >= 0 && first - k <= COUNTED_REACH; k--) {
    if (ts.kind[k] === TokenKind.number || (ts.kind[k] === TokenKind.punct && CLAUSE_ENDS.has(tokenAt(ts, k))) || isLineBreakBefore(ts, k + 1)) return false;
    if (COUNTING_VERBS.de.has(lowerAt(ts, k))) return true;
  }
  return false;
}
