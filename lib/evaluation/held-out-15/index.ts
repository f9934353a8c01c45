import type { EvalEvent, EvalTrap } from "../schema";
import { netherlandsBudget } from "./budget";
import { cataloniaWildfires } from "./disaster";
import { burgenlandElection } from "./election";
import { madridPensionMarch } from "./protest";
import { traps } from "./traps";

/**
 * The fifteenth held-out set, written 2026-12-03 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run:
 * - wildfires in Catalonia (2034), the toll rising over four days, civil protection against the fire service and the regional government, Alt Empordà, Ribera d'Ebre, La Jonquera and Flix against the region, burned hectares;
 * - a pensioners' march in Madrid with side rallies in Barcelona and Valencia (2035), the government's delegation, the organisers and a counting firm apart, arrests rising;
 * - the Burgenland state election of 2035, from two institutes' projections through the count without postal votes to the final result;
 * - the Netherlands' national budget for 2036, from a leak through Prinsjesdag to the budget office's forecast, with the Council of State, the CPB and the opposition disputing deficit, debt and cuts.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut15Events: EvalEvent[] = [cataloniaWildfires, madridPensionMarch, burgenlandElection, netherlandsBudget];
export const heldOut15Traps: EvalTrap[] = traps;
