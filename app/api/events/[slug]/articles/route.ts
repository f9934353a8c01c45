import { getEventOrThrow } from "@/lib/api/get-event-or-throw";
import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { parseArticleFile } from "@/lib/articles";
import { importArticle } from "@/lib/db/import-article";
import { AppError } from "@/lib/errors";

// POST /api/events/{slug}/articles – import one article file (the raw .txt or .md as the body)
export const POST = handle(operations.importArticle, async ({ params, body, user }) => {
  const event = await getEventOrThrow(params.slug);
  const parsed = parseArticleFile(body);
  if (!parsed.ok) throw new AppError("INVALID", `The article was refused: ${parsed.reason}.`);
  return importArticle(event.id, parsed.article, user.id);
});
