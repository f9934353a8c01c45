import { z } from "zod";
import { extractEventClaims } from "@/lib/db/extract-event-claims";
import { extractOnThreads } from "@/lib/worker/extract-on-threads";
import { findEventBySlug } from "@/lib/db/events";
import { eventSlugSchema } from "@/lib/events/schema";
import { defineCommand } from "../lib/command";
import { withDatabase } from "../lib/with-database";

export const extractCommand = defineCommand({
  name: "extract",
  summary: "find the claims in an event's articles and propose facets",
  usage: `Usage: claimdiff extract --event <slug>

Finds figures, dates and who said them in the latest revision of every article of the event,
and files them under proposed facets. Running it again changes only what the machine proposed
and nobody reviewed: confirmed, rejected, moved and hand-made claims, renamed and dismissed
facets stay as people left them.

Options:
  --event <slug>   the event whose articles to read
  -h, --help       show this help`,
  options: { event: { type: "string" } },
  allowPositionals: false,
  schema: z.object({ event: eventSlugSchema }),
  async run({ event }) {
    return withDatabase(async () => {
      const found = await findEventBySlug(event);
      if (!found) {
        console.error(`No event "${event}". Import articles into it first.`);
        return 1;
      }
      const summary = await extractEventClaims(found.id, "cli", { extractMany: (inputs) => extractOnThreads(inputs) });
      for (const skip of summary.skipped) console.error(`- skipped "${skip.title}": ${skip.reason}`);
      console.log(
        `Read ${summary.articles} article(s) of "${event}": ${summary.claimsCreated} new claim(s), ` +
          `${summary.claimsKept} kept${summary.claimsRefreshed ? ` (${summary.claimsRefreshed} read anew)` : ""}, ${summary.claimsRemoved} removed, ${summary.facetsCreated} new facet(s).`,
      );
      return 0;
    });
  },
});
