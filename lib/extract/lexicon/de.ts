import type { Lexicon } from "./types";

/**
 * German word tables. Everything here is data an editor can change without touching the extraction
 * code: add a hedge, a counted noun, a known place. Keys are lowercase; multi-word phrases use single
 * spaces; a period belongs to the word it abbreviates ("ca.").
 */
export const de: Lexicon = {
  language: "de",
  numberWords: {
    null: 0, eins: 1, ein: 1, eine: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, "zwölf": 12, dreizehn: 13, vierzehn: 14, "fünfzehn": 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, "dreißig": 30, dreissig: 30, vierzig: 40, "fünfzig": 50,
    sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  },
  multipliers: {
    hundert: 100, tausend: 1000, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
    dutzend: 12,
  },
  articleNumbers: ["ein", "eine", "einen", "einem", "einer"],
  compoundNumberWords: true,
  hedges: {
    "mehr als": "above", "über": "above", "weit über": "above", "deutlich mehr als": "above", "weit mehr als": "above",
    mindestens: "atLeast", wenigstens: "atLeast",
    gut: "justAbove", "knapp über": "justAbove", "etwas mehr als": "justAbove", "knapp mehr als": "justAbove",
    fast: "justBelow", knapp: "justBelow", beinahe: "justBelow", nahezu: "justBelow", "annähernd": "justBelow",
    "knapp unter": "justBelow", "fast schon": "justBelow",
    etwa: "about", rund: "about", "ungefähr": "about", circa: "about", "ca.": "about", zirka: "about",
    "schätzungsweise": "about", "geschätzt": "about", "in etwa": "about",
    "bis zu": "upTo", "höchstens": "atMost", maximal: "atMost",
    "weniger als": "below", unter: "below", "knapp weniger als": "justBelow",
    genau: "exact", exakt: "exact",
  },
  postHedges: {
    "übersteigen": "above", "übersteigt": "above", "überstiegen": "above", "überschreiten": "above",
    "überschreitet": "above", "überschritten": "above", "oder mehr": "atLeast",
  },
  vague: {
    "mehrere tausend": [2000, 9999], "einige tausend": [2000, 9999], "ein paar tausend": [2000, 9999],
    tausende: [2000, 9999], tausender: [2000, 9999], tausenden: [2000, 9999],
    zehntausende: [20000, 99999], zehntausender: [20000, 99999], zehntausenden: [20000, 99999],
    hunderttausende: [200000, 999999], hunderttausender: [200000, 999999], hunderttausenden: [200000, 999999],
    "mehrere hundert": [200, 999], "einige hundert": [200, 999], "ein paar hundert": [200, 999],
    hunderte: [200, 999], hunderter: [200, 999], hunderten: [200, 999],
    "mehrere dutzend": [24, 99], "einige dutzend": [24, 99], dutzende: [24, 99], dutzenden: [24, 99],
  },
  rangeOpeners: ["zwischen"],
  rangeJoinersAfterOpener: ["und"],
  rangeJoiners: ["bis", "-", "–", "—"],
  countedNouns: {
    soldat: { nounClass: "troops" }, truppe: { nounClass: "troops" }, "kämpfer": { nounClass: "troops" },
    "militärangehörige": { nounClass: "troops" }, "kräfte": { nounClass: "troops" },
    mann: { nounClass: "troops", noCompound: true },
    arbeiter: { nounClass: "workers" }, "arbeitskräfte": { nounClass: "workers" },
    zivilist: { nounClass: "civilians" },
    mensch: { nounClass: "people", needsState: true }, person: { nounClass: "people", needsState: true },
    tote: { nounClass: "killed" }, todesopfer: { nounClass: "killed" }, gefallene: { nounClass: "killed" },
    verletzte: { nounClass: "wounded" }, verwundete: { nounClass: "wounded" },
    verluste: { nounClass: "casualties" },
  },
  // German inflection of the counted nouns: Soldat/Soldaten, Truppe/Truppen, Kämpfer/Kämpfern, Tote/Toten.
  nounEndings: ["", "e", "n", "en", "er", "ern", "es", "s", "innen"],
  compoundNouns: true,
  nounBridges: ["von"],
  casualtyWords: {
    "getötet": "killed", gefallen: "killed", gestorben: "killed", tot: "killed", "ums leben": "killed",
    verletzt: "wounded", verwundet: "wounded",
  },
  countWords: ["zahl", "anzahl", "gesamtzahl"],
  anaphora: ["von ihnen", "davon", "von denen"],
  yearMarkers: [
    "im", "in", "jahr", "jahres", "seit", "bis", "vor", "nach", "von", "ab", "anfang", "mitte", "ende", "frühjahr",
    "sommer", "herbst", "winter", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember",
  ],
  units: [
    "mm", "millimeter", "cm", "m", "meter", "km", "kilometer", "kg", "t", "tonnen", "prozent", "%", "uhr", "grad",
    "°", "kaliber", "euro", "€", "dollar", "$", "jahre", "jahren", "jahr", "monate", "monaten", "tage", "tagen",
  ],
  places: {
    kursk: "Kursk", russland: "Russia", ukraine: "Ukraine", nordkorea: "North Korea", "südkorea": "South Korea",
    "pjöngjang": "Pyongyang", moskau: "Moscow", kiew: "Kyiv", donezk: "Donetsk", belgorod: "Belgorod",
    charkiw: "Kharkiv", cherson: "Kherson", luhansk: "Luhansk", krim: "Crimea", saporischschja: "Zaporizhzhia",
  },
  placePrepositions: ["in", "im", "nach", "auf", "ins"],
  placeFillers: ["der", "dem", "die", "den", "region", "gebiet", "oblast", "provinz", "grenzregion", "um", "-"],
  certaintyCues: {
    "berichten zufolge": "reported", "laut berichten": "reported", "medienberichten zufolge": "reported",
    "laut medienberichten": "reported", angeblich: "reported", berichtet: "reported", berichtete: "reported",
    berichteten: "reported", "heißt es": "reported",
    "könnte": "hedged", "könnten": "hedged", "dürfte": "hedged", "dürften": "hedged", "möglicherweise": "hedged",
    vermutlich: "hedged", "mutmaßlich": "hedged", offenbar: "hedged", wohl: "hedged", "womöglich": "hedged",
    vielleicht: "hedged",
    bestritten: "denied", bestritt: "denied", bestreitet: "denied", bestreiten: "denied", dementiert: "denied",
    dementierte: "denied", dementierten: "denied", "zurückgewiesen": "denied",
  },
  hedgeFrames: [["soll", ["haben", "sein", "worden"]], ["sollen", ["haben", "sein", "worden"]]],
  negations: ["nie", "nicht", "niemals", "weder", "kein", "keine"],
  sourceMarkers: [
    "laut", "nach angaben", "nach angaben von", "gemäß", "nach schätzungen", "nach schätzung", "nach erkenntnissen",
    "nach informationen", "nach einschätzung", "nach darstellung",
  ],
  sourcePostpositions: ["zufolge"],
  speechVerbs: [
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "betonten", "bestätigte",
    "bestätigt", "bestätigten", "schätzte", "schätzt", "schätzten", "geschätzt", "meldete", "meldet",
    "behauptete", "behauptet", "teilte", "berichtet", "berichtete", "berichteten", "hob", "fügte", "warnte", "unterstrich", "sprach", "so",
  ],
  nonClaimants: [
    "später", "zuvor", "damals", "dann", "heute", "gestern", "außerdem", "zudem", "auch", "jetzt", "nun", "inzwischen",
    "bereits", "daher", "dabei", "so", "er", "sie", "es", "man", "dies", "das", "diese", "dieser", "wir", "ich",
  ],
  titles: [
    "präsident", "präsidenten", "kremlsprecher", "sprecher", "sprecherin", "minister", "ministerin",
    "außenminister", "außenministerin", "verteidigungsminister", "chef", "staatschef", "machthaber", "führer",
    "generalstabschef", "kanzler", "regierungssprecher", "diktator", "general", "us-präsident", "außenamtssprecher",
    "nachrichtenagentur", "agentur", "zeitung",
  ],
  claimantWords: {
    geheimdienst: "intelligence", geheimdienste: "intelligence", geheimdienstes: "intelligence",
    regierung: "government", armee: "army", generalstab: "general staff", "behörden": "authorities",
    verteidigungsministerium: "defence ministry", verteidigungsministeriums: "defence ministry",
    "außenministerium": "foreign ministry", beamte: "officials", beamten: "officials", "präsident": "president",
    "präsidenten": "president", pentagon: "Pentagon", pentagons: "Pentagon", militär: "military",
    "militärs": "military", kreml: "Kremlin", kremls: "Kremlin", nachrichtenagentur: "news agency",
  },
  nationalities: {
    nordkoreanisch: "North Korean", "südkoreanisch": "South Korean", russisch: "Russian", ukrainisch: "Ukrainian",
    amerikanisch: "American", westlich: "Western", chinesisch: "Chinese", "europäisch": "European",
    britisch: "British", deutsch: "German", "französisch": "French",
  },
  // German ends noun phrases by case and capitalization, not by a word list.
  functionWords: [],
  articles: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"],
  months: {
    januar: 1, "jänner": 1, jan: 1, februar: 2, feb: 2, "märz": 3, april: 4, apr: 4, mai: 5, juni: 6, juli: 7,
    august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
    dezember: 12, dez: 12,
  },
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  periodParts: { anfang: "early", mitte: "mid", ende: "late" },
  previousWords: [
    "letzte", "letzten", "letzter", "letztes", "vergangene", "vergangenen", "vergangener", "vergangenes",
    "vorige", "vorigen", "voriger", "voriges",
  ],
  periodWords: {
    jahr: "year", jahre: "year", jahres: "year", jahren: "year", monat: "month", monate: "month", monats: "month",
    monaten: "month", woche: "week", wochen: "week", tag: "day", tage: "day", tagen: "day",
  },
  agoBefore: ["vor"],
  agoAfter: [],
  dayOffsets: { gestern: -1, vorgestern: -2, heute: 0 },
  datePrepositions: ["im", "am", "in", "an"],
  asOfMarkers: ["bis", "seit", "stand"],
  datedEvents: [
    {
      subject: "treaty-signing",
      nouns: ["vertrag", "verträge", "abkommen", "pakt", "vereinbarung", "bündnis"],
      verbs: [
        "unterzeichnet", "unterzeichnete", "unterzeichneten", "unterzeichnung", "unterschrieben", "unterschrieb",
        "schlossen", "schloss", "geschlossen", "geschlossene", "geschlossenen", "abgeschlossen", "abgeschlossene",
        "abgeschlossenen", "besiegelt", "besiegelten", "besiegelte",
      ],
    },
  ],
  abbreviations: [
    "z", "b", "u", "a", "v", "d", "h", "dr", "nr", "ca", "mio", "mrd", "bzw", "etc", "vgl", "st", "prof", "jan",
    "feb", "aug", "sept", "sep", "okt", "nov", "dez", "usw", "inkl", "ggf", "evtl", "sog", "abs", "bspw",
  ],
  furniturePrefixes: [
    "foto:", "fotos:", "bild:", "quelle:", "©", "lesen sie auch", "mehr zum thema", "schreibe einen kommentar",
    "zum entdecken", "anzeige", "weiterlesen", "auch interessant", "teilen",
  ],
};
