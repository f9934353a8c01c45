import type { Lexicon } from "./types";

/**
 * English word tables; the same shape and rules as `de.ts`. Keys are lowercase; multi-word phrases use
 * single spaces.
 */
export const en: Lexicon = {
  language: "en",
  numberWords: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    a: 1, an: 1,
  },
  multipliers: { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, bn: 1e9, dozen: 12 },
  articleNumbers: ["a", "an", "one"],
  compoundNumberWords: false,
  hedges: {
    "more than": "above", over: "above", "well over": "above", "upwards of": "above", "in excess of": "above",
    "at least": "atLeast", "no fewer than": "atLeast", "no less than": "atLeast",
    "just over": "justAbove", "slightly more than": "justAbove", "a little over": "justAbove",
    almost: "justBelow", nearly: "justBelow", "just under": "justBelow", "close to": "justBelow",
    "just shy of": "justBelow", "slightly fewer than": "justBelow",
    about: "about", around: "about", roughly: "about", some: "about", approximately: "about", "approx.": "about",
    "an estimated": "about", estimated: "about", circa: "about", "in the region of": "about",
    "up to": "upTo", "as many as": "upTo", "at most": "atMost", "no more than": "atMost",
    "less than": "below", "fewer than": "below", under: "below",
    exactly: "exact", precisely: "exact", exceeded: "above", exceeds: "above", exceeding: "above", surpassed: "above",
    topped: "above",
  },
  postHedges: { "or more": "atLeast", "or so": "about", plus: "atLeast" },
  vague: {
    "several thousand": [2000, 9999], "a few thousand": [2000, 9999], "some thousands": [2000, 9999],
    thousands: [2000, 9999], "tens of thousands": [20000, 99999], "hundreds of thousands": [200000, 999999],
    "several hundred": [200, 999], "a few hundred": [200, 999], hundreds: [200, 999],
    "several dozen": [24, 99], "a few dozen": [24, 99], dozens: [24, 99],
  },
  rangeOpeners: ["between"],
  rangeJoinersAfterOpener: ["and"],
  rangeJoiners: ["to", "-", "–", "—"],
  countedNouns: {
    soldier: { nounClass: "troops" }, troop: { nounClass: "troops" }, fighter: { nounClass: "troops" },
    servicemen: { nounClass: "troops" }, "service members": { nounClass: "troops" },
    personnel: { nounClass: "troops" }, forces: { nounClass: "troops" },
    worker: { nounClass: "workers" }, labourer: { nounClass: "workers" }, laborer: { nounClass: "workers" },
    civilian: { nounClass: "civilians" },
    people: { nounClass: "people", needsState: true }, person: { nounClass: "people", needsState: true },
    dead: { nounClass: "killed" }, death: { nounClass: "killed" }, fatalities: { nounClass: "killed" },
    casualties: { nounClass: "casualties" }, losses: { nounClass: "casualties" },
  },
  nounEndings: ["", "s"],
  compoundNouns: false,
  nounBridges: ["of"],
  casualtyWords: {
    killed: "killed", died: "killed", dead: "killed", "lost their lives": "killed",
    wounded: "wounded", injured: "wounded",
  },
  countWords: ["number", "total", "tally"],
  anaphora: ["of them", "of whom", "of those"],
  yearMarkers: [
    "in", "year", "since", "until", "by", "before", "after", "from", "of", "early", "mid", "late", "spring",
    "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
  ],
  units: [
    "mm", "millimetre", "millimeter", "cm", "km", "kg", "kilometres", "kilometers", "miles", "mph", "tons",
    "tonnes", "percent", "per", "%", "°", "calibre", "caliber", "dollars", "$", "years", "year", "months",
    "days", "pm", "am",
  ],
  places: {
    kursk: "Kursk", russia: "Russia", ukraine: "Ukraine", "north korea": "North Korea", "south korea": "South Korea",
    pyongyang: "Pyongyang", moscow: "Moscow", kyiv: "Kyiv", kiev: "Kyiv", donetsk: "Donetsk", belgorod: "Belgorod",
    kharkiv: "Kharkiv", kherson: "Kherson", luhansk: "Luhansk", crimea: "Crimea", zaporizhzhia: "Zaporizhzhia",
  },
  placePrepositions: ["in", "to", "into", "inside", "entered", "reached"],
  placeFillers: ["the", "region", "oblast", "province", "area", "of", "border", "-"],
  certaintyCues: {
    reportedly: "reported", "according to reports": "reported", allegedly: "reported", "it is reported": "reported",
    "reports say": "reported", "reported to": "reported",
    could: "hedged", may: "hedged", might: "hedged", possibly: "hedged", perhaps: "hedged", likely: "hedged",
    "believed to": "hedged", "thought to": "hedged", "said to": "hedged", probably: "hedged", apparently: "hedged",
    denied: "denied", denies: "denied", deny: "denied", rejected: "denied", dismissed: "denied",
  },
  hedgeFrames: [],
  negations: ["never", "not", "neither", "didn't", "hasn't", "haven't", "has not", "did not"],
  sourceMarkers: ["according to", "citing", "per"],
  sourcePostpositions: [],
  speechVerbs: [
    "said", "says", "told", "estimated", "estimates", "confirmed", "confirms", "claimed", "claims", "stated",
    "added", "warned", "reported", "assessed", "believes",
  ],
  nonClaimants: ["he", "she", "it", "they", "we", "i", "this", "that", "later", "earlier", "then", "also", "officials"],
  titles: [
    "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "chief", "leader",
    "general", "state", "defense", "defence", "foreign", "prime", "dictator", "us", "agency", "news",
  ],
  claimantWords: {
    intelligence: "intelligence", officials: "officials", government: "government", military: "military",
    army: "army", pentagon: "Pentagon", kremlin: "Kremlin", authorities: "authorities", analysts: "analysts",
    lawmakers: "lawmakers", experts: "experts", sources: "sources", diplomats: "diplomats", observers: "observers",
  },
  nationalities: {
    "north korean": "North Korean", "south korean": "South Korean", russian: "Russian", ukrainian: "Ukrainian",
    american: "American", western: "Western", chinese: "Chinese", european: "European", british: "British",
    german: "German", french: "French", us: "US",
  },
  articles: ["the", "a", "an"],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
    nov: 11, december: 12, dec: 12,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  periodParts: { early: "early", beginning: "early", start: "early", mid: "mid", middle: "mid", late: "late", end: "late" },
  previousWords: ["last", "past", "previous"],
  periodWords: {
    year: "year", years: "year", month: "month", months: "month", week: "week", weeks: "week", day: "day", days: "day",
  },
  agoBefore: [],
  agoAfter: ["ago"],
  dayOffsets: { yesterday: -1, today: 0 },
  datePrepositions: ["in", "on"],
  asOfMarkers: ["by", "since", "as of"],
  datedEvents: [
    {
      subject: "treaty-signing",
      nouns: ["treaty", "treaties", "pact", "agreement", "accord"],
      verbs: ["signed", "signing", "concluded", "sealed", "inked", "signs", "sign"],
    },
  ],
  abbreviations: [
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "gen", "lt", "col", "sen",
    "rep", "gov", "vs", "etc", "no", "approx", "inc", "corp", "jr", "u.s", "e.g", "i.e",
  ],
  furniturePrefixes: [
    "photo:", "photos:", "image:", "picture:", "source:", "©", "read more", "read also", "advertisement",
    "related:", "share this", "leave a comment", "sign up",
  ],
};
