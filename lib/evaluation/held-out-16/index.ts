import type { EvalEvent, EvalTrap } from "../schema";
import { belgiumBudget } from "./budget";
import { thessalyFlashFlood } from "./disaster";
import { upperAustriaElection } from "./election";
import { warsawTractorProtest } from "./protest";
import { traps } from "./traps";

/**
 * The sixteenth held-out set, written 2026-12-03 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run:
 * - a flash flood in Greece's Thessaly region (2036), the toll rising over four days, the fire service against the regional governor and the Larissa hospital, Karditsa and Trikala against the region, evacuees, damaged houses and aid;
 * - a farmers' tractor protest in Warsaw with side rallies in Kraków and Poznań (2035), police, the farmers' union and a counting institute apart, tractors counted, arrests rising, the ministry's national total below the institute's Warsaw figure;
 * - the Upper Austria state election of 2037, from two institutes' projections through the count without postal votes to the final result, the governor setting a loss aside;
 * - Belgium's federal budget for 2037, from a leak through the government's presentation to the Chamber's vote, with the Federal Planning Bureau and the Court of Audit disputing deficit, debt and savings.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut16Events: EvalEvent[] = [thessalyFlashFlood, warsawTractorProtest, upperAustriaElection, belgiumBudget];
export const heldOut16Traps: EvalTrap[] = traps;
