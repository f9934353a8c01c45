import { z } from "zod";
import { reindexEvents } from "@/lib/db/reindex-events";
import { eventSlugSchema } from "@/lib/events/schema";
import { defineCommand } from "../lib/command";
import { withDatabase } from "../lib/with-database";

export const reindexCommand = defineCommand({
  name: "reindex",
  summary: "bring the search index and copy groups up to date",
  usage: `Usage: claimdiff reindex [--event <slug>]

Indexes for search every article text not yet indexed, fingerprints it, and regroups the copies
of each event (articles that carry one text). Imports do this as they go; run it after an upgrade
that added search, or to repair an import that stopped half-way. Running it again changes nothing.

Options:
  --event <slug>   only this event
  -h, --help       show this help`,
  options: { event: { type: "string" } },
  allowPositionals: false,
  schema: z.object({ event: eventSlugSchema.optional() }),
  async run({ event }) {
    return withDatabase(async () => {
      const slugs = await reindexEvents("cli", event);
      if (event && slugs.length === 0) {
        console.error(`No event "${event}".`);
        return 1;
      }
      console.log(`Indexed ${slugs.length} event(s).`);
      return 0;
    });
  },
});
