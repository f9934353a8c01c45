import type { EvalEvent, EvalTrap } from "../schema";
import { budapestBudget } from "./budget";
import { nepalLandslide } from "./disaster";
import { tyrolElection } from "./election";
import { belgradeWaterMarch } from "./protest";
import { traps } from "./traps";

/**
 * The thirteenth held-out set, written 2026-12-03 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run:
 * - a monsoon landslide above Melamchi in Nepal's Sindhupalchok district, with a second slide on the
 *   Araniko Highway, its toll rising over four days (August 2033);
 * - a march in Belgrade against a water concession law, with side rallies in Novi Sad, Niš,
 *   Kragujevac and Vienna, police, organisers and an independent counting group disagreeing (March 2032);
 * - Tyrol's state election, from two institutes' projections through the count without postal votes
 *   to the final result, with Innsbruck's results (February–March 2033);
 * - Budapest's 2033 city budget in forints, from the draft to its passage, the city and the finance
 *   ministry disagreeing on the deficit (November–December 2032).
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut13Events: EvalEvent[] = [nepalLandslide, belgradeWaterMarch, tyrolElection, budapestBudget];

export const heldOut13Traps: EvalTrap[] = traps;
