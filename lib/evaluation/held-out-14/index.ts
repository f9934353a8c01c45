import type { EvalEvent, EvalTrap } from "../schema";
import { munichBudget } from "./budget";
import { izmirEarthquake } from "./disaster";
import { salzburgElection } from "./election";
import { zagrebHealthMarch } from "./protest";
import { traps } from "./traps";

/**
 * The fourteenth held-out set, written 2026-12-03 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run:
 * - an earthquake in Turkey's Izmir province (2034), the toll rising over four days, AFAD against the health ministry, Bayraklı and Buca against the province;
 * - a healthcare workers' strike and march in Zagreb with side rallies in Split and Rijeka, police, union and a counting initiative apart;
 * - the Salzburg state election of 2033, from two institutes' projections through the count without postal votes to the final result;
 * - the city of Munich's 2034 budget, from the draft to its passage, with the opposition and the chamber of commerce disputing debt and deficit.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut14Events: EvalEvent[] = [izmirEarthquake, zagrebHealthMarch, salzburgElection, munichBudget];
export const heldOut14Traps: EvalTrap[] = traps;
