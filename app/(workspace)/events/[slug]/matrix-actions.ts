"use server";

import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { findClaimQuotes } from "@/lib/db/claims";

// A row of the matrix holds at most one page of columns' claims; more ids than that is not a row.
const rowClaimIdsSchema = z.array(z.uuid()).max(200);

/**
 * POST (server action) – the quotes of one matrix row's claims, as their cells' tooltips
 * ("quote" — claimant), by claim id. The overview leaves the quotes out of the page (hundreds of
 * cells); the table asks for a row's when a cell of it is first pointed at or focused.
 */
export async function rowQuotesAction(form: FormData): Promise<Record<string, string>> {
  await authorize("viewer");
  // A form of ids, as every action of the app takes a form (lib/http/check-action-request.ts).
  const parsed = rowClaimIdsSchema.safeParse(form.getAll("id"));
  if (!parsed.success) return {};
  const claims = await findClaimQuotes(parsed.data);
  return Object.fromEntries(claims.map((claim) => [claim.id, `“${claim.quote}”${claim.attribution ? ` — ${claim.attribution}` : ""}`]));
}
