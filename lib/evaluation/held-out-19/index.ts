import type { EvalEvent, EvalTrap } from "../schema";
import { latviaBudget } from "./budget";
import { aostaMudslides } from "./disaster";
import { mecklenburgElection } from "./election";
import { copenhagenCareMarch } from "./protest";
import { traps } from "./traps";

/**
 * The nineteenth held-out set, written 2026-12-04 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run:
 * - mudslides after storms in Italy's Aosta Valley (October 2041), the toll rising from three to eleven or twelve over three days as the missing are found, the regional president against the fire service and the civil protection agency against the mountain rescue on the same day, a village's evacuees above the region's total, destroyed houses revised down, damage and aid in euros;
 * - care workers marching in Copenhagen (March 2040) with side rallies in Aarhus and Odense, police, the union and a university counting team apart, the police raising their own figure, the union's Copenhagen figure above the team's three-city total, arrests rising from three to seven, strikers disputed, the minister setting the union's figure aside, a pay demand in kroner against an offer in percent;
 * - Mecklenburg-Vorpommern's state election of 2042, from two institutes' projections through the provisional result (two outlets splitting seats differently) to the final result, turnout, shares with changes in points, seats, postal votes as a count and a share, a candidate's first votes, a margin and a denied miscount;
 * - Latvia's budget for 2041, from a leaked draft through the cabinet, the fiscal council's warning and the budget committee's reallocations to the Saeima vote (54 or 55 in favour), spending, revenue, the deficit in % of GDP and in euros, defence for 2041 against 2040, borrowing disputed, cuts, excise rises.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut19Events: EvalEvent[] = [aostaMudslides, copenhagenCareMarch, mecklenburgElection, latviaBudget];
export const heldOut19Traps: EvalTrap[] = traps;
