import type { Lexicon } from "./types";

// "won Sunday's snap election": English dates an event with the weekday's possessive, which the
// tokenizer keeps as one word, in either apostrophe.
function withPossessives(days: Record<string, number>): Record<string, number> {
  const out = { ...days };
  for (const [day, n] of Object.entries(days)) out[`${day}'s`] = out[`${day}’s`] = n;
  return out;
}

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
  multipliers: { hundred: 100, thousand: 1000, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, trn: 1e12, dozen: 12,
    // Indian English: a lakh is 100,000, a crore ten million ("₹7.2 lakh crore" is 7.2 trillion).
    lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 },
  gluedMultipliers: { k: 1000, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 },
  fractions: { "half a": 0.5, "a half": 0.5, "a quarter of a": 0.25, "quarter of a": 0.25, "three quarters of a": 0.75 },
  articleNumbers: ["a", "an", "one"],
  compoundNumberWords: false,
  hedges: {
    "more than": "above", over: "above", "well over": "above", "upwards of": "above", "in excess of": "above",
    "at least": "atLeast", "no fewer than": "atLeast", "no less than": "atLeast",
    // "a minimum of 300", "at a minimum, 300": the bound written as a noun phrase.
    "a minimum of": "atLeast", "at a minimum": "atLeast", "at a minimum,": "atLeast", "at minimum": "atLeast",
    "a maximum of": "atMost", "at a maximum": "atMost", "at the very least": "atLeast", "at the very most": "atMost",
    "just over": "justAbove", "slightly more than": "justAbove", "a little over": "justAbove",
    almost: "justBelow", nearly: "justBelow", "just under": "justBelow", "close to": "justBelow",
    "just shy of": "justBelow", "slightly fewer than": "justBelow",
    // "new borrowing was closer to €1bn": the comparative of "close to", a figure set against a lower one.
    "closer to": "justBelow",
    about: "about", around: "about", roughly: "about", some: "about", approximately: "about", "approx.": "about",
    "an estimated": "about", estimated: "about", circa: "about", "in the region of": "about",
    "up to": "upTo", "as many as": "upTo", "as much as": "upTo", "at most": "atMost", "no more than": "atMost",
    "less than": "below", "fewer than": "below", under: "below", below: "below",
    // "nowhere near 40,000 attended": a figure named to say the true one is well short of it.
    "nowhere near": "below", "not even": "below", "well under": "below", "well below": "below", "far fewer than": "below", "far less than": "below",
    // "a deficit no higher than CZK 240bn", "no lower than 2%".
    "no higher than": "atMost", "no greater than": "atMost", "not more than": "atMost", "no lower than": "atLeast",
    // "borrowing is capped at €490m", "spending limited to £3bn": a cap is an upper bound, not the amount.
    "capped at": "atMost", "limited to": "atMost", "a cap of": "atMost",
    // "New borrowing would not exceed ¥29.8tn": a negated excess is a ceiling.
    "not exceed": "atMost", "not to exceed": "atMost", "never exceed": "atMost", "not surpass": "atMost",
    exactly: "exact", precisely: "exact", exceeded: "above", exceeds: "above", exceeding: "above", surpassed: "above",
    topped: "above", top: "above", tops: "above", exceed: "above", surpass: "above", "climbs past": "above",
    "climbed past": "above", "rises past": "above", "rose past": "above", passes: "above", passed: "above",
  },
  // English puts a contrast after the figure or around the clause, not inside the bound.
  boundAsides: [],
  amountPrepositions: [],
  prepositionVerbs: [],
  thresholdNouns: ["threshold", "hurdle", "barrier", "limit", "ceiling", "cap"],
  postHedges: { "or more": "atLeast", "or so": "about", plus: "atLeast" },
  vague: {
    "several thousand": [2000, 9999], "a few thousand": [2000, 9999], "some thousands": [2000, 9999], "few thousand": [2000, 9999],
    thousands: [2000, 9999], "tens of thousands": [20000, 99999], "hundreds of thousands": [200000, 999999],
    "several hundred": [200, 999], "a few hundred": [200, 999], hundreds: [200, 999],
    "several dozen": [24, 99], "a few dozen": [24, 99], dozens: [24, 99],
  },
  rangeOpeners: ["between"],
  rangeJoinersAfterOpener: ["and"],
  rangeJoiners: ["to", "-", "–", "—"],
  compoundNouns: false,
  nounBridges: ["of"],
  nounJoiners: ["and", "or"],
  // "against the government's forecast of €52.8bn": a forecast or an assumption is a figure of what
  // the sentence is about, as German "Prognose" and "Annahme" are, not what the sum is of.
  countWords: ["number", "total", "tally", "toll", "count", "figure", "figures", "estimate", "estimates", "forecast", "forecasts", "projection", "projections", "assumption", "assumptions", "prediction", "predictions"],
  anaphora: ["of them", "of whom", "of those", "of these"],
  yearMarkers: [
    "in", "for", "year", "since", "until", "by", "before", "after", "from", "of", "early", "mid", "late", "spring",
    "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "class", "vintage",
  ],
  figureStandIns: ["it", "figure", "total", "sum", "amount", "tally"],
  speechParticles: {},
  holderNouns: ["party", "parties", "candidate", "candidates", "list", "nominee"],
  holderNounTails: [],
  relativePronouns: ["that", "which"],
  comparatives: { more: "up", fewer: "down", less: "down" },
  gatherings: ["protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches", "vigil", "vigils", "strike", "strikes", "walkout"],
  measureNouns: ["value", "size", "volume", "level", "scale"],
  areaNoun: "area",
  changeNouns: { rise: "up", increase: "up", raise: "up", hike: "up", cut: "down", decrease: "down", reduction: "down" },
  perfectAuxiliaries: ["has", "had", "have"],
  neutralModifiers: [
    "more", "other", "new", "total", "confirmed", "official", "registered",
    "reported", "estimated", "some", "about", "around", "least", "nearly", "almost", "over", "still", "already",
    "at", "just", "only", "even", "national", "federal", "annual", "overall", "draft", "planned", "proposed",
    // "the biggest item": a rank among the parts says nothing of which part.
    "biggest", "largest", "smallest", "single", "single-largest",
    "full", "entire", "whole", "real", "actual", "true", "record", "provisional", "preliminary", "final", "latest", "initial", "these", "those",
    "such", "their", "its", "his", "her", "our",
  ],
  stateFillers: [
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "still", "now", "already", "reportedly",
    "so", "far", "in", "total", "all", "had", "to", "who", "that", "which", "officially", "feared", "believed",
    "thought", "presumed", "left", "remain", "remained", "remains", "listed", "as", "also",
  ],
  currencies: {
    euro: "EUR", euros: "EUR", "€": "EUR", eur: "EUR", dollar: "USD", dollars: "USD", "$": "USD", usd: "USD",
    "us$": "USD", pound: "GBP", pounds: "GBP", "£": "GBP", gbp: "GBP", sterling: "GBP", franc: "CHF", francs: "CHF",
    chf: "CHF", yen: "JPY", "¥": "JPY", rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB", "₽": "RUB",
    hryvnia: "UAH", hryvnias: "UAH", "₴": "UAH", yuan: "CNY", renminbi: "CNY", lira: "TRY", liras: "TRY", "₺": "TRY",
    zloty: "PLN", zlotys: "PLN", forint: "HUF", forints: "HUF", koruna: "CZK", rupee: "INR", rupees: "INR", "₹": "INR", rs: "INR",
    rand: "ZAR", shekel: "ILS", shekels: "ILS", "₪": "ILS", naira: "NGN", "₦": "NGN",
  },
  percentWords: ["percent", "per cent", "%", "pc", "pct"],
  shareBases: { gdp: "gdp", "gross domestic product": "gdp", "economic output": "gdp", output: "gdp", "national income": "gdp", "the budget": "budget" },
  percentagePointWords: ["percentage points", "percentage point", "points", "point", "pp", "pts"],
  measures: {
    m: "m", metre: "m", metres: "m", meter: "m", meters: "m", cm: "cm", centimetres: "cm", centimeters: "cm",
    mm: "mm", millimetres: "mm", millimeters: "mm", km: "km", kilometre: "km", kilometres: "km", kilometer: "km",
    kilometers: "km", mile: "mi", miles: "mi", ft: "ft", feet: "ft", foot: "ft", inches: "in", "km²": "km²",
    "square kilometres": "km²", "square kilometers": "km²", "square miles": "mi²", ha: "ha", hectares: "ha",
    acres: "acre", kg: "kg", kilograms: "kg", kilogrammes: "kg", tonnes: "t", tons: "t", tonne: "t", ton: "t",
    litres: "l", liters: "l", gallons: "gal", degrees: "°", "°": "°", "°c": "°C", "°f": "°F", mph: "mph",
    "km/h": "km/h", kph: "km/h",
    // A speed written out: "winds of up to 240 kilometres per hour".
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometres an hour": "km/h", "kilometers an hour": "km/h", "miles per hour": "mph", "miles an hour": "mph", megawatts: "MW", gigawatts: "GW", mw: "MW", gw: "GW",
  },
  timeUnits: [
    "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "second", "seconds", "minute", "minutes", "mins", "hour",
    "hours", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
    "centuries", "night", "nights", "times", "o'clock", "page", "pages",
  ],
  ageBefore: ["aged", "age", "ages", "at the age of"],
  ageAfter: ["year-old", "years old", "year old", "-year-old", "-year-olds"],
  labelWords: [
    "no", "number", "rank", "ranked", "place", "magnitude", "richter", "category", "level", "article", "section",
    "paragraph", "chapter", "page", "pages", "episode", "season", "volume", "platform", "route", "flight", "bus",
    "gate", "room", "floor", "row", "seat", "version", "phase", "stage", "round", "week", "tier", "grade", "highway",
    "interstate", "apartment", "suite", "unit", "po", "box", "tel", "phone", "fax", "call", "dial", "zip", "code",
    // Numbered voting districts: "a recount in precinct 14 put them at 5.0%".
    "precinct",
  ],
  streetWords: ["street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "boulevard", "blvd", "place", "square", "close", "court", "terrace"],
  changeMarkers: {
    by: "either", up: "up", plus: "up", "an increase of": "up", "a rise of": "up", "an extra": "up", "gained": "up", "rose by": "up",
    down: "down", minus: "down", "a drop of": "down", "a fall of": "down", "a cut of": "down", "lost": "down", "fell by": "down",
    "dropped by": "down", "a loss of": "down", "down by": "down",
    // "€33.8bn (+€2.2bn)": agency text writes a rise with its sign.
    "+": "up",
    // A verb of rising or falling right before the amount, with no "to": "defence spending rises £4.5bn".
    rises: "up", rose: "up", risen: "up", climbs: "up", climbed: "up", jumped: "up", grew: "up", grows: "up", increased: "up",
    falls: "down", fell: "down", fallen: "down", drops: "down", dropped: "down", declined: "down", decreased: "down",
  },
  gainVerbs: [
    "won", "wins", "win", "got", "gets", "received", "receives", "took", "takes", "secured", "secures", "polled",
    "polls", "garnered", "captured", "claimed", "claims", "lost", "loses", "gained", "gains", "has", "had",
  ],
  linkVerbs: ["was", "is", "stood", "stands", "numbered", "reached", "reaches", "rose", "rises", "fell", "falls", "came", "totalled", "totaled", "totals", "amounted", "amounts", "hit", "climbed", "grew", "dropped", "risen", "grown", "fallen", "climbs", "increased", "decreased", "jumped", "soared", "slumped", "stays", "stayed", "remains", "remained",
    // The verbs of shrinking and growing: "the reserve shrinks to …", "reserves are set to shrink to …"
    // ("rise", "fall" and "climb" are nouns as often: "an 8.5% pay rise").
    "grow", "grows", "shrink", "shrinks", "shrank", "shrunk"],
  // Only "abroad" stands after its noun; "overseas" and "domestic" modify the next noun ("after overseas
  // ballots were counted"), and "stayed at home" is who did not vote.
  voteStages: { projection: "projection", projections: "projection", "exit poll": "projection", "exit polls": "projection", "first round": "first round" },
  // "38%, down from 44% in the first round": a round after these is the compared figure's.
  comparedWith: ["than", "from", "compared", "below", "above"],
  homeOrAbroad: { abroad: "abroad" },
  countryWide: ["nationwide", "countrywide", "nationally", "across the country", "across the nation", "across the whole country"],
  // "2,000 outside the parliament", "500 inside": where the counted stand, not what they are. Not
  // "overseas" or "downtown", which also modify the noun after them ("two overseas seats").
  placeAdverbs: ["outside", "inside", "nearby", "abroad", "outdoors", "indoors", "there", "here"],
  // "more" only between a figure and its noun ("three more bodies"); before a figure it is a hedge.
  additionWords: ["additional", "further", "another", "extra", "more"],
  placePrepositions: ["in", "across", "throughout", "within"],
  placeDirections: ["to", "into", "for"],
  subordinators: ["while", "when", "after", "before", "because", "since", "although", "if", "as", "which", "who", "where", "that"],
  placeKinds: [
    "region", "province", "state", "county", "city", "town", "village", "district", "borough", "municipality",
    "prefecture", "oblast", "canton", "department", "capital", "metropolitan", "greater", "area", "suburb", "neighbourhood",
    "neighborhood", "community",
    // A voting district is an area like any other: "in the Centre constituency" (German "Wahlkreis" ends in "kreis").
    "constituency",
  ],
  placeFillers: ["the", "of", "whole", "entire", "all", "alone", "only", "also", "even", "nearby", "-"],
  placeCentres: ["central", "downtown"],
  certaintyCues: {
    reportedly: "reported", "according to reports": "reported", allegedly: "reported", "it is reported": "reported",
    "reports say": "reported", "reported to": "reported",
    could: "hedged", may: "hedged", might: "hedged", possibly: "hedged", perhaps: "hedged", likely: "hedged",
    "believed to": "hedged", "thought to": "hedged", "said to": "hedged", probably: "hedged", apparently: "hedged",
    denied: "denied", denies: "denied", deny: "denied", rejected: "denied", dismissed: "denied",
  },
  hedgeFrames: [],
  negations: ["never", "not", "neither", "didn't", "hasn't", "haven't", "has not", "did not"],
  sourceMarkers: [
    "according to", "citing", "per", "figures from", "data from", "estimates from", "estimates by", "calculations by",
    "a tally by", "a count by",
  ],
  sourcePostpositions: [],
  perfectSpeech: [],
  speechVerbs: [
    "said", "says", "told", "estimated", "estimates", "confirmed", "confirms", "claimed", "claims", "stated",
    "added", "warned", "warns", "say", "reported", "reports", "assessed", "believes", "put", "puts", "counted", "counts", "gave",
    "gives", "announced", "insisted", "revised", "corrected", "tallied", "recorded", "registered", "wrote", "noted",
    "denied", "denies", "raised", "lowered", "stood by", "stands by", "stand by", "calculated", "calculates", "projected", "projects",
    "predicted", "predicts", "published",
    // "The union spoke of nine injured colleagues": as German "sprach von".
    "spoke", "speaks",
    // "The union called off the strike, saying 3,000 members had voted for it" (saying-participle.ts).
    "saying",
    // "Police estimate the crowd at 18,000", "with police estimating 41,000": the plain present and the
    // participle, which are nouns too ("the estimate", "final estimate"; see isNounOfSpeech).
    "estimate", "estimating",
    // "The senator forecast tax revenue of €14.9bn": a forecast is its maker's figure.
    "forecast", "forecasts",
    // "The council expects debt to reach 84.8%": an expectation is its holder's figure ("is expected to" is a passive, see PASSIVE_BE).
    "expects", "expect", "expected",
    // "The union is demanding an 8.5% pay rise", "Employers have offered 3%": a demand or an offer is its maker's figure.
    "demanding", "demands", "demanded", "offered", "offers", "offering",
    // "The court of audit expects the city to borrow €2.6bn": what a source expects is its figure.
    "expects", "expect",
    // "Organisers claim 100,000 took part", "The operator maintains that only 198 were aboard": holding
    // to a figure against others is giving it ("their claim" stays a noun, see isNounOfSpeech).
    "claim", "maintains", "maintain", "maintained",
  ],
  claimantPronouns: ["he said", "she said", "according to him", "according to her", "he added", "she added", "he told", "she told", "in his words", "in her words"],
  nonClaimants: [
    "he", "she", "it", "they", "we", "i", "this", "that", "later", "earlier", "then", "also", "there", "figures",
    "estimates", "reports", "data", "numbers",
    // "…, again recorded in …": an adverb before a cue verb says how often or when, never who.
    "again", "now", "still", "already", "once", "previously", "initially", "meanwhile",
  ],
  reportNouns: [
    "survey", "poll", "count", "results", "result", "figures", "estimate", "estimates", "report", "study",
    "analysis", "projection", "projections", "tally", "forecast", "calculations",
  ],
  authorLinks: ["of", "by", "from"],
  titles: [
    "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "chief", "leader", "general",
    "state", "defense", "defence", "foreign", "interior", "home", "finance", "prime", "chancellor", "mayor",
    "governor", "commissioner", "superintendent", "inspector", "director", "chair", "chairman", "chairwoman",
    "senator", "councillor", "councilor", "agency", "news", "dr", "mr", "mrs", "ms", "deputy", "police",
    // "Incumbent Clara Voss", "Challenger Tom Reiter": a candidate's place in the race is no part of the name.
    "incumbent", "challenger",
  ],
  claimantWords: {
    intelligence: "intelligence", officials: "officials", government: "government", military: "military",
    army: "army", authorities: "authorities", analysts: "analysts", lawmakers: "lawmakers", experts: "experts",
    sources: "sources", diplomats: "diplomats", observers: "observers", agency: "agency", ministry: "ministry",
    spokesman: "spokesman", spokeswoman: "spokeswoman", command: "command", "spy agency": "intelligence",
    police: "police", organisers: "organisers", organizers: "organisers", "fire service": "fire brigade",
    firefighters: "fire brigade", rescuers: "rescuers", opposition: "opposition", "election commission": "electoral commission",
    "electoral commission": "electoral commission", "returning officer": "returning officer", treasury: "treasury",
    group: "group", "research group": "research group", institute: "institute", alliance: "alliance", union: "union",
    "police union": "police union", association: "association", poll: "poll", survey: "survey", council: "council",
    administration: "administration", insurers: "insurers", initiative: "initiative", "electoral office": "returning officer",
    employers: "employers", critics: "critics", opponents: "opponents", operator: "operator", company: "company", office: "office",
    // "the committee said", "the court said", "according to tallymen": bodies and people who count
    // or rule, named by their common noun once the text has introduced them.
    committee: "committee", commission: "commission", court: "court", department: "department",
    tallymen: "tallymen", campaigners: "campaigners",
    // "the regional electoral board said": a board that runs a vote or a body.
    board: "board",
  },
  functionWords: [
    "in", "on", "at", "to", "from", "by", "for", "with", "of", "across", "were", "was", "are", "is", "have", "has", "had", "been",
    "be", "and", "or", "but", "that", "which", "who", "than", "as", "this", "these", "those", "it", "they", "he",
    "she", "we", "will", "would", "said", "can", "could", "may", "might", "must", "shall", "should", "do", "does",
    "did", "not", "now", "still", "already", "currently", "also", "then", "just", "only",
    // Prepositions of motion and time end a figure's noun as "in" and "on" do: in "thousands of
    // tractors into the city", "1,100 km of traffic jams during the rush hour" the count is of tractors, of jams.
    "into", "onto", "through", "throughout", "towards", "toward", "during", "amid", "via",
    // "spending is set at €129.6bn against revenue of €112.3bn": a preposition of comparison ends the money's noun.
    "against", "versus",
    // "published by the committee after all 451 stations had reported": a time preposition ends a name too.
    "after", "before", "until",
    // "Pension costs alone rose by €280m": a focus word after the noun is none itself.
    "alone",
    // "the final count put them at 5.0%": a pronoun stands for a name or a noun, it is none.
    "them", "him", "us",
  ],
  articles: ["the", "a", "an"],
  months: {
    // "than in September's draft": a month names its own document as a weekday does its event. Not
    // "May's", which is as often a name's ("Theresa May's budget").
    ...withPossessives({ january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 }),
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sept: 9, sep: 9, oct: 10, nov: 11, dec: 12,
  },
  weekdays: withPossessives({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 }),
  periodParts: { early: "early", beginning: "early", start: "early", mid: "mid", middle: "mid", late: "late", end: "late" },
  previousWords: ["last", "past", "previous"],
  currentWords: ["this", "current"],
  currentPeriods: {},
  partArticles: ["the"],
  earlierWords: ["earlier"],
  periodWords: {
    year: "year", years: "year", month: "month", months: "month", week: "week", weeks: "week", day: "day", days: "day",
  },
  agoBefore: [],
  agoAfter: ["ago"],
  dayOffsets: { yesterday: -1, today: 0, "the day before": -1, "the previous day": -1 },
  datePrepositions: ["in", "on"],
  asOfMarkers: ["by", "since", "as of", "as at", "until"],
  sinceMarkers: ["since"],
  abbreviations: [
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "gen", "lt", "col", "sen",
    "rep", "gov", "vs", "etc", "no", "approx", "inc", "corp", "jr", "u.s", "e.g", "i.e",
  ],
  furniturePrefixes: [
    "photo:", "photos:", "image:", "picture:", "source:", "©", "read more", "read also", "advertisement",
    "related:", "share this", "leave a comment", "sign up", "updated:", "updated on", "last updated", "correction:",
  ],
};
