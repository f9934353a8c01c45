import type { EvalEvent, EvalTrap } from "../schema";
import { kvarkenFerryFire } from "./disaster";
import { leipzigMayoralElection } from "./election";
import { vorarlbergCheeseRecall } from "./recall";
import { dutchDockStrike } from "./strike";
import { traps } from "./traps";

/**
 * The twenty-second held-out set, written 2026-12-04 by someone who had not read the rules (nor opened the extractor)
 * and committed before its first run. Its events are of kinds and in places no earlier set used:
 * - other: a listeria recall of soft cheese from a dairy in Vorarlberg's Bregenzerwald (June 2045), the tonnes recalled
 *   by the food-safety agency against the dairy's figures, the countries supplied (one figure set aside), sick people
 *   per country rising against European totals, a German state's count above the national one and later below its own
 *   earlier count, deaths (one set denied by the dairy's lawyer), the cost of the recall and a fine;
 * - disaster: a fire on a ferry between Umeå and Vaasa in the Gulf of Bothnia (September 2045), the toll rising with
 *   Swedish police, the Finnish Border Guard and the operator disagreeing on the same day, missing and rescued, people
 *   on board by operator against manifest, the dead and rescued by nationality next to their wholes, dead and missing
 *   together, patients in hospital falling, the damage in euros;
 * - protest: a 48-hour dockworkers' strike in the Dutch ports (November 2045), strikers per port and nationwide by the
 *   union against the employers, a march in Rotterdam by police against the union next to a rally in Amsterdam, arrests
 *   at a blockade by police against the union and rising over two days, ships and barges waiting, losses of terminal
 *   operators against the port's wider damage and the union's lower figure;
 * - election: the first round of Leipzig's mayoral election (March 2045), two institutes' projections against each
 *   other, the provisional count and the official result, votes and shares credited to candidates, the winner's lead in
 *   points and votes, turnout against 2038, district shares next to the city's, invalid ballots after a recount, a
 *   campaign's and a party's figures against the count.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut22Events: EvalEvent[] = [vorarlbergCheeseRecall, kvarkenFerryFire, dutchDockStrike, leipzigMayoralElection];
export const heldOut22Traps: EvalTrap[] = traps;
