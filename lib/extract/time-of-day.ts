import type { AsOf } from "@/lib/claims/schema";
import { parseIsoDate, weekdayOf } from "./date-math";
import { getLexicon } from "./lexicon";
import { FIGURE_STATUS_WORDS } from "./lexicon/figure-status-words";
import type { ClaimCandidate } from "./schema";

// A figure of breaking news holds at an hour as much as on a day: a live ticker's 10:12 entry gives
// eleven dead, its 18:40 entry fourteen, and "by nightfall" rescuers had pulled out more than "by
// midday". Read here from the words alone, once the claims are found: the stamp that opens a ticker's
// entry (its paragraph), else a phrase of its sentence that says up to when the figure was counted
// ("bis zum Abend", "by the afternoon", "Stand: 14 Uhr", "as of 3pm"), or the part of its own day the
// sentence names ("am Dienstagabend", "on Tuesday evening"). Only a figure of one day gets a time;
// an hour the sentence gives for what happened ("the ferry left at 21.30") is not read, as it
// follows no such word.

/** The clock time that stands for a part of the day, in either language. */
const DAY_PARTS: Record<string, string> = {
  morgen: "08:00",
  früh: "08:00",
  vormittag: "10:00",
  mittag: "12:00",
  nachmittag: "15:00",
  abend: "19:00",
  morning: "08:00",
  midday: "12:00",
  noon: "12:00",
  lunchtime: "12:00",
  afternoon: "15:00",
  evening: "19:00",
  nightfall: "19:00",
};

const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(?:(Uhr)|([ap])\.?\s?m\.?)?`;
// "+++ 10:12 Uhr +++", "Update 4.30pm:", "14:32 –", "16.05 Uhr:", "[18:40]" at the start of a paragraph.
const TICKER_STAMP = new RegExp(String.raw`^[ \t]*(?:\+{3}\s*|\[|(?:Update|UPDATE|Aktualisierung|Nachtrag)\s+)?${CLOCK}\s*(?:\+{3}|\]|[:–—|-](?!\d))`);
// "bis 14 Uhr", "Stand: 14.30 Uhr", "as of 3pm", "by 6 p.m.": a count up to an hour.
// Not "um", "gegen" or "at": they more often time what happened ("the ferry left at 9.30pm").
// Either may open the sentence, before its speech verb: "As of 3pm, officials said …", "Bis 14 Uhr …".
const UNTIL_CLOCK_DE = new RegExp(String.raw`\b(?:[Bb]is|Stand:?)\s+${CLOCK}`, "g");
const UNTIL_CLOCK_EN = new RegExp(String.raw`\b(?:[Bb]y|[Aa]s of|[Uu]ntil)\s+${CLOCK}`, "g");
// "die Hochrechnung von 17.05 Uhr", "the projection, at 9.30 p.m.", "a projection by the X institute
// at 6.45 p.m.": an election night's projection is published at an hour, and its figures hold at it;
// the same institute's later projection revises them. The hour follows the projection's noun within
// a few words of its own phrase (its maker, its client), before any other clause.
const PROJECTION_NOUNS = FIGURE_STATUS_WORDS.projection;
const PROJECTION_REACH = 6;
const projectionClock = (nouns: readonly string[], linkers: string) =>
  new RegExp(String.raw`\b(?:${nouns.join("|")})\b,?(?:\s+[^\s.;:!?,]+){0,${PROJECTION_REACH}}?,?\s+(?:${linkers})\s+${CLOCK}`, "gi");
const PROJECTION_CLOCK_DE = projectionClock(PROJECTION_NOUNS.de.filter((w) => !/e(?:t|te|ten|tes|ter)$/.test(w)), "von|um");
const PROJECTION_CLOCK_EN = projectionClock(PROJECTION_NOUNS.en.filter((w) => !w.endsWith("ed")), "at|of|from");
// "bis zum Abend", "bis Montagmittag", "am Dienstagabend", "am Abend", "heute Nachmittag".
const DAY_PART_DE = /\b(?:bis(?: zum)?|am|heute|gestern|Stand)\s+((?:sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag)?(?:morgen|früh|vormittag|mittag|nachmittag|abend))\b/gi;
// "by nightfall", "by the afternoon", "on Tuesday evening", "Tuesday afternoon", "this morning", "in the evening".
const DAY_PART_EN =
  /\b(?:(?:by|until|as of|on|in)\s+(?:the\s+)?|this\s+|(?:(?:by|on|until)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+)(morning|midday|noon|lunchtime|afternoon|evening|nightfall)\b/gi;

/** "4.30pm" → "16:30", "21.30 Uhr" → "21:30"; null for a number that is no hour ("38", "25 pm"). */
function clockTime(hours: string, minutes: string | undefined, uhr: string | undefined, meridiem: string | undefined): string | null {
  let h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  // A bare number is no time: "bis 14" may be a count. An hour needs its minutes, "Uhr" or am/pm.
  if (minutes === undefined && !uhr && !meridiem) return null;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

// Most sentences name no hour: one pass for any word an hour needs sends them on at once.
const MAY_NAME_HOUR = new RegExp(String.raw`\d[:.]\d\d|Uhr|\d\s?[ap]\.?m|${Object.keys(DAY_PARTS).join("|")}`, "i");

/** The time of day a phrase of the sentence counts the figure up to, or null. */
function timeInSentence(sentence: string, language: "de" | "en", day: string): string | null {
  if (!MAY_NAME_HOUR.test(sentence)) return null;
  const untilClock = language === "de" ? UNTIL_CLOCK_DE : UNTIL_CLOCK_EN;
  untilClock.lastIndex = 0;
  for (let m = untilClock.exec(sentence); m; m = untilClock.exec(sentence)) {
    const time = clockTime(m[1]!, m[2], m[3], m[4]);
    if (time) return time;
  }
  const projection = language === "de" ? PROJECTION_CLOCK_DE : PROJECTION_CLOCK_EN;
  projection.lastIndex = 0;
  for (let m = projection.exec(sentence); m; m = projection.exec(sentence)) {
    const time = clockTime(m[1]!, m[2], m[3], m[4]);
    if (time) return time;
  }
  const weekdays = getLexicon(language).weekdays;
  const ymd = parseIsoDate(day);
  const dayParts = language === "de" ? DAY_PART_DE : DAY_PART_EN;
  dayParts.lastIndex = 0;
  for (let m = dayParts.exec(sentence); m; m = dayParts.exec(sentence)) {
    // Lower-case "morgen" alone is "tomorrow" ("bis morgen"), the capitalized noun the morning.
    if (language === "de" && m[1] === "morgen") continue;
    const [weekday, part] = language === "de" ? splitGermanDayPart(m[1]!.toLowerCase(), weekdays) : [m[1]?.toLowerCase() ?? "", m[2]!.toLowerCase()];
    // A part of another day than the figure's ("Montagabend" in a sentence dated Tuesday) is not its hour.
    if (weekday && (!ymd || weekdays.get(weekday) !== weekdayOf(ymd))) continue;
    const time = DAY_PARTS[part];
    if (time) return time;
  }
  return null;
}

/** "dienstagabend" → ["dienstag", "abend"]; "abend" → ["", "abend"]. */
function splitGermanDayPart(word: string, weekdays: ReadonlyMap<string, number>): [string, string] {
  const weekday = [...weekdays.keys()].find((d) => word.startsWith(d)) ?? "";
  return [weekday, word.slice(weekday.length)];
}

/** The stamp opening the ticker entry (paragraph) a figure stands in, or null. */
function tickerStamp(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  // A stamp opens with a digit, "+++", "[" or a word of updating; most paragraphs open otherwise.
  const first = text.charCodeAt(lineStart);
  if (!((first >= 48 && first <= 57) || first === 43 || first === 91 || first === 85 || first === 65 || first === 78 || first === 32 || first === 9)) return null;
  const m = TICKER_STAMP.exec(text.slice(lineStart, lineStart + 40));
  return m ? clockTime(m[1]!, m[2], m[3], m[4]) : null;
}

// Claims come in text order, several to a sentence: the sentence last read keeps its answer for the next claim.
let lastSentence = { text: "", start: -1, end: -1, language: "", day: "", time: null as string | null };

function sentenceTime(text: string, start: number, end: number, language: "de" | "en", day: string): string | null {
  const last = lastSentence;
  if (last.start === start && last.end === end && last.day === day && last.language === language && last.text === text) return last.time;
  const time = timeInSentence(text.slice(start, end), language, day);
  lastSentence = { text, start, end, language, day, time };
  return time;
}

/**
 * The claim with the time of day its figure holds at, when its words name one and its figure holds
 * on one day (its as-of day, else the day the article was published); else the claim as it is.
 */
export function withTimeOfDay(claim: ClaimCandidate, text: string, language: "de" | "en", publishedAt: string | undefined): ClaimCandidate {
  if (claim.valueKind !== "quantity") return claim;
  const asOf = claim.scope.asOf;
  const day = asOf ? (asOf.from === asOf.to ? asOf.to : null) : (publishedAt ?? null);
  if (!day) return claim;
  const time = sentenceTime(text, claim.sentenceStart, claim.sentenceEnd, language, day) ?? tickerStamp(text, claim.start);
  if (!time) return claim;
  const timed: AsOf = { from: day, to: day, time };
  return { ...claim, scope: { ...claim.scope, asOf: timed } };
}
