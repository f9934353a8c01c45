import type { EvalEvent } from "../schema";
import { polandBudget2027 } from "./budget";
import { nepalLandslides } from "./disaster";
import { swissChildcareVote } from "./election";
import { franceBenefitStrike } from "./protest";

/**
 * The third held-out set, written on 2026-12-01 by someone who had not read the extraction rules (or
 * run the extractor) while writing it: no rule has been written from it, and its misses are not listed.
 */
export const heldOut3Events: EvalEvent[] = [nepalLandslides, franceBenefitStrike, swissChildcareVote, polandBudget2027];

export { heldOut3Traps } from "./traps";
