import type { RuleWords } from "./rule-words";

/**
 * Nouns that count vehicles, not people: "4,000 taxis had joined", "1.200 Taxis beteiligten sich",
 * "600 tractors took part". Protests by drivers and farmers are counted in vehicles as often as in
 * people; what the sentence says the vehicles did is said of their drivers, and the count stays one
 * of vehicles (`lib/extract/is-vehicle-count.ts`). Base forms; the lemmatizer finds the rest.
 */
export const VEHICLE_NOUNS: RuleWords = {
  de: [
    "Taxi", "Taxis", "Auto", "Autos", "Fahrzeug", "Fahrzeuge", "Wagen", "Pkw", "Lkw", "Lastwagen", "Laster", "Traktor", "Traktoren",
    "Trecker", "Schlepper", "Bus", "Busse", "Reisebus", "Reisebusse", "Boot", "Boote", "Motorrad", "Motorräder", "Fahrrad", "Fahrräder",
    "Transporter", "Lieferwagen",
  ],
  en: [
    "taxi", "taxis", "cab", "cabs", "car", "cars", "vehicle", "vehicles", "truck", "trucks", "lorry", "lorries", "tractor", "tractors",
    "bus", "buses", "coach", "coaches", "van", "vans", "boat", "boats", "motorbike", "motorbikes", "motorcycle", "motorcycles",
    "bicycle", "bicycles", "bike", "bikes",
  ],
};
