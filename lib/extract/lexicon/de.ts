import { DEMAND_VERBS, OFFER_VERBS } from "./demand-words";
import type { Lexicon } from "./types";

/**
 * German word tables. Everything here is data an editor can change without touching the extraction
 * code: add a hedge, a unit, a cue verb. Keys are lowercase; multi-word phrases use single spaces; a
 * period belongs to the word it abbreviates ("ca."). What is counted is in `concepts.ts`; places and
 * nationalities come from `lib/places`.
 */
export const de: Lexicon = {
  language: "de",
  numberWords: {
    null: 0, eins: 1, ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, "fünf": 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, "zwölf": 12, dreizehn: 13, vierzehn: 14, "fünfzehn": 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, "dreißig": 30, dreissig: 30, vierzig: 40, "fünfzig": 50,
    sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
    dreieinhalb: 3.5,
  },
  multipliers: {
    hundert: 100, tausend: 1000, tsd: 1000, million: 1e6, millionen: 1e6, mio: 1e6, mill: 1e6, milliarde: 1e9,
    milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12, dutzend: 12,
    // Indische Zählweise, in Berichten über Indien auch auf Deutsch: Lakh (100.000) und Crore (10 Mio.).
    lakh: 1e5, crore: 1e7,
  },
  gluedMultipliers: { k: 1000, mio: 1e6, mrd: 1e9 },
  fractions: { "eine halbe": 0.5, "einer halben": 0.5, "eine viertel": 0.25, "einer viertel": 0.25, "eine dreiviertel": 0.75 },
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
    // "Die Kreditaufnahme ist gedeckelt auf 490 Mio. Euro": a cap is an upper bound, not the amount.
    "gedeckelt auf": "atMost", "begrenzt auf": "atMost", "beschränkt auf": "atMost",
    "weniger als": "below", unter: "below", "nicht mehr als": "atMost", "nicht höher als": "atMost", "knapp weniger als": "justBelow",
    // "bei weitem nicht 40.000", "längst nicht 40.000": the true figure falls well short of the one named.
    "bei weitem nicht": "below", "längst nicht": "below", "nicht einmal": "below",
    genau: "exact", exakt: "exact",
  },
  // "mindestens aber 350 Euro", "höchstens jedoch 40 Personen": the contrast sits inside the bound.
  boundAsides: ["aber", "jedoch", "allerdings"],
  amountPrepositions: ["über"],
  // "Die Bundeswehr verfügt über 182.000 Soldaten", "sie verfügen über 103 der 230 Sitze".
  thresholdNouns: ["hürde", "sperrklausel", "klausel", "grenze", "marke", "schwelle"],
  prepositionVerbs: ["verfügt", "verfügen", "verfügte", "verfügten", "verfüge", "verfügst"],
  postHedges: {
    "übersteigen": "above", "übersteigt": "above", "überstiegen": "above", "überschreiten": "above",
    "überschreitet": "above", "überschritten": "above", "oder mehr": "atLeast",
    // "die Neuverschuldung werde 30 Milliarden Euro nicht übersteigen": a negated excess is a ceiling.
    "nicht übersteigen": "atMost", "nicht übersteigt": "atMost", "nicht überschreiten": "atMost", "nicht überschreitet": "atMost",
    // "ist auf 490 Mio. Euro gedeckelt", "auf 3 Mrd. Euro begrenzt werden".
    gedeckelt: "atMost", begrenzt: "atMost", "beschränkt": "atMost",
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
  compoundNouns: true,
  nounBridges: ["von"],
  nounJoiners: ["und", "oder", "bzw"],
  countWords: ["zahl", "anzahl", "gesamtzahl", "bilanz", "zahlen", "schätzung", "schätzungen", "angabe", "teilnehmerzahl"],
  anaphora: ["von ihnen", "davon", "von denen"],
  yearMarkers: [
    "im", "in", "für", "jahr", "jahres", "seit", "bis", "vor", "nach", "von", "ab", "anfang", "mitte", "ende", "frühjahr",
    "sommer", "herbst", "winter", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "jahrgang", "baujahr",
  ],
  figureStandIns: ["sie", "er", "summe", "betrag", "wert", "gesamtsumme"],
  speechParticles: {
    gab: ["an", "bekannt", "zu"], gaben: ["an", "bekannt", "zu"], gibt: ["an", "bekannt", "zu"],
    ging: ["aus"], gingen: ["aus"], geht: ["aus"], gehen: ["aus"], räumte: ["ein"], räumten: ["ein"],
    wies: ["zurück"], wiesen: ["zurück"], weist: ["zurück"], weisen: ["zurück"],
    // "…, teilten die Behörden in Graz mit": the present and the plural share a verb with "die Ansicht
    // teilen", so they speak only with their particle ("teilte" alone stays a speech verb as before).
    teilt: ["mit"], teilten: ["mit"],
    // "Die Provinzregierung hält an ihrer Zahl von 44 Toten fest": keeping to a figure is giving it.
    hält: ["fest"], hielt: ["fest"], halten: ["fest"], hielten: ["fest"],
  },
  holderNouns: ["partei", "parteien", "kandidat", "kandidaten", "kandidatin", "liste", "bewerber", "bewerberin"],
  holderNounTails: ["partei", "parteien"],
  relativePronouns: ["der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche", "welches"],
  comparatives: { mehr: "up", weniger: "down" },
  gatherings: [
    "demonstration", "demonstrationen", "demo", "demos", "kundgebung", "kundgebungen", "protest", "proteste", "protesten",
    "protestmarsch", "marsch", "mahnwache", "streik", "streiks", "großdemonstration", "großkundgebung",
  ],
  measureNouns: ["volumen", "umfang", "höhe", "größenordnung", "grössenordnung", "niveau", "stand", "wert"],
  areaNoun: "Fläche",
  // German writes the change after the figure ("eine Erhöhung um 3 Prozent"), not before a noun.
  changeNouns: {},
  perfectAuxiliaries: ["hat", "hatte", "haben", "hatten", "ist", "war", "sind", "waren"],
  neutralModifiers: [
    "neue", "neuen", "andere", "anderen", "insgesamt",
    "bestätigte", "bestätigten", "offizielle", "offiziellen", "registrierte", "registrierten", "gemeldete",
    "gemeldeten", "geschätzte", "geschätzten", "mehr", "rund", "bisherige", "bisher", "mindestens", "etwa",
    "vermutlich", "angeblich", "bereits", "schon", "noch", "nur", "allein", "knapp", "gut", "sogar", "über",
    "gesamte", "gesamten", "geplante", "geplanten", "jährliche", "jährlichen", "vorläufige", "vorläufigen",
    "endgültige", "endgültigen", "amtliche", "amtlichen", "vorläufigen", "neuesten", "aktuellen", "aktuelle",
    "ganze", "ganzen", "erste", "ersten", "diese", "dieser", "dieses", "diesen", "diesem", "jene", "jener", "jenen", "solche",
    "solcher", "ihre", "ihrer", "ihren", "seine", "seiner", "seinen", "unsere", "unserer",
  ],
  stateFillers: [
    "wurden", "wurde", "werden", "sind", "ist", "waren", "war", "seien", "sei", "worden", "noch", "bislang", "bisher",
    "inzwischen", "mittlerweile", "bereits", "schon", "nach", "offiziellen", "angaben", "dabei", "insgesamt", "mussten",
    "müssen", "konnten", "gelten", "galten", "als", "haben", "hatten", "hat", "bei", "den", "dem", "der", "die",
    "unwettern", "überschwemmungen",
  ],
  currencies: {
    euro: "EUR", "€": "EUR", eur: "EUR", dollar: "USD", "$": "USD", "us-dollar": "USD", usd: "USD", pfund: "GBP",
    "£": "GBP", franken: "CHF", chf: "CHF", yen: "JPY", "¥": "JPY", rubel: "RUB", "₽": "RUB", hrywnja: "UAH",
    "₴": "UAH", yuan: "CNY", renminbi: "CNY", lira: "TRY", "₺": "TRY", zloty: "PLN", "złoty": "PLN", forint: "HUF",
    rupien: "INR", rupie: "INR", "₹": "INR", schekel: "ILS", "₪": "ILS", naira: "NGN", "₦": "NGN",
  },
  percentWords: ["prozent", "%", "vh"],
  shareBases: {
    bip: "gdp", bruttoinlandsprodukt: "gdp", bruttoinlandsprodukts: "gdp", wirtschaftsleistung: "gdp", haushalts: "budget",
    gesamthaushalts: "budget",
  },
  percentagePointWords: ["prozentpunkte", "prozentpunkten", "prozentpunkt", "punkte", "punkten"],
  measures: {
    m: "m", meter: "m", metern: "m", cm: "cm", zentimeter: "cm", zentimetern: "cm", mm: "mm", millimeter: "mm",
    millimetern: "mm", km: "km", kilometer: "km", kilometern: "km", "km²": "km²", quadratkilometer: "km²",
    quadratkilometern: "km²", qm: "m²", "m²": "m²", quadratmeter: "m²", quadratmetern: "m²", ha: "ha", hektar: "ha",
    kg: "kg", kilogramm: "kg", t: "t", tonnen: "t", tonne: "t", l: "l", liter: "l", litern: "l", grad: "°",
    "°": "°", "°c": "°C", "km/h": "km/h",
    // A speed written out: "bis zu 240 Kilometern pro Stunde", "mit 120 Stundenkilometern".
    "kilometer pro stunde": "km/h", "kilometern pro stunde": "km/h", "kilometer in der stunde": "km/h", stundenkilometer: "km/h", stundenkilometern: "km/h",
    kilowatt: "kW", megawatt: "MW", gigawatt: "GW", kw: "kW", mw: "MW",
  },
  timeUnits: [
    "uhr", "sekunde", "sekunden", "minute", "minuten", "min", "stunde", "stunden", "std", "tag", "tage", "tagen",
    "woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren", "jahrzehnt", "jahrzehnte",
    "jahrzehnten", "jahrhundert", "jahrhunderts", "nacht", "nächte", "nächten", "mal", "malen", "seite", "seiten",
  ],
  ageBefore: ["im alter von", "alter von"],
  ageAfter: ["jahre alt", "jahren alt", "jahre alte", "jahre alten", "jährige", "jähriger", "jährigen", "jähriges", "jährig"],
  labelWords: [
    "platz", "rang", "nummer", "nr", "no", "stärke", "magnitude", "richter", "skala", "§", "paragraf", "paragraph",
    "artikel", "absatz", "kapitel", "seite", "seiten", "folge", "staffel", "band", "gleis", "linie", "bus", "zug",
    "flug", "kw", "kalenderwoche", "tor", "runde", "etappe", "version", "level", "stufe", "warnstufe", "alarmstufe",
    "kategorie", "windstärke", "pegelstand", "postleitzahl", "plz", "telefon", "tel", "fax", "haus", "zimmer",
    // Numbered voting districts: "im Wahlkreis 28 auf 5,0 Prozent".
    "wahlkreis", "wahlbezirk", "stimmbezirk",
  ],
  streetWords: ["straße", "strasse", "str", "weg", "platz", "allee", "gasse", "ring", "damm", "ufer", "chaussee", "markt"],
  changeMarkers: {
    um: "either", plus: "up", minus: "down", "zuwachs von": "up", "anstieg um": "up", "anstieg von": "up", "ein plus von": "up",
    "rückgang um": "down", "rückgang von": "down", "ein minus von": "down", "minus von": "down", "verlor": "down", "verloren": "down",
    "verliert": "down", "büßte": "down", "einbußen von": "down", "sank um": "down", "fiel um": "down", "gewann": "up", "legte um": "up",
    "legt um": "up", "zulegen um": "up",
    // "33,8 Mrd. Euro (+2,2 Mrd.)": agency text writes a rise with its sign.
    "+": "up",
  },
  gainVerbs: [
    "erhielt", "erhielten", "erhält", "erhalten", "holte", "holten", "holt", "gewann", "gewannen", "gewinnt",
    "erreichte", "erreichten", "erreicht", "kam auf", "kamen auf", "kommt auf", "kommen auf", "bekam", "bekamen",
    "erzielte", "erzielten", "verlor", "verloren", "verliert", "entfielen auf", "entfallen auf", "stellt", "stellen",
    "kam", "kamen", "kommt", "kommen", "sah", "sieht", "sahen", "landete", "landet", "liegt", "lag",
    // The infinitive after a modal: "Die Grünen dürften 30 Prozent erreichen", "soll bei 5 Prozent landen".
    "erreichen", "landen",
  ],
  linkVerbs: ["lag", "lagen", "liegt", "liegen", "betrug", "betrugen", "beträgt", "betragen", "betrage", "betragen", "belief", "beliefen", "beläuft", "stieg", "stiegen", "steigt", "sank", "sanken", "sinkt", "umfasst", "umfasste", "erreichte", "wächst", "wuchs", "fiel", "fällt", "kletterte", "summiert", "bleibt", "blieb", "bleiben", "blieben",
    // The plural and the verbs of shrinking: "Die Ausgaben steigen um …", "Die Rücklage schrumpft auf …".
    "steigen", "sinken", "wachsen", "wuchsen", "klettert", "klettern", "schrumpft", "schrumpfen", "schrumpfte", "schrumpften",
    // Reported speech puts them in the subjunctive: "Die Rücklage schrumpfe auf …", "Der Zuschuss liege bei …".
    "liege", "lägen", "läge", "belaufe", "steige", "sinke", "schrumpfe", "bleibe", "klettere", "umfasse",
    // The perfect ends the clause with the participle: "Die Reserve ist auf … geschrumpft" (see linkVerbClosesClause).
    "gestiegen", "gesunken", "gewachsen", "geschrumpft", "geklettert"],
  voteStages: {
    hochrechnung: "projection", hochrechnungen: "projection", prognose: "projection", nachwahlbefragung: "projection",
    "ersten wahlgang": "first round", "ersten runde": "first round", "ersten durchgang": "first round",
    // "unter der des ersten Wahlgangs (44,1 Prozent)": the genitive.
    "ersten wahlgangs": "first round", "ersten durchgangs": "first round",
  },
  // "38,4 Prozent und damit unter der des ersten Wahlgangs (44,1 Prozent)": a round after these is the compared figure's.
  comparedWith: ["unter", "über", "als", "gegenüber"],
  homeOrAbroad: { "im ausland": "abroad", "aus dem ausland": "abroad", "im inland": "domestic", "auf dem festland": "domestic" },
  countryWide: ["bundesweit", "landesweit", "deutschlandweit", "österreichweit", "schweizweit", "im ganzen land", "im ganzen bundesgebiet"],
  placeAdverbs: ["draußen", "drinnen", "vor ort", "im freien", "nebenan", "davor", "dort", "hier"],
  additionWords: ["weitere", "weiteren", "weiterer", "zusätzliche", "zusätzlichen", "zusätzlich", "abermals"],
  placePrepositions: ["in", "im", "ins"],
  placeDirections: ["nach", "für"],
  subordinators: ["während", "als", "nachdem", "bevor", "weil", "da", "obwohl", "wenn", "falls", "seitdem", "bis", "wie", "wo", "der", "die", "das", "dass"],
  placeKinds: [
    "region", "regionen", "provinz", "bundesland", "land", "bundesstaat", "staat", "stadt", "gemeinde", "kreis",
    "landkreis", "bezirk", "stadtteil", "ortsteil", "oblast", "gebiet", "kanton", "departement", "grafschaft",
    "hauptstadt", "metropole", "großraum", "küstenstadt", "grenzregion", "ort", "dorf",
  ],
  placeFillers: ["der", "dem", "die", "den", "ganz", "ganzen", "gesamten", "allein", "alleine", "nur", "auch", "selbst", "vor", "allem", "-"],
  placeCentres: ["zentrum", "stadtzentrum"],
  certaintyCues: {
    "berichten zufolge": "reported", "laut berichten": "reported", "medienberichten zufolge": "reported",
    "laut medienberichten": "reported", angeblich: "reported", berichtet: "reported", berichtete: "reported",
    berichteten: "reported", "heißt es": "reported",
    "könnte": "hedged", "könnten": "hedged", "dürfte": "hedged", "dürften": "hedged", "möglicherweise": "hedged",
    vermutlich: "hedged", "mutmaßlich": "hedged", offenbar: "hedged", wohl: "hedged", "womöglich": "hedged",
    vielleicht: "hedged",
    bestritten: "denied", bestritt: "denied", bestreitet: "denied", bestreiten: "denied", dementiert: "denied",
    dementierte: "denied", dementierten: "denied", "zurückgewiesen": "denied",
    // "Die Wahlkommission wies zurück, dass 30.000 Stimmen ungezählt geblieben seien".
    "wies zurück": "denied", "wiesen zurück": "denied", "weist zurück": "denied", "weisen zurück": "denied",
  },
  hedgeFrames: [["soll", ["haben", "sein", "worden"]], ["sollen", ["haben", "sein", "worden"]]],
  negations: ["nie", "nicht", "niemals", "weder", "kein", "keine"],
  sourceMarkers: [
    "laut", "nach angaben", "nach angaben von", "gemäß", "nach schätzungen", "nach schätzung", "nach erkenntnissen",
    "nach informationen", "nach einschätzung", "nach darstellung", "nach berechnungen", "nach berechnung",
    "nach zählung", "nach zählungen", "nach auskunft", "nach aussage", "nach aussagen", "nach worten", "nach den worten",
    "nach daten", "nach zahlen", "nach ersten angaben", "nach vorläufigen angaben", "nach offiziellen angaben",
    "nach jüngsten angaben", "nach neuen angaben", "nach neuesten angaben", "nach letzten angaben", "nach aktuellen angaben",
    "nach bisherigen angaben", "nach ersten schätzungen", "nach vorläufigen schätzungen", "nach jüngsten schätzungen",
    "nach offiziellen zahlen", "nach jüngsten zahlen", "nach vorläufigen zahlen", "nach einer schätzung",
    "nach einer zählung", "nach einer berechnung", "nach einer umfrage", "nach rechnung", "nach der rechnung",
  ],
  sourcePostpositions: ["zufolge"],
  // "Am Dienstag hatte die Regionalregierung neun Tote gemeldet", "…, die der Katastrophenschutz
  // gemeldet hatte": the perfect puts the speech verb at the clause end, its subject before it.
  perfectSpeech: ["gemeldet", "mitgeteilt", "angegeben", "genannt", "gezählt", "gesprochen", "gesagt", "bekanntgegeben", "berechnet", "veranschlagt"],
  speechVerbs: [
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "betonten", "bestätigte",
    "bestätigt", "bestätigten", "schätzte", "schätzt", "schätzten", "geschätzt", "meldete", "meldet", "meldeten",
    "behauptete", "behauptet", "teilte", "teilt", "teilten", "berichtet", "berichtete", "berichteten", "hob", "fügte", "warnte", "warnt",
    "warnten", "unterstrich", "sprach", "sprachen", "spricht", "so", "zählte", "zählten", "zählt", "bezifferte",
    "bezifferten", "beziffert", "nannte", "nannten", "nennt", "gab", "gaben", "gibt", "sprach von", "korrigierte",
    "korrigiert", "räumte", "ging", "geht", "gehen", "gingen", "mitteilte", "mitteilten", "bekanntgab", "bekanntgaben", "schätzen", "beziffern", "melden", "sagen", "nennen",
    "erklären", "berichten", "bestätigen", "zählen", "warnen", "sprechen", "rechnet", "rechnete", "rechnen", "kritisierte", "widersprach",
    "bestritt", "bestreitet", "bestritten", "dementierte", "dementiert", "berechnete", "errechnete", "errechnet",
    "kalkulierte", "kalkuliert", "prognostizierte", "prognostiziert", "zählte", "zählt", "zähle",
    // "Der Fiskalrat erwartet ein Defizit von 3,6 Prozent": an expectation is its holder's figure.
    "erwartet", "erwarten",
    "veröffentlichte", "veröffentlichten", "veröffentlicht", "wies", "wiesen", "weist", "weisen",
    // "Der Rechnungshof bekräftigte, die Schulden stiegen auf …": restating a figure is giving it.
    "bekräftigte", "bekräftigt", "bekräftigten",
    // "Die Polizei bleibt bei 9.000 Demonstranten", "hält an ihrer Zahl fest": keeping to a figure is
    // giving it, when a known source keeps to it (see KEEPING_VERBS in read-claimant-cue.ts).
    "bleibt bei", "blieb bei", "bleiben bei", "blieben bei", "hält", "hielt", "halten", "hielten",
    // "Verdi fordert 8 Prozent", "Die Arbeitgeber bieten 5,5 Prozent": a demand or an offer is its
    // maker's figure, when it is an amount (demand-words.ts).
    ...DEMAND_VERBS.de, ...OFFER_VERBS.de,
    // "Der Rechnungshof erwartet Schulden von 17 Milliarden Euro": what a source expects is its figure.
    // Only the present: "erwartete" and "erwarteten" are as often adjectives ("die erwarteten Einnahmen").
    "erwartet", "erwarten",
    // "nicht auf 3.350 Euro, wie der Kämmerer angebe": giving and assuming a figure, in a clause ending in its verb.
    "angibt", "angebe", "annimmt", "annehme",
  ],
  claimantPronouns: [
    "nach seinen worten", "nach ihren worten", "seinen worten zufolge", "ihren worten zufolge", "nach seinen angaben",
    "nach ihren angaben", "seinen angaben zufolge", "ihren angaben zufolge", "sagte er", "sagte sie", "so er", "so sie",
    "erklärte er", "erklärte sie", "betonte er", "betonte sie", "fügte er", "fügte sie",
    // "Die FT erreicht demnach 27 bis 31 Prozent": by the source just named.
    "demnach", "dieser zufolge", "diesen zufolge", "dem zufolge",
  ],
  nonClaimants: [
    "später", "zuvor", "damals", "dann", "heute", "gestern", "außerdem", "zudem", "auch", "jetzt", "nun", "inzwischen",
    "bereits", "daher", "dabei", "so", "er", "sie", "es", "man", "dies", "das", "diese", "dieser", "wir", "ich",
    "zahl", "zahlen", "angaben", "berichten", "schätzungen", "informationen", "insgesamt", "damit", "somit",
  ],
  reportNouns: [
    "befragung", "nachwahlbefragung", "umfrage", "ergebnis", "ergebnissen", "endergebnis", "zwischenergebnis", "zählung",
    "hochrechnung", "prognose", "schätzung", "bericht", "studie", "analyse", "berechnung", "berechnungen", "auszählung", "bilanz",
    // "gemäß ersten Zählungen der Polizei", "laut Schätzungen der Veranstalter": a count in the plural
    // is no speaker either; its genitive is.
    "zählungen", "schätzungen", "angaben",
  ],
  authorLinks: ["des", "der", "von", "vom"],
  titles: [
    "präsident", "präsidenten", "präsidentin", "sprecher", "sprecherin", "minister", "ministerin", "außenminister",
    "außenministerin", "innenminister", "innenministerin", "finanzminister", "finanzministerin", "verteidigungsminister",
    "verteidigungsministerin", "chef", "chefin", "staatschef", "regierungschef", "regierungschefin", "führer",
    "generalstabschef", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "regierungssprecher",
    "regierungssprecherin", "general", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin",
    "ministerpräsident", "ministerpräsidentin", "polizeisprecher", "polizeisprecherin", "landrat", "landrätin",
    "premierminister", "premierministerin", "vorsitzende", "vorsitzender", "parteichef", "parteichefin", "direktor",
    "direktorin", "leiter", "leiterin", "nachrichtenagentur", "agentur", "zeitung", "dr", "prof",
    // "ihr Finanzexperte Daisuke Kurokawa", "die Haushaltsexpertin der Grünen": a party's or
    // group's expert speaks for it.
    "experte", "expertin", "finanzexperte", "finanzexpertin", "haushaltsexperte", "haushaltsexpertin",
    "wirtschaftsexperte", "wirtschaftsexpertin", "abgeordnete", "abgeordneter",
    // "Amtsinhaberin Clara Voss", "Herausforderer Tom Reiter": a candidate's place in the race is no part of the name.
    "amtsinhaber", "amtsinhaberin", "herausforderer", "herausforderin",
  ],
  claimantWords: {
    geheimdienst: "intelligence", geheimdienste: "intelligence", geheimdienstes: "intelligence",
    regierung: "government", armee: "army", militär: "military", "militärs": "military", generalstab: "general staff",
    "behörden": "authorities", "behörde": "authority", polizei: "police", feuerwehr: "fire brigade", beamte: "officials",
    beamten: "officials", ministerium: "ministry", ministeriums: "ministry", innenministerium: "interior ministry",
    innenministeriums: "interior ministry", verteidigungsministerium: "defence ministry",
    verteidigungsministeriums: "defence ministry", "außenministerium": "foreign ministry",
    "außenministeriums": "foreign ministry", finanzministerium: "finance ministry", finanzministeriums: "finance ministry",
    veranstalter: "organisers", veranstaltern: "organisers", organisatoren: "organisers", "präsident": "president",
    "präsidenten": "president", nachrichtenagentur: "news agency", rettungskräfte: "rescuers", "rettungskräften": "rescuers",
    katastrophenschutz: "civil protection", wahlleiter: "returning officer", wahlleitung: "returning officer",
    wahlkommission: "electoral commission", opposition: "opposition", experten: "experts", "schätzungen": "estimates",
    institut: "institute", instituts: "institute", forschungsgruppe: "research group", "bündnis": "alliance",
    "bündnisses": "alliance", verband: "association", verbands: "association", verbandes: "association",
    gewerkschaft: "union", polizeigewerkschaft: "police union", stadtverwaltung: "city administration",
    landratsamt: "district office", landratsamts: "district office", ministeriumssprecher: "ministry spokesman",
    initiative: "initiative", "bürgerinitiative": "initiative", arbeitgeber: "employers", kritiker: "critics", gegner: "opponents",
    zivilschutz: "civil protection", zivilschutzes: "civil protection", betreiber: "operator",
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
  currentWords: ["diese", "dieser", "dieses", "diesem", "diesen", "laufende", "laufenden", "laufender", "laufendes"],
  currentPeriods: { heuer: "year" },
  partArticles: ["der", "des"],
  earlierWords: [],
  periodWords: {
    jahr: "year", jahre: "year", jahres: "year", jahren: "year", monat: "month", monate: "month", monats: "month",
    monaten: "month", woche: "week", wochen: "week", tag: "day", tage: "day", tagen: "day",
  },
  agoBefore: ["vor"],
  agoAfter: [],
  dayOffsets: { gestern: -1, vorgestern: -2, heute: 0, vortag: -1, "tag zuvor": -1, "tags zuvor": -1 },
  datePrepositions: ["im", "am", "in", "an"],
  asOfMarkers: ["bis", "seit", "stand", "bis zum", "bis zur", "bis am"],
  sinceMarkers: ["seit"],
  abbreviations: [
    "z", "b", "u", "a", "v", "d", "h", "dr", "nr", "ca", "mio", "mrd", "bzw", "etc", "vgl", "st", "prof", "jan",
    "feb", "aug", "sept", "sep", "okt", "nov", "dez", "usw", "inkl", "ggf", "evtl", "sog", "abs", "bspw",
  ],
  furniturePrefixes: [
    "foto:", "fotos:", "bild:", "quelle:", "©", "lesen sie auch", "mehr zum thema", "schreibe einen kommentar",
    "zum entdecken", "anzeige", "weiterlesen", "auch interessant", "teilen", "aktualisiert am", "zuletzt aktualisiert",
    "stand:", "korrektur:",
  ],
};
