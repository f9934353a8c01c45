import type { EvalEvent, EvalTrap } from "../schema";
import { germanBudget, ukBudget } from "./budget";
import { bavariaFlood } from "./disaster";
import { bremenElection } from "./election";
import { hospitalProtests } from "./protest";
import { traps } from "./traps";

/** The tuning part of the evaluation set: may be looked at while writing the rules (GUIDE.md). */
export const tuningEvents: EvalEvent[] = [bavariaFlood, hospitalProtests, bremenElection, germanBudget, ukBudget];

export const tuningTraps: EvalTrap[] = traps;
