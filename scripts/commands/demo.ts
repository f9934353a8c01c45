import { z } from "zod";
import { defineCommand } from "../lib/command";
import { loadDemo } from "../lib/load-demo";
import { withDatabase } from "../lib/with-database";

export const demoCommand = defineCommand({
  name: "demo",
  summary: "load the demo event (--reset reloads it)",
  usage: `Usage: claimdiff demo [--reset]

Loads the demo event (invented outlets, German and English articles; see prisma/demo/README.md),
finds its claims, and adds a few editors' notes and a verdict. Loading twice changes nothing.

Options:
  --reset      delete the demo event and everything in it, then load it afresh
  -h, --help   show this help`,
  options: { reset: { type: "boolean", default: false } },
  allowPositionals: false,
  schema: z.object({ reset: z.boolean() }),
  async run({ reset }) {
    return withDatabase(async () => {
      const { slug, summary, extraction, notes } = await loadDemo({ reset });
      const { created, revised, unchanged, refused } = summary.counts;
      console.log(
        `Demo event "${slug}": ${created} new, ${revised} revised, ${unchanged} unchanged, ${refused} refused; ` +
          `${extraction.facetsCreated} facets and ${extraction.claimsCreated} claims found` +
          `${notes.notes ? `; ${notes.notes} editors' notes${notes.verdict ? " and a verdict" : ""}` : ""}.`,
      );
      return refused > 0 ? 2 : 0;
    });
  },
});
