import type { EvalEvent, EvalTrap } from "../schema";
import { canadaBudget } from "./budget";
import { queenslandCyclone } from "./disaster";
import { saarlandElection } from "./election";
import { vilniusUniversityMarch } from "./protest";
import { traps } from "./traps";

/**
 * The twelfth held-out set, written 2026-12-03 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run: a cyclone in
 * Queensland with a rising toll, marches in Vilnius, Kaunas and Klaipėda against university mergers,
 * the Saarland state election of 2032 from projections to a corrected result, and Canada's 2034-35
 * federal budget in Canadian dollars. Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut12Events: EvalEvent[] = [queenslandCyclone, vilniusUniversityMarch, saarlandElection, canadaBudget];

export const heldOut12Traps: EvalTrap[] = traps;
