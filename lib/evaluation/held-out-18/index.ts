import type { EvalEvent, EvalTrap } from "../schema";
import { lithuaniaBudget } from "./budget";
import { southTyrolRockfall } from "./disaster";
import { saxonyAnhaltElection } from "./election";
import { lisbonFarmersMarch } from "./protest";
import { traps } from "./traps";

/**
 * The eighteenth held-out set, written 2026-12-04 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run:
 * - a rockfall that buries part of the mountain village of Oberplatt in South Tyrol (2040), the toll rising from two to eleven over three days as the missing turn into dead, the mountain rescue against the provincial government on the same day, the neighbouring village's evacuees above the province's total, damage and aid in euros;
 * - farmers and fishers marching in Lisbon against an EU quota deal (2039) with side rallies in Porto and Faro, police, the organisers and a university counting team apart, arrests rising from four to nine in Lisbon and eleven in all, the counting team's national figure below the organisers' Lisbon one, the agriculture minister setting the organisers' figure aside;
 * - Saxony-Anhalt's state election of 2041, from two institutes' projections through the provisional result to the final result, turnout, shares with changes in points, seats in a parliament that grows from 92 to 94, the CDU lead candidate's own share of first votes;
 * - Lithuania's budget for 2040, from a leaked draft through the finance minister's presentation and the budget committee's changes to the Seimas vote, the deficit in % of GDP for 2040 against 2039, defence, health and education, tax measures and cuts, percent changes disputed.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut18Events: EvalEvent[] = [southTyrolRockfall, lisbonFarmersMarch, saxonyAnhaltElection, lithuaniaBudget];
export const heldOut18Traps: EvalTrap[] = traps;
