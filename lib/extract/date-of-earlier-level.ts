import { LEVEL_FROM, LEVEL_TO } from "./lexicon/level-prepositions";
import { TokenKind, lowerAt, type TokenStream } from "./tokens";

// Words that open the level a change started from: "to NOK 400m from the NOK 250m", "auf 6 von 4 Prozent".
const FROM = new Set([...LEVEL_FROM.de, ...LEVEL_FROM.en]);
// How far "from" may stand before its figure: "from the NOK 250m", "from an earlier 250".
const REACH = 4;

/**
 * Whether an earlier level stands between a figure (ending at token `after` - 1) and a date at token
 * `date`: in "raised its aid to NOK 400m from the NOK 250m promised on Thursday", Thursday dates the
 * 250m promised then, not the 400m the sentence reports now.
 */
export function isDateOfEarlierLevel(ts: TokenStream, after: number, date: number): boolean {
  for (let j = after; j < date; j++) {
    if (!FROM.has(lowerAt(ts, j))) continue;
    for (let k = j + 1; k < date && k - j <= REACH; k++) if (ts.kind[k] === TokenKind.number) return true;
  }
  return false;
}

// Words that open the level a change goes to: "von 3,9 Prozent im Jahr 2028 auf 3,2 Prozent", "from €15.8bn this year to €16.3bn".
const TO = new Set([...LEVEL_TO.de, ...LEVEL_TO.en]);
// How far the date may stand after the earlier level's figure ("von 3,9 Prozent des BIP im Jahr
// 2028"), and "von"/"from" before it ("from the €15.8bn"): further, the figure is a count of
// something else ("nach Auszählung von 412 der 451 Wahllokale kam die Partei am Sonntag auf …").
const LEVEL_REACH = 4;
const FROM_REACH = 2;

/**
 * Whether a date at token `date`, before the figure at token `figure`, dates the earlier level of a
 * change rather than the figure: in "soll von 3,9 Prozent im Jahr 2028 auf 3,2 Prozent sinken" the
 * year is the 3.9%'s, and the 3.2% it sinks to holds later. True when "von"/"from" and a figure stand
 * just before the date, and "auf"/"to" between the date and the figure.
 */
export function isDateOfLevelBefore(ts: TokenStream, date: number, figure: number): boolean {
  if (date >= figure) return false;
  let to = false;
  for (let j = date + 1; j < figure && !to; j++) to = TO.has(lowerAt(ts, j));
  if (!to) return false;
  for (let k = date - 1; k >= 0 && date - k <= LEVEL_REACH; k--) {
    if (ts.kind[k] !== TokenKind.number) continue;
    for (let f = k - 1; f >= 0 && k - f <= FROM_REACH; f--) if (FROM.has(lowerAt(ts, f))) return true;
    return false;
  }
  return false;
}

/**
 * Whether the figure at token `figure` is a level a count has reached ("has risen to 44", "stieg auf
 * 23"): it holds when reported, whatever happening's day stands before it ("the number of dead in
 * Sunday's capsizing has risen to 44"; see namesHappeningDay).
 */
export function isLevelReached(ts: TokenStream, figure: number): boolean {
  return TO.has(lowerAt(ts, figure - 1));
}
