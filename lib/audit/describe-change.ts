/** One line saying what a recorded change did, for the history page. */
export function describeChange(change: {
  action: "create" | "update" | "delete" | "restore";
  entityType: string;
  before: unknown;
  after: unknown;
}): string {
  const what = change.entityType === "revision" ? "article revision" : change.entityType;
  const before = asRecord(change.before);
  const after = asRecord(change.after);
  const name = after.label ?? after.title ?? after.quote ?? before.label ?? before.title ?? before.quote;
  const named = typeof name === "string" ? ` “${name.length > 60 ? `${name.slice(0, 60)}…` : name}”` : "";
  if (change.action === "update") {
    // The version changes with every update: it says nothing a person needs to read here.
    const changed = Object.keys(after).filter((key) => key !== "version" && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    const detail = changed
      .slice(0, 3)
      .map((key) => `${FIELD_WORDS[key] ?? key}: ${short(before[key])} → ${short(after[key])}`)
      .join("; ");
    return `changed ${what}${named}${detail ? ` (${detail})` : ""}`;
  }
  const verb = { create: "added", delete: "removed", restore: "restored" }[change.action];
  return `${verb} ${what}${named}`;
}

// The stored names of a claim's fields as a fact-checker says them; any other key is shown as stored.
const FIELD_WORDS: Record<string, string> = {
  attribution: "claimant",
  scope: "place",
  counted: "counted",
  asOf: "as of",
  asOfTo: "as of, to",
  asOfTime: "hour",
  figureStatus: "stage",
  minValue: "lowest",
  maxValue: "highest",
  minInclusive: "lowest included",
  maxInclusive: "highest included",
  valueText: "value",
  valueKind: "kind of value",
  dateFrom: "from",
  dateTo: "to",
  datePrecision: "precision",
};

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function short(value: unknown): string {
  if (value === null || value === undefined) return "none";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
