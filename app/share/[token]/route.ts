import { FileBody } from "@/lib/api/file-body";
import { findEventSlugByShareToken } from "@/lib/db/share-links";
import { loadReportInput } from "@/lib/db/load-event-export";
import { appUrl } from "@/lib/env";
import { renderReport } from "@/lib/report/render-report";
import { reportLanguageSchema, reportOptionsSchema } from "@/lib/report/schema";
import { shareTokenSchema } from "@/lib/share/share-token";

export const dynamic = "force-dynamic";

// GET /share/[token] – the event's HTML report behind a live share link, and nothing else;
// ?format=pdf is the same report as a PDF, ?language=de its German edition.
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const token = shareTokenSchema.safeParse((await params).token);
  const slug = token.success ? await findEventSlugByShareToken(token.data) : null;
  const input = slug ? await loadReportInput(slug) : null;
  if (!input) {
    return new Response("<!doctype html><title>Not found</title><p>This link does not open a report: it expired, was revoked, or never existed.</p>", {
      status: 404,
      headers: { "Content-Type": "text/html; charset=utf-8", "X-Robots-Tag": "noindex" },
    });
  }
  const query = new URL(request.url).searchParams;
  const language = reportLanguageSchema.catch("en").parse(query.get("language") ?? undefined);
  const format = query.get("format") === "pdf" ? "pdf" : "html";
  const report = renderReport(format, {
    input,
    options: reportOptionsSchema.parse({ language }),
    generatedAt: new Date().toISOString(),
    baseUrl: appUrl(),
    share: { pdfHref: `?format=pdf${language === "en" ? "" : `&language=${language}`}` },
  });
  const response = new FileBody(report.chunks, report.mediaType, report.fileName, format === "html" ? "inline" : "attachment").toResponse();
  response.headers.set("X-Robots-Tag", "noindex");
  return response;
}
