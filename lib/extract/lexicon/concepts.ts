/**
 * Bilingual concept families: the words news uses, in German and English, for the things figures
 * count and the events dates date. A family makes "Tote", "Todesopfer", "killed" and "died" one
 * subject across languages and inflections (words are matched by their lemma, see `lemmatize.ts`).
 * Anything not listed here still becomes a claim, under its own lemma; these tables only join the
 * frequent families. They describe language, never one story: no place, person or event is named.
 */

/** A concept a count can be of. */
export type CountConcept = {
  key: string;
  /** English and German labels for facets ("Dead", "Tote"). */
  label: { en: string; de: string };
  /** People: a state said of them ("…wurden verletzt") makes them that state's count. */
  group?: true;
  /** A count that can only grow for one place (a toll): a later, lower figure is a contradiction. */
  cumulative?: true;
  /** People named by what they did (protesters, strikers): a state that befell them decides the count. */
  doers?: true;
  /** A state that befalls people whatever they did ("Demonstranten wurden festgenommen"): arrests, not protesters. */
  befalls?: true;
  /**
   * A figure fixed once its happening is over: how many marched or struck on a day, a budget's sums
   * as one plan states them. Tolls, the missing, evacuees, damage and everything not marked move from
   * day to day; so does an election's count, which runs from the evening's projection through the
   * provisional to the final result days later. See CompareOptions.settled.
   */
  settled?: true;
  /**
   * A figure of a vote's published count (turnout, seats, votes): it holds for the vote and its
   * stage of the count, not for the day it was printed, so two named sources giving different
   * figures of one stage a few days apart dispute it. See CompareOptions.tallied.
   */
  tallied?: true;
  /** Counts things, never people (ships, seats, votes): such a noun cannot stand for the people a sentence counts. */
  things?: true;
  /** Nouns naming the counted thing: "Tote", "casualties". German compounds match by their tail. */
  nouns: { de: string[]; en: string[] };
  /** Nouns that count only as whole words ("Mann" as soldiers, never the tail of "Feuerwehrmann"). */
  wholeNouns?: { de: string[]; en: string[] };
  /** Words saying what happened to a group, after or around the count: "getötet", "were evacuated". */
  states?: { de: string[]; en: string[] };
  /** Groups this state is always said of ("strikers" are workers): such a group is no qualifier of it. */
  ofGroups?: string[];
  /** Nouns that name the concept before an amount with a unit ("Der Haushalt umfasst 52 Milliarden Euro"). */
  amountNouns?: { de: string[]; en: string[] };
};

export const countConcepts: CountConcept[] = [
  {
    key: "dead",
    befalls: true,
    label: { en: "Dead", de: "Tote" },
    cumulative: true,
    nouns: { de: ["Tote", "Todesopfer", "Todesfall", "Todesfälle", "Gefallene", "Leiche", "Leichen", "Opferzahl", "Todeszahl"], en: ["dead", "death", "deaths", "fatality", "fatalities", "bodies", "death toll", "toll"] },
    states: {
      // "… 23 Menschen das Leben gekostet": the life a disaster cost (read-lives-cost.ts checks the verb when it comes first).
      de: ["getötet", "tötete", "töteten", "tot", "gestorben", "starben", "stirbt", "sterben", "ums leben", "das leben", "das leben verloren", "verloren das leben", "verlor das leben", "umgekommen", "kamen um", "ertrunken", "ertranken", "verstorben", "erlagen", "gefallen", "tödlich verunglückt", "tödlich verletzt", "verbrannt"],
      en: ["killed", "dead", "died", "die", "lost their lives", "perished", "drowned", "fatally injured", "succumbed to their injuries", "succumbed to their wounds",
        // "killing at least 12", "Storm kills 12": the participle and the headline's present before the count.
        "killing", "kills"],
    },
  },
  {
    key: "injured",
    befalls: true,
    label: { en: "Injured", de: "Verletzte" },
    cumulative: true,
    nouns: { de: ["Verletzte", "Verwundete", "Schwerverletzte", "Leichtverletzte"], en: ["injured", "wounded", "injury", "injuries"] },
    // "in Krankenhäuser gebracht", "taken to hospital": those taken for treatment are counted as hurt.
    states: {
      de: ["verletzt", "verwundet", "schwer verletzt", "leicht verletzt", "ins krankenhaus gebracht", "in krankenhäuser gebracht", "in kliniken gebracht", "im krankenhaus behandelt", "medizinisch behandelt", "ambulant behandelt", "ärztlich behandelt"],
      en: ["injured", "wounded", "hurt", "taken to hospital", "taken to hospitals", "hospitalised", "hospitalized", "treated for burns", "treated for injuries", "treated in hospital",
        // "Hospitals treated 16 people": whom hospitals treat after a clash or a storm is hurt.
        "treated",
        // "injuring 27 others", "Blast injures dozens": as "killing", "kills".
        "injuring", "injures", "wounding"],
    },
  },
  {
    key: "missing",
    befalls: true,
    label: { en: "Missing", de: "Vermisste" },
    nouns: { de: ["Vermisste"], en: ["missing"] },
    states: { de: ["vermisst", "verschollen"], en: ["missing", "unaccounted for"] },
  },
  {
    key: "displaced",
    befalls: true,
    label: { en: "Displaced or evacuated", de: "Obdachlose oder Evakuierte" },
    nouns: { de: ["Obdachlose", "Evakuierte", "Vertriebene", "Binnenvertriebene"], en: ["evacuee", "evacuees", "displaced", "homeless"] },
    states: {
      de: ["evakuiert", "obdachlos", "vertrieben", "in sicherheit gebracht", "auf der flucht", "flohen", "geflohen", "ihre häuser verlassen", "ihre wohnungen verlassen", "untergebracht", "in notunterkünften", "in notunterkünfte", "in evakuierungszentren", "in evakuierungszentrum", "in auffanglager", "in auffanglagern",
        // "4.000 Menschen können nicht in ihre Häuser zurück": still kept from home, as "unable to return home".
        "nicht in ihre häuser zurück", "nicht in ihre wohnungen zurück", "nicht nach hause zurück", "nicht in ihre häuser zurückkehren", "nicht in ihre wohnungen zurückkehren", "nicht nach hause zurückkehren"],
      en: ["displaced", "evacuated", "homeless", "fled", "forced from their homes", "forced to leave their homes", "made homeless", "leave their homes", "left their homes", "leave home", "left home", "fled their homes", "unable to return home", "could not return home", "cannot return home", "cannot return to their homes", "unable to return to their homes", "could not return to their homes", "can't return to their homes", "in shelters", "in emergency shelters",
        // "remain out of their homes": still kept from home, however long.
        "out of their homes", "remain out of their homes",
        // "forced 2,000 from their homes": the verb stands before the count, the homes after it.
        "from their homes",
        // "moved to evacuation centres", "410,000 remain in evacuation centres": where evacuees are sheltered.
        "in evacuation centres", "in evacuation centers", "to evacuation centres", "to evacuation centers", "in evacuation shelters", "to evacuation shelters"],
    },
  },
  {
    key: "rescued",
    label: { en: "Rescued", de: "Gerettete" },
    nouns: { de: ["Gerettete"], en: ["survivors"] },
    // "87 wurden lebend aus dem Wasser gezogen", "pulled from the water alive": alive is what sets them apart from the recovered dead.
    states: { de: ["gerettet", "das leben gerettet", "das leben retten", "das leben rettete", "das leben retteten", "lebend geborgen", "lebend aus dem wasser gezogen", "lebend aus dem wasser geholt", "lebend gefunden", "lebend aus den trümmern"], en: ["rescued", "saved", "pulled alive", "pulled out alive", "found alive"] },
  },
  {
    key: "affected",
    label: { en: "Affected", de: "Betroffene" },
    nouns: { de: ["Betroffene"], en: [] },
    states: { de: ["betroffen"], en: ["affected"] },
  },
  {
    // An outbreak's count: those who fell ill or were infected, a toll that only grows for its place.
    key: "sick",
    befalls: true,
    cumulative: true,
    label: { en: "Sick or infected", de: "Erkrankte oder Infizierte" },
    nouns: {
      de: ["Erkrankte", "Infizierte", "Erkrankungen", "Erkrankungsfälle", "Krankheitsfälle", "Infektion", "Infektionen", "Neuinfektionen", "Infektionsfälle", "Ansteckungen"],
      // "one death and 85 ill": the bare adjective right after the count, as "85 infected" (the
      // "critically ill" are read by their adverb, not as this noun).
      en: ["infection", "infections", "infected", "ill"],
    },
    states: { de: ["erkrankt", "infiziert", "angesteckt", "positiv getestet"], en: ["infected", "fell ill", "fallen ill", "sickened", "became ill", "become ill", "tested positive",
      // "41 people now ill": a headline's state. Bare "ill" would take in the "critically ill", a part of them.
      "now ill",
      // "the number of sick employees": the adjective before its noun, as "injured workers" are injured.
      "sick"] },
  },
  {
    key: "protesters",
    doers: true,
    label: { en: "Protesters", de: "Demonstrierende" },
    settled: true,
    nouns: {
      de: ["Demonstranten", "Demonstrantinnen", "Demonstrierende", "Protestierende", "Teilnehmer", "Teilnehmende", "Kundgebungsteilnehmer", "Teilnehmerzahl", "Menschenmenge", "Menge"],
      en: ["protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "marcher", "marchers", "participants", "crowd", "crowds"],
    },
    states: {
      de: ["demonstrierten", "demonstrieren", "protestierten", "protestieren", "gingen auf die straße", "auf die straße", "nahmen teil", "teilgenommen", "beteiligten sich", "versammelten sich", "marschierten", "kamen zu", "schlossen sich an", "folgten dem aufruf", "dem aufruf gefolgt", "dem aufruf folgten"],
      en: ["protested", "marched", "rallied", "demonstrated", "took to the streets", "turned out", "gathered", "took part", "taken part", "take part", "joined", "attended"],
    },
  },
  {
    // A strike's count: workers who walked out, by the union's or the employers' word. Its states are
    // longer than the protesters' "beteiligten sich", "joined", so "joined the strike" wins.
    key: "strikers",
    doers: true,
    label: { en: "Strikers", de: "Streikende" },
    settled: true,
    ofGroups: ["workers", "people"],
    nouns: { de: ["Streikende", "Streikenden"], en: ["striker", "strikers"] },
    states: {
      de: ["die arbeit nieder", "die arbeit niedergelegt", "ihre arbeit nieder", "ihre arbeit niedergelegt", "streikten", "gestreikt", "im ausstand", "am ausstand", "am streik", "am warnstreik", "in den ausstand", "in den streik", "in den warnstreik",
        // "Tausende Klinikärzte im Streik", "blieben der Arbeit fern": a headline's state, and staying away.
        "im streik", "der arbeit fern", "dem dienst fern"],
      en: ["walked out", "walked off the job", "went on strike", "were on strike", "on strike", "joined the strike", "joined the walkout", "took part in the strike", "joined the stoppage",
        // "Doctors walk out", "5,200 members stayed away from work", "400 doctors stayed out": headlines' present, and staying away.
        "walk out", "walking out", "stayed away from work", "stay away from work", "stayed off work", "stayed out", "stay out", "downed tools"],
    },
  },
  {
    key: "arrests",
    befalls: true,
    label: { en: "Arrests", de: "Festnahmen" },
    cumulative: true,
    nouns: { de: ["Festnahmen", "Festnahme", "Festgenommene", "Verhaftungen", "Ingewahrsamnahmen"], en: ["arrest", "arrests", "detentions"] },
    // "nahm zwölf Personen fest": the separable particle closes the count's clause.
    states: { de: ["festgenommen", "verhaftet", "in gewahrsam genommen", "in gewahrsam", "fest"], en: ["arrested", "detained", "taken into custody"] },
  },
  // "Leute" only as a whole word: "Feuerwehrleute", "Seeleute" are a trade's members, not people at large.
  { key: "people", label: { en: "People", de: "Menschen" }, group: true, nouns: { de: ["Menschen", "Personen", "Einwohner", "Bewohner", "Anwohner"], en: ["people", "persons", "residents", "inhabitants"] }, wholeNouns: { de: ["Leute"], en: [] } },
  {
    key: "troops",
    label: { en: "Troops", de: "Soldaten" },
    group: true,
    nouns: { de: ["Soldaten", "Soldatinnen", "Truppen", "Kämpfer", "Militärangehörige", "Streitkräfte"], en: ["troops", "troop", "soldiers", "soldier", "fighters", "servicemen", "service members", "personnel"] },
    wholeNouns: { de: ["Mann"], en: ["men"] },
  },
  { key: "civilians", label: { en: "Civilians", de: "Zivilisten" }, group: true, nouns: { de: ["Zivilisten", "Zivilistinnen", "Zivilpersonen"], en: ["civilians"] } },
  { key: "children", label: { en: "Children", de: "Kinder" }, group: true, nouns: { de: ["Kinder", "Kindern", "Minderjährige"], en: ["children", "child", "minors"] } },
  { key: "police", label: { en: "Police officers", de: "Polizisten" }, group: true, nouns: { de: ["Polizisten", "Polizistinnen", "Polizeibeamte", "Polizeikräfte", "Beamte", "Beamtinnen"], en: ["police officers", "officers", "policemen", "police"] } },
  { key: "workers", label: { en: "Workers", de: "Arbeiter" }, group: true, nouns: { de: ["Arbeiter", "Arbeiterinnen", "Arbeitskräfte", "Beschäftigte"], en: ["workers", "labourers", "laborers", "employees"] } },
  {
    key: "votes",
    tallied: true,
    things: true,
    label: { en: "Votes", de: "Stimmen" },
    nouns: { de: ["Stimmen", "Wählerstimmen", "Zweitstimmen", "Erststimmen", "Stimmzettel"], en: ["votes", "vote", "ballots"] },
    // Members or voters said to have voted for or against something cast that many votes: "89
    // Abgeordnete stimmten dafür", "103 votierten dagegen", "212 MPs voted against the bill". Only a
    // side makes it a vote count: "Wähler stimmten ab", "people voted" is the turnout.
    states: {
      de: ["stimmten dafür", "stimmten dagegen", "stimmten für", "stimmten gegen", "stimmte dafür", "stimmte dagegen", "votierten", "votierte", "votiert"],
      en: ["voted for", "voted against", "voted in favour", "voted in favor", "backed the bill", "opposed the bill"],
    },
    amountNouns: { de: ["Stimmenanteil", "Stimmen"], en: ["vote share", "share of the vote", "votes", "vote"] } },
  {
    key: "voters",
    label: { en: "Voters", de: "Wähler" },
    group: true,
    // The electorate of one vote is fixed by its register: reports a few days apart that do not date it tell of one roll.
    settled: true,
    nouns: { de: ["Wähler", "Wählerinnen", "Wahlberechtigte", "Stimmberechtigte"], en: ["voters", "electorate", "eligible voters"] },
    // "10,8 Millionen Portugiesen waren zur Wahl aufgerufen": called to vote, they are the electorate.
    states: { de: ["wahlberechtigt", "zur wahl aufgerufen", "zur stimmabgabe aufgerufen"], en: ["eligible to vote", "registered to vote", "entitled to vote", "called to vote"] },
  },
  { key: "turnout", tallied: true, label: { en: "Turnout", de: "Wahlbeteiligung" }, nouns: { de: ["Wahlbeteiligung"], en: ["turnout"] }, states: { de: ["gaben ihre stimme ab", "ihre stimme ab", "wählten", "stimmten ab", "gingen an die urnen", "gingen zur wahl"], en: ["voted", "cast their ballots", "cast ballots", "cast a ballot", "cast their votes", "cast a vote", "returned a ballot", "went to the polls"] }, amountNouns: { de: ["Wahlbeteiligung", "Beteiligung"], en: ["turnout"] } },
  { key: "seats", tallied: true, things: true, label: { en: "Seats", de: "Sitze" }, nouns: { de: ["Sitze", "Mandate", "Abgeordnete"], en: ["seats", "seat", "mandates"] } },
  { key: "buildings", things: true, label: { en: "Buildings", de: "Gebäude" }, nouns: { de: ["Gebäude", "Häuser", "Wohnhäuser", "Wohnungen"], en: ["buildings", "building", "houses", "homes", "dwellings"] } },
  // Ships waiting, held or diverted in a port strike, a blockade or a storm: "Containerschiffe", "vessels".
  { key: "ships", things: true, label: { en: "Ships", de: "Schiffe" }, nouns: { de: ["Schiff", "Schiffe", "Frachter", "Frachtschiffe"], en: ["ship", "ships", "vessel", "vessels", "freighters", "container ships"] } },
  // What a strike or a disaster cancels in clinics and offices: "23.000 ambulante Termine fielen aus",
  // "47,000 appointments were cancelled". One family across languages, so a union's and a health
  // service's totals meet in one facet. The key is singular, as the labelled sets write this subject.
  // (Operations are left to their lemma: English stems "operator" with "operations".)
  { key: "appointment", label: { en: "Appointments", de: "Termine" }, nouns: { de: ["Termin", "Termine", "Arzttermine", "Behandlungstermine"], en: ["appointment", "appointments"] } },
  // "Die Einwohnerzahl sank um 3.000", "the population fell by 3,000": how many live somewhere.
  { key: "population", label: { en: "Population", de: "Einwohnerzahl" }, nouns: { de: ["Einwohnerzahl", "Bevölkerung", "Bevölkerungszahl"], en: ["population"] } },
  { key: "households", things: true, label: { en: "Households", de: "Haushalte" }, nouns: { de: ["Haushalte"], en: ["households", "homes without power"] } },
  { key: "budget", label: { en: "Budget", de: "Haushalt" }, settled: true, nouns: { de: [], en: [] }, amountNouns: { de: ["Haushalt", "Etat", "Budget", "Bundeshaushalt", "Haushaltsentwurf"], en: ["budget", "spending plan"] } },
  { key: "deficit", label: { en: "Deficit", de: "Defizit" }, settled: true, nouns: { de: [], en: [] }, amountNouns: { de: ["Defizit", "Neuverschuldung", "Nettokreditaufnahme", "Kreditaufnahme", "neue Schulden", "Haushaltsloch", "Finanzierungslücke", "Lücke", "neue Kredite", "Kredite", "neue Anleihen", "Anleihen"], en: ["deficit", "new borrowing", "borrowing", "new debt", "shortfall", "funding gap", "gap", "budget gap", "new loans", "new bonds", "bond issuance", "issue bonds", "issues bonds", "issued bonds", "issuing bonds"] } },
  { key: "debt", label: { en: "Debt", de: "Schulden" }, settled: true, nouns: { de: [], en: [] }, amountNouns: { de: ["Schulden", "Verschuldung", "Schuldenstand", "Staatsschulden", "Schuldenquote"], en: ["debt", "national debt", "public debt", "debt ratio", "debt-to-GDP ratio"] } },
  // "Aufwand", "Aufwendungen": Swiss and Austrian accounts name what a budget spends by its outlay.
  { key: "spending", label: { en: "Spending", de: "Ausgaben" }, settled: true, nouns: { de: [], en: [] }, amountNouns: { de: ["Ausgaben", "Aufwand", "Aufwendungen", "Gesamtaufwand", "Zahlungen", "Auszahlungen", "Pensionslasten", "Zinslasten", "Personallasten", "Versorgungslasten", "Posten", "Ausgabenposten", "Ausgabeposten"], en: ["spending", "expenditure", "expenditures", "payments", "outlays", "disbursements", "item", "spending item", "line item"] } },
  { key: "investment", label: { en: "Investment", de: "Investitionen" }, settled: true, nouns: { de: [], en: [] }, amountNouns: { de: ["Investitionen", "Investition"], en: ["investment", "investments"] } },
  { key: "revenue", label: { en: "Revenue", de: "Einnahmen" }, settled: true, nouns: { de: [], en: [] }, amountNouns: { de: ["Einnahmen", "Steuereinnahmen", "Erlöse", "Ertrag", "Erträge", "Steuererträge", "Einzahlungen"], en: ["revenue", "revenues", "receipts", "tax receipts", "income", "proceeds"] } },
  { key: "cost", label: { en: "Cost or damage", de: "Kosten oder Schaden" }, nouns: { de: [], en: [] }, amountNouns: { de: ["Kosten", "Schaden", "Schäden", "Sachschaden", "Gesamtschaden", "Schadenssumme", "Verluste"], en: ["cost", "costs", "damage", "damages", "bill", "losses", "damage estimate"] } },
  { key: "aid", label: { en: "Aid", de: "Hilfen" }, nouns: { de: [], en: [] }, amountNouns: { de: ["Hilfen", "Hilfe", "Hilfsgelder", "Soforthilfe", "Soforthilfen", "Hilfspaket", "Wiederaufbauhilfe"], en: ["aid", "relief", "aid package", "relief fund", "emergency aid"] } },
];

/** Two states counted together ("Tote und Verletzte", "killed or wounded") are a concept of their own. */
export const combinedConcepts: { key: string; parts: [string, string]; label: { en: string; de: string }; cumulative?: true; nouns: { de: string[]; en: string[] } }[] = [
  { key: "dead+injured", parts: ["dead", "injured"], label: { en: "Dead and injured", de: "Tote und Verletzte" }, cumulative: true, nouns: { de: ["Verluste"], en: ["casualties", "losses"] } },
  { key: "dead+missing", parts: ["dead", "missing"], label: { en: "Dead and missing", de: "Tote und Vermisste" }, nouns: { de: [], en: [] } },
  { key: "injured+missing", parts: ["injured", "missing"], label: { en: "Injured and missing", de: "Verletzte und Vermisste" }, nouns: { de: [], en: [] } },
];

/** Something that happens on a date; a date claim's subject is the event its sentence reports. */
export type EventConcept = {
  key: string;
  /** Facet label: "{object} {noun} date" ("Treaty signing date"), or `question` when set. */
  label: { en: string; de: string };
  /** A facet that lists who did it and when ("Who confirmed it first?"): the actor is the claim's scope. */
  question?: { en: string; de: string };
  /** True when the words are ambiguous without an object ("geschlossen": a treaty, or a hospital). */
  needsObject?: true;
  /** Verb forms and nouns saying it happened ("unterzeichneten", "Unterzeichnung", "signed"). */
  words: { de: string[]; en: string[] };
  /**
   * Nouns that name the event without reporting it ("Streik", "Saturday's earthquake", "die Proteste
   * am Samstag"): one dates the event, but a verb of the sentence reporting an event on the same day
   * takes that day first ("Der Streik soll am Dienstag beginnen" is a start announced ahead).
   */
  nouns?: { de: string[]; en: string[] };
  /**
   * A public act whose day the outlet states itself (a vote, a published result, a budget laid
   * before parliament): who performed it ("the electoral office on Thursday published") is not a source.
   */
  publicAct?: true;
  /** Forms that report the opposite act (a denial where a confirmation is asked): certainty "denied". */
  denials?: { de: string[]; en: string[] };
  /**
   * Forms that announce the act to come (present tense, infinitive: "beginnt", "soll … enden",
   * "starts"): a weekday or a day without a year next to them lies ahead of publication, not behind.
   */
  ahead?: { de: string[]; en: string[] };
  /**
   * Infinitives that report the act as the purpose of another ("drove into the city on Wednesday to
   * protest", "um … zu protestieren"), read only there (lib/extract/purpose-infinitive.ts). Nouns of
   * the same spelling ("protest") are read there too.
   */
  purposes?: { de: string[]; en: string[] };
  /**
   * The act makes figures that outlast its day: a budget passed or laid before parliament keeps its
   * sums, an election its shares, which its count reports later. A day bound to the act's word ("on
   * Tuesday presented a budget of", "in Sunday's election with 26.3%", "bei der Wahl am Sonntag")
   * dates the act, and its figures hold as of the report (lib/extract/day-of-act.ts). "verb": its
   * words report the act and take a day anywhere in their clause; "noun": they name it and take a
   * day next to them.
   */
  figuresOutlastDay?: "verb" | "noun";
};

export const eventConcepts: EventConcept[] = [
  {
    key: "sign",
    label: { en: "signing", de: "Unterzeichnung" },
    needsObject: true,
    words: {
      de: ["unterzeichnet", "unterzeichnete", "unterzeichneten", "unterzeichnung", "unterschrieben", "unterschrieb", "schlossen", "schloss", "geschlossen", "geschlossene", "geschlossenen", "abgeschlossen", "abgeschlossene", "abgeschlossenen", "besiegelt", "besiegelte", "besiegelten"],
      en: ["signed", "signing", "concluded", "sealed", "inked", "signs"],
    },
  },
  {
    key: "confirm",
    label: { en: "confirmation", de: "Bestätigung" },
    question: { en: "Who confirmed it first?", de: "Wer hat es zuerst bestätigt?" },
    words: { de: ["bestätigte", "bestätigten", "bestätigt", "räumte ein", "räumten ein", "eingeräumt", "gab zu", "gaben zu", "zugegeben"], en: ["confirmed", "acknowledged", "admitted", "conceded"] },
    denials: { de: ["bestritt", "bestritten", "dementierte", "dementierten", "dementiert", "wies zurück", "wiesen zurück", "zurückgewiesen"], en: ["denied", "rejected", "dismissed"] },
  },
  { key: "announce", label: { en: "announcement", de: "Ankündigung" }, words: { de: ["kündigte an", "kündigten an", "angekündigt", "gab bekannt", "gaben bekannt", "bekanntgab", "bekanntgaben", "bekanntgegeben", "verkündete", "verkündet"], en: ["announced", "unveiled"] } },
  { key: "deploy", label: { en: "deployment", de: "Entsendung" }, words: { de: ["entsandt", "entsandte", "entsandten", "verlegt", "verlegte", "verlegten", "stationiert", "geschickt", "schickte", "schickten"], en: ["deployed", "dispatched", "sent"] } },
  { key: "collapse", label: { en: "collapse", de: "Einsturz" }, words: { de: ["brach", "brachen", "gebrochen", "stürzte ein", "stürzten ein", "eingestürzt", "einsturz", "dammbruch", "deichbruch", "barst"], en: ["collapsed", "burst", "breached", "gave way"] } },
  // When a storm, flood or earthquake struck: the moment of impact, whatever struck.
  {
    key: "struck",
    label: { en: "impact", de: "Eintreffen" },
    words: { de: ["traf auf land", "erreichte die küste", "zog über", "wütete", "erschütterte", "erschütterten", "erschüttert"], en: ["made landfall", "struck", "hit", "swept through", "swept away", "shook", "jolted", "rocked"] },
    // "das Beben vom Samstag", "Saturday's earthquake", "Ein Erdrutsch hat in der Nacht zum Mittwoch …".
    nouns: {
      de: ["erdbeben", "beben", "nachbeben", "erdrutsch", "hangrutsch", "murenabgang", "unwetter", "sturm", "orkan", "hochwasser", "überschwemmung", "überschwemmungen", "waldbrand", "lawine", "tornado", "taifun", "supertaifun", "hurrikan", "wirbelsturm", "zyklon"],
      en: ["earthquake", "quake", "aftershock", "landslide", "mudslide", "storm", "storms", "hurricane", "typhoon", "cyclone", "flood", "floods", "flooding", "wildfire", "avalanche", "tornado"],
    },
  },
  { key: "elect", label: { en: "election", de: "Wahl" }, words: { de: ["gewählt", "wählten", "wiedergewählt"], en: ["elected", "re-elected"] } },
  { key: "pass", label: { en: "adoption", de: "Beschluss" }, figuresOutlastDay: "verb", words: { de: ["beschlossen", "beschloss", "beschlossene", "verabschiedet", "verabschiedete", "verabschiedeten", "billigte", "gebilligt"], en: ["passed", "approved", "adopted", "enacted"] } },
  { key: "resign", label: { en: "resignation", de: "Rücktritt" }, words: { de: ["trat zurück", "zurückgetreten", "rücktritt"], en: ["resigned", "stepped down"] } },
  // A fire, an epidemic or a strike "broke out": it began.
  {
    key: "begin",
    label: { en: "start", de: "Beginn" },
    words: { de: ["begann", "begannen", "begonnen", "startete", "eröffnet", "ausgebrochen", "brach aus", "brachen aus"], en: ["began", "started", "opened", "launched", "broke out"] },
    ahead: { de: ["beginnt", "beginnen", "startet"], en: ["begins", "starts", "starting", "resume", "resumes"] },
  },
  { key: "end", label: { en: "end", de: "Ende" }, words: { de: ["endete", "beendet", "beendete"], en: ["ended", "concluded", "finished", "completed"] }, ahead: { de: ["endet", "enden"], en: ["ends"] } },
  { key: "arrive", label: { en: "arrival", de: "Ankunft" }, words: { de: ["traf ein", "trafen ein", "eingetroffen", "landete", "kam an", "kamen an"], en: ["arrived", "landed"] } },
  // The vote itself, dated by its noun: "won Sunday's snap election", "Bei der Wahl … hat am Sonntag
  // keiner die Mehrheit erreicht". German compounds are listed as news writes them (the trigger table
  // matches whole words); an English noun capitalized inside a name is passed over (see extractDates).
  {
    key: "vote",
    label: { en: "vote", de: "Abstimmung" },
    publicAct: true,
    figuresOutlastDay: "noun",
    words: {
      de: ["wahl", "wahlen", "neuwahl", "stichwahl", "wahlgang", "parlamentswahl", "landtagswahl", "bundestagswahl", "kommunalwahl", "gemeinderatswahl", "bürgerschaftswahl", "europawahl", "präsidentenwahl", "präsidentschaftswahl", "bürgermeisterwahl", "oberbürgermeisterwahl", "ob-wahl", "bürgerentscheid", "volksentscheid", "volksabstimmung", "referendum"],
      en: ["election", "elections", "snap election", "by-election", "runoff", "run-off", "referendum", "first round", "second round", "plebiscite"],
    },
  },
  // An official count published on a day, told apart from the vote it counts: "hat am Freitag das
  // amtliche Endergebnis festgestellt", "on Thursday published the final count".
  { key: "result", label: { en: "final result", de: "Endergebnis" }, publicAct: true, words: { de: ["endergebnis", "schlussergebnis", "endgültige ergebnis", "endgültigen ergebnis", "amtliche ergebnis", "amtlichen ergebnis"], en: ["final result", "final results", "final count", "official result", "official results"] } },
  // A budget, bill or report laid before parliament or the public: "hat am Dienstag das Budget
  // vorgelegt", "on Tuesday presented a 2026 budget". Without such an object the verbs say little.
  {
    key: "present",
    label: { en: "presentation", de: "Vorlage" },
    needsObject: true,
    publicAct: true,
    figuresOutlastDay: "verb",
    words: {
      // German participles stand before their noun too: "nach dem am Dienstag vorgelegten Entwurf".
      de: ["vorgelegt", "vorgestellt", "legte vor", "legten vor", "vorlegte", "vorlegten", "stellte vor", "stellten vor", "präsentierte", "präsentiert", "vorgelegte", "vorgelegten", "vorgestellte", "vorgestellten", "präsentierten"],
      en: ["presented", "tabled", "set out", "unveils", "presents"],
    },
  },
  // A report or an opinion made public on a day: "in a report published on Wednesday", "eine
  // Stellungnahme, die am Freitag veröffentlicht wurde". Without a document as object the verbs say
  // little ("figures released on Monday showed …").
  {
    key: "publish",
    label: { en: "publication", de: "Veröffentlichung" },
    needsObject: true,
    publicAct: true,
    words: { de: ["veröffentlicht", "veröffentlichte", "veröffentlichten"], en: ["published", "released"] },
  },
  // A draft or an estimate is a document of its day, and later figures are set against it: "gegenüber
  // dem Kabinettsentwurf vom Juni", "nach der Steuerschätzung vom Donnerstag", "than in September's
  // draft". Its noun names it; a day bound to the noun dates it. German compounds are listed whole.
  {
    key: "draft",
    label: { en: "draft", de: "Entwurf" },
    publicAct: true,
    words: { de: [], en: [] },
    nouns: {
      de: ["entwurf", "haushaltsentwurf", "kabinettsentwurf", "senatsentwurf", "regierungsentwurf", "budgetentwurf", "steuerschätzung"],
      en: ["draft", "draft budget", "budget draft"],
    },
  },
  // People who took to the streets or walked out on a day: "sind am Samstag Zehntausende auf die Straße
  // gegangen", "marched on Thursday", "Thursday's march", "Der Warnstreik hat am Dienstag …".
  {
    key: "protest",
    label: { en: "protest", de: "Protest" },
    publicAct: true,
    words: {
      de: ["demonstrierten", "demonstriert", "protestierten", "protestiert", "straße gegangen", "straßen gegangen"],
      en: ["marched", "rallied", "demonstrated", "protested", "took to the streets"],
    },
    nouns: {
      // German writes who protests and how big into the noun: "Großkundgebung", "Bauernprotest", "Massenproteste".
      de: ["protest", "proteste", "protesten", "demonstration", "demonstrationen", "großdemonstration", "kundgebung", "kundgebungen", "protestmarsch", "aktionstag", "großkundgebung", "massenkundgebung", "protestkundgebung", "massendemonstration", "massenprotest", "massenproteste", "bauernprotest", "bauernproteste", "sternfahrt", "blockade", "blockaden"],
      en: ["protest", "protests", "march", "marches", "rally", "rallies", "demonstration", "demonstrations", "day of action",
        // "Monday's blockade", "die Blockade am Montag": drivers and farmers protest by blocking roads.
        "blockade", "blockades"],
    },
    purposes: { de: ["protestieren", "demonstrieren"], en: ["protest", "demonstrate", "rally", "march"] },
  },
  {
    key: "strike",
    label: { en: "strike", de: "Streik" },
    publicAct: true,
    words: { de: ["streikten", "gestreikt", "arbeit nieder", "arbeit niedergelegt"], en: ["walked out", "walked off the job", "went on strike", "stopped work"] },
    nouns: { de: ["streik", "streiks", "warnstreik", "warnstreiks", "generalstreik", "ausstand"], en: ["strike", "strikes", "walkout", "walkouts", "stoppage"] },
    purposes: { de: ["streiken"], en: ["strike"] },
  },
  // A vessel turning over: "the ferry capsized late on Sunday", "Sunday's capsizing", "ist in der Nacht
  // zum Montag gekentert". Not "sank" or "overturned", which news says of prices and court rulings.
  {
    key: "capsize",
    label: { en: "capsizing", de: "Kentern" },
    words: { de: ["gekentert", "kenterte", "kenterten"], en: ["capsized", "capsizes"] },
    nouns: { de: ["kentern", "schiffsunglück", "fährunglück"], en: ["capsizing", "shipwreck"] },
  },
  { key: "attack", label: { en: "attack", de: "Angriff" }, words: { de: ["griff an", "griffen an", "angegriffen", "beschoss", "beschossen"], en: ["attacked", "shelled", "bombed"] } },
];

/** Objects of dated events, joined across languages for the facet label ("treaty" signing). */
export const eventObjects: { key: string; label: { en: string; de: string }; nouns: { de: string[]; en: string[] } }[] = [
  { key: "treaty", label: { en: "Treaty", de: "Vertrag" }, nouns: { de: ["Vertrag", "Abkommen", "Pakt", "Beistandspakt", "Vereinbarung", "Bündnis", "Partnerschaftsvertrag"], en: ["treaty", "pact", "agreement", "accord", "deal"] } },
  { key: "deployment", label: { en: "Deployment", de: "Entsendung" }, nouns: { de: ["Entsendung", "Einsatz", "Stationierung", "Truppenentsendung"], en: ["deployment", "presence"] } },
  { key: "budget", label: { en: "Budget", de: "Haushalt" }, nouns: { de: ["Haushalt", "Etat", "Budget", "Voranschlag", "Entwurf", "Haushaltsentwurf"], en: ["budget", "draft"] } },
  { key: "report", label: { en: "Report", de: "Bericht" }, nouns: { de: ["Bericht", "Studie", "Gutachten", "Prognose", "Stellungnahme"], en: ["report", "study", "forecast", "opinion"] } },
  { key: "law", label: { en: "Law", de: "Gesetz" }, nouns: { de: ["Gesetz", "Gesetzentwurf", "Reform"], en: ["law", "bill", "reform"] } },
  { key: "dam", label: { en: "Dam", de: "Damm" }, nouns: { de: ["Damm", "Deich", "Staudamm", "Talsperre"], en: ["dam", "levee", "dike", "dyke"] } },
];

/**
 * Parts of a budget, joined across languages so that "Verteidigungsausgaben" and "defence spending"
 * are one question: the front of a German compound or an English modifier, by its lemma.
 */
export const budgetAreas: { key: string; de: string[]; en: string[] }[] = [
  { key: "defence", de: ["Verteidigung", "Rüstung", "Bundeswehr", "Militär"], en: ["defence", "defense", "military", "armed forces"] },
  { key: "health", de: ["Gesundheit"], en: ["health", "healthcare"] },
  { key: "education", de: ["Bildung", "Schule"], en: ["education", "schools"] },
  { key: "social", de: ["Sozial", "Soziales", "Arbeit"], en: ["social", "welfare", "labour", "labor"] },
  { key: "interest", de: ["Zins", "Zinsen"], en: ["interest", "debt interest"] },
  { key: "infrastructure", de: ["Infrastruktur", "Verkehr"], en: ["infrastructure", "transport"] },
  { key: "core", de: ["Kern"], en: ["core"] },
  // "Personalausgaben", "staff costs", "personnel spending": what a budget pays its own people.
  { key: "staff", de: ["Personal"], en: ["staff", "personnel"] },
  // "Die Polizei erhält 2,1 Mrd. Euro", "police get €2.1bn": what a state pays for its police.
  { key: "police", de: ["Polizei"], en: ["police", "policing"] },
  // "Kulturetat", "culture budget", "arts funding".
  { key: "culture", de: ["Kultur"], en: ["culture", "arts"] },
  // "Geld für die Kitas", "money for childcare", "daycare centres get": day care for small children,
  // by its German short form too; English names it before the place that gives it ("childcare centres").
  { key: "childcare", de: ["Kita", "Kitas", "Kindertagesstätte", "Kindertagesstätten", "Kinderbetreuung", "Kindergarten", "Kindergärten"], en: ["childcare", "child care", "daycare", "day care", "nursery", "nurseries", "kindergarten", "kindergartens"] },
];

/**
 * Nouns for a whole sector, or the ministry that spends on it, that German glues after a budget
 * part ("Gesundheitswesen", "Bildungssystem", "Verteidigungsministerium"): the compound is the part
 * itself, as "health" is in "the health sector" or "the health ministry", which English writes
 * apart and reads by its modifier.
 */
export const budgetAreaSectorTails: string[] = ["wesen", "system", "sektor", "bereich", "ministerium", "ressort"];
