import type { EvalEvent, EvalTrap } from "../schema";
import { irelandBudget } from "./budget";
import { bratislavaGasExplosion } from "./disaster";
import { brandenburgElection } from "./election";
import { budapestStudentMarch } from "./protest";
import { traps } from "./traps";

/**
 * The seventeenth held-out set, written 2026-12-04 by someone who had not read the rules (nor opened the
 * extractor, the comparer or the places code) and committed before its first run:
 * - a gas explosion that brings down part of an apartment block in Bratislava's Petržalka district (2038), the toll rising from four to sixteen over three days, the fire brigade against city hall on the same day, the University Hospital's injured next to the city's total, the district office's evacuees above the city's figure, damage and aid in euros;
 * - students marching in Budapest against tuition fees (2037) with side rallies in Debrecen and Szeged, police, the organisers and a counting group apart, arrests rising from seven to twelve, the interior ministry's national total below the counting group's Budapest figure, the minister setting the organisers' figure aside;
 * - Brandenburg's state election of 2039, from two institutes' projections through the provisional result to the final result, turnout, shares with changes in percentage points, seats, voter flows set aside by a party;
 * - Ireland's budget for 2038, from a leak through the finance minister's speech and the opposition's and the ESRI's doubts to the Fiscal Advisory Council's assessment, the surplus, spending by area, tax measures and percent changes disputed.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut17Events: EvalEvent[] = [bratislavaGasExplosion, budapestStudentMarch, brandenburgElection, irelandBudget];
export const heldOut17Traps: EvalTrap[] = traps;
