import type { EvalEvent, EvalTrap } from "../schema";
import { stadeChemicalFire } from "./disaster";
import { helvagJobCuts } from "./jobcuts";
import { hesseRansomware } from "./ransomware";
import { traps } from "./traps";
import { odesaStrikes } from "./war";

/**
 * The twentieth held-out set, written 2026-12-04 by someone who had not read the rules (nor opened the extractor)
 * and committed before its first run. Unlike sets 1–19 it tests events of other kinds:
 * - war: drone and missile strikes on Odesa (March 2043), the governor, the mayor, the emergency service, the UN and
 *   Moscow counting dead and injured apart, the air force revising drones launched and downed, analysts' higher count,
 *   a second wave with its own toll, damage in dollars and euros;
 * - other: a ransomware attack on hospitals and the state administration in Hesse (June 2043), servers encrypted
 *   (rounded and exact), patients whose data was taken (the attackers against the hospital group, denied, the police),
 *   the ransom in euros, dollars and bitcoin, days offline, cost rising;
 * - other: the carmaker Helvag cutting jobs in Saarlouis and Valladolid (September 2043), company against union figures
 *   per plant, a denied count, a works meeting and a rally counted apart, an offer and the final deal;
 * - disaster: an explosion and fire at a chemical plant in Stade (November 2043), injured rising and disputed, a missing
 *   worker found dead, evacuees counted by town and district, people told to stay indoors, damage in euros.
 * Never tuned on; its misses are not printed (GUIDE.md).
 */
export const heldOut20Events: EvalEvent[] = [odesaStrikes, hesseRansomware, helvagJobCuts, stadeChemicalFire];
export const heldOut20Traps: EvalTrap[] = traps;
