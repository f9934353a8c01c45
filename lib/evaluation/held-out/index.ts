import type { EvalEvent } from "../schema";
import { swissFederalBudget } from "./budget";
import { portugalWildfires } from "./disaster";
import { grazMunicipalElection } from "./election";
import { franceFarmersProtest } from "./protest";

/** The held-out part of the evaluation set: written after the rules, never looked at while tuning them. */
export const heldOutEvents: EvalEvent[] = [
  portugalWildfires,
  franceFarmersProtest,
  grazMunicipalElection,
  swissFederalBudget,
];

export { heldOutTraps } from "./traps";
