import type { EvalEvent, EvalTrap } from "../schema";
import { algarveWildfire } from "./disaster";
import { ortenauMeasles } from "./outbreak";
import { germanAirportStrike } from "./strike";
import { traps } from "./traps";
import { armeniaAzerbaijanExchange } from "./war";

/**
 * The twenty-first held-out set, written 2026-12-04 by someone who had not read the rules (nor opened the extractor)
 * and committed before its first run. Like set 20 it tests events of kinds the earlier sets rarely hold:
 * - other: a measles outbreak in the Ortenau district of Baden-Württemberg (February 2044), confirmed cases rising
 *   day by day against a parents' group's higher counts, a town's mayor against the ministry's figure for his town,
 *   patients in hospital and intensive care, schools and kindergartens closed, vaccinations since a date, two deaths;
 * - war: a prisoner exchange between Armenia and Azerbaijan under a ceasefire (May 2044), Yerevan's and Baku's counts
 *   of the prisoners released and still held, each side's count of the other's ceasefire violations, mortar rounds on
 *   a village, soldiers and civilians killed and wounded, the EU monitors' incident count rising;
 * - other: a warning strike at seven German airports (March 2044), flights cancelled per airport and nationwide as the
 *   count rises through the day, passengers affected, strikers counted by the union against airports and employers
 *   (one figure set aside), the cost to Lufthansa and to all airlines revised, the pay demand and offer;
 * - disaster: a wildfire in the Algarve's Serra de Monchique (August 2044), burned hectares from the civil protection
 *   agency against satellite systems and an NGO, evacuees with a municipality's share, houses destroyed by mayors
 *   against the agency and the minister (a part exceeding its whole), two dead and a third denied, damage and aid.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut21Events: EvalEvent[] = [ortenauMeasles, armeniaAzerbaijanExchange, germanAirportStrike, algarveWildfire];
export const heldOut21Traps: EvalTrap[] = traps;
