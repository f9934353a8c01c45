import { describe, expect, test } from "vitest";
import { z } from "zod";
import { heldOutEvents, heldOutTraps } from "./held-out";
import { heldOut2Events, heldOut2Traps } from "./held-out-2";
import { heldOut3Events, heldOut3Traps } from "./held-out-3";
import { heldOut4Events, heldOut4Traps } from "./held-out-4";
import { heldOut5Events, heldOut5Traps } from "./held-out-5";
import { heldOut6Events, heldOut6Traps } from "./held-out-6";
import { heldOut7Events, heldOut7Traps } from "./held-out-7";
import { heldOut8Events, heldOut8Traps } from "./held-out-8";
import { heldOut9Events, heldOut9Traps } from "./held-out-9";
import { heldOut10Events, heldOut10Traps } from "./held-out-10";
import { heldOut11Events, heldOut11Traps } from "./held-out-11";
import { heldOut12Events, heldOut12Traps } from "./held-out-12";
import { heldOut13Events, heldOut13Traps } from "./held-out-13";
import { heldOut14Events, heldOut14Traps } from "./held-out-14";
import { heldOut15Events, heldOut15Traps } from "./held-out-15";
import { heldOut16Events, heldOut16Traps } from "./held-out-16";
import { heldOut17Events, heldOut17Traps } from "./held-out-17";
import { heldOut18Events, heldOut18Traps } from "./held-out-18";
import { heldOut19Events, heldOut19Traps } from "./held-out-19";
import { heldOut20Events, heldOut20Traps } from "./held-out-20";
import { heldOut21Events, heldOut21Traps } from "./held-out-21";
import { heldOut22Events, heldOut22Traps } from "./held-out-22";
import { evalEventSchema, evalTrapSchema, type EvalEvent, type EvalTrap } from "./schema";
import { tuningEvents, tuningTraps } from "./tuning";

// A label whose quote is not in its text, or a pair naming a claim that does not exist, makes the
// benchmark score something other than what the set says; check the data, not the engine.
const sets: { name: string; events: EvalEvent[]; traps: EvalTrap[] }[] = [
  { name: "tuning", events: tuningEvents, traps: tuningTraps },
  { name: "held-out", events: heldOutEvents, traps: heldOutTraps },
  { name: "held-out-2", events: heldOut2Events, traps: heldOut2Traps },
  { name: "held-out-3", events: heldOut3Events, traps: heldOut3Traps },
  { name: "held-out-4", events: heldOut4Events, traps: heldOut4Traps },
  { name: "held-out-5", events: heldOut5Events, traps: heldOut5Traps },
  { name: "held-out-6", events: heldOut6Events, traps: heldOut6Traps },
  { name: "held-out-7", events: heldOut7Events, traps: heldOut7Traps },
  { name: "held-out-8", events: heldOut8Events, traps: heldOut8Traps },
  { name: "held-out-9", events: heldOut9Events, traps: heldOut9Traps },
  { name: "held-out-10", events: heldOut10Events, traps: heldOut10Traps },
  { name: "held-out-11", events: heldOut11Events, traps: heldOut11Traps },
  { name: "held-out-12", events: heldOut12Events, traps: heldOut12Traps },
  { name: "held-out-13", events: heldOut13Events, traps: heldOut13Traps },
  { name: "held-out-14", events: heldOut14Events, traps: heldOut14Traps },
  { name: "held-out-15", events: heldOut15Events, traps: heldOut15Traps },
  { name: "held-out-16", events: heldOut16Events, traps: heldOut16Traps },
  { name: "held-out-17", events: heldOut17Events, traps: heldOut17Traps },
  { name: "held-out-18", events: heldOut18Events, traps: heldOut18Traps },
  { name: "held-out-19", events: heldOut19Events, traps: heldOut19Traps },
  { name: "held-out-20", events: heldOut20Events, traps: heldOut20Traps },
  { name: "held-out-21", events: heldOut21Events, traps: heldOut21Traps },
  { name: "held-out-22", events: heldOut22Events, traps: heldOut22Traps },
];

const count = (text: string, quote: string) => text.split(quote).length - 1;

describe.each(sets)("the $name evaluation set", ({ events, traps }) => {
  test("has the shape schema.ts gives it", () => {
    expect(() => z.array(evalEventSchema).parse(events)).not.toThrow();
    expect(() => z.array(evalTrapSchema).parse(traps)).not.toThrow();
  });

  test("quotes every label from its text, naming which occurrence when a quote repeats", () => {
    const wrong = events.flatMap((event) =>
      event.articles.flatMap((article) =>
        article.claims.flatMap((claim) => {
          const n = count(article.text, claim.quote);
          const ok = n > 0 && (claim.occurrence ? claim.occurrence <= n : n === 1);
          return ok ? [] : [`${event.id} ${article.id}#${claim.id} "${claim.quote}" occurs ${n}×`];
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });

  test("pairs name claims that exist, and each event labels conflicts and non-conflicts", () => {
    for (const event of events) {
      const ids = new Set(event.articles.flatMap((a) => a.claims.map((c) => `${a.id}#${c.id}`)));
      const dangling = event.pairs.flatMap((p) => [p.a, p.b]).filter((id) => !ids.has(id));
      expect(dangling, event.id).toEqual([]);
      expect(ids.size, `${event.id}: claim ids are unique within an article`).toBe(event.articles.reduce((n, a) => n + a.claims.length, 0));
      expect(event.pairs.some((p) => p.conflicting), event.id).toBe(true);
      expect(event.pairs.some((p) => !p.conflicting), event.id).toBe(true);
    }
  });
});
