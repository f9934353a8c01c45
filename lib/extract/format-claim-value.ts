import type { ClaimValue } from "@/lib/claims/schema";
import { formatInterval } from "./format-interval";

/**
 * A normalized value in one line, for hovers, reasons and test tables: "[9000, 10000)" for a
 * quantity, "2024-06-01..2024-06-30 month" for a date, the text itself for text.
 */
export function formatClaimValue(v: ClaimValue): string {
  if (v.kind === "quantity") return formatInterval(v);
  if (v.kind === "date") return `${v.from}..${v.to} ${v.precision}`;
  return v.text;
}
