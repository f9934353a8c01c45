import "server-only";
import type { DbClient, Prisma } from "./client";
import { insertRows } from "./insert-rows";
import { claimAsOfSelect, claimValueSelect } from "./selects";

// Re-reading what nobody has decided about yet: a newer release reads the same words better.

/** What extraction reads of a claim, as stored: the columns a newer reading of the same words may change. */
export const machineReadingSelect = {
  ...claimValueSelect,
  scope: true,
  counted: true,
  ...claimAsOfSelect,
  attribution: true,
  certainty: true,
  figureStatus: true,
  rule: true,
} as const satisfies Prisma.ClaimSelect;

type ReadingColumns = { [K in keyof typeof machineReadingSelect]?: unknown };

/** The reading as plain values (numbers, ISO days, strings or null), so two readings compare as JSON. */
export function plainReading(row: ReadingColumns): Record<keyof typeof machineReadingSelect, string | number | boolean | null> {
  const plain = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? null : typeof v === "object" ? Number(String(v)) : (v as string | number | boolean));
  const out = {} as Record<keyof typeof machineReadingSelect, string | number | boolean | null>;
  for (const key of Object.keys(machineReadingSelect) as (keyof typeof machineReadingSelect)[]) out[key] = plain(row[key]);
  return out;
}

/**
 * A claim the machine read again differently: its id, the version read, and both readings; `facet`
 * when the newer reading files it under another facet ("acht Italiener": "Italian dead", no longer
 * "Dead among Italiener").
 */
export type MachineRefresh = {
  id: string;
  version: number;
  quote: string;
  before: ReturnType<typeof plainReading>;
  after: ReturnType<typeof plainReading>;
  facet?: { before: string | null; after: string };
};

/**
 * Writes the newer readings over machine claims nobody has reviewed or corrected yet, each only if
 * it is still at the version read and still awaiting review (a person who saved in the meantime
 * wins), with an audit entry giving the fields before and after. One statement for the claims, one
 * for the audit entries. Returns the ids written.
 */
export async function refreshMachineClaims(tx: DbClient, refreshes: readonly MachineRefresh[], audit: { actor: string; eventId: string }): Promise<Set<string>> {
  if (refreshes.length === 0) return new Set();
  const rows = refreshes.map((r) => ({ id: r.id, version: r.version, ...r.after, facetId: r.facet?.after ?? null }));
  const written = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "claim" c SET
      value_kind = s."valueKind"::value_kind, min_value = s."minValue", max_value = s."maxValue",
      min_inclusive = s."minInclusive", max_inclusive = s."maxInclusive", unit = s.unit,
      date_from = s."dateFrom", date_to = s."dateTo", date_precision = s."datePrecision"::date_precision,
      value_text = s."valueText", scope = s.scope, counted = s.counted, as_of = s."asOf", as_of_to = s."asOfTo",
      as_of_time = s."asOfTime", attribution = s.attribution, certainty = s.certainty::certainty,
      figure_status = s."figureStatus", rule = s.rule, facet_id = COALESCE(s."facetId", c.facet_id), version = c.version + 1, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS s(
      id uuid, version int, "valueKind" text, "minValue" numeric, "maxValue" numeric, "minInclusive" boolean,
      "maxInclusive" boolean, unit text, "dateFrom" date, "dateTo" date, "datePrecision" text, "valueText" text,
      scope text, counted text, "asOf" date, "asOfTo" date, "asOfTime" text, attribution text, certainty text,
      "figureStatus" text, rule text, "facetId" uuid)
    WHERE c.id = s.id AND c.version = s.version AND c.status = 'proposed' AND c.corrected_at IS NULL AND c.deleted_at IS NULL
    RETURNING c.id::text AS id`;
  const ids = new Set(written.map((w) => w.id));
  await insertRows(
    tx,
    "audit_event",
    refreshes
      .filter((r) => ids.has(r.id))
      .map((r) => {
        // Only the fields that changed, so the history reads as what the newer reading did.
        const changed = (Object.keys(r.after) as (keyof MachineRefresh["after"])[]).filter((k) => r.before[k] !== r.after[k]);
        const facet = r.facet ? { before: { facetId: r.facet.before }, after: { facetId: r.facet.after } } : { before: {}, after: {} };
        return {
          actor: audit.actor,
          action: "update" as const,
          entityType: "claim",
          entityId: r.id,
          eventId: audit.eventId,
          before: { quote: r.quote, ...Object.fromEntries(changed.map((k) => [k, r.before[k]])), ...facet.before, version: r.version },
          after: { quote: r.quote, ...Object.fromEntries(changed.map((k) => [k, r.after[k]])), ...facet.after, version: r.version + 1 },
        };
      }),
  );
  return ids;
}

/**
 * Gives machine facets nobody has saved anything on (still at version 1) the label a newer release
 * proposes ("Spending, defence (GBP)" where it said "Spending (GBP)"), with an audit entry each. A
 * facet a person renamed, assigned or judged has a later version and keeps its label.
 */
export async function relabelMachineFacets(tx: DbClient, labels: ReadonlyMap<string, { before: string; after: string }>, audit: { actor: string; eventId: string }): Promise<void> {
  if (labels.size === 0) return;
  const ids = [...labels.keys()];
  const written = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "facet" f SET label = s.label, version = f.version + 1, updated_at = now()
    FROM unnest(${ids}::uuid[], ${ids.map((id) => labels.get(id)!.after)}::text[]) AS s(id, label)
    WHERE f.id = s.id AND f.version = 1 AND f.origin = 'machine'
    RETURNING f.id::text AS id`;
  await insertRows(
    tx,
    "audit_event",
    written.map(({ id }) => ({
      actor: audit.actor,
      action: "update" as const,
      entityType: "facet",
      entityId: id,
      eventId: audit.eventId,
      before: { label: labels.get(id)!.before, version: 1 },
      after: { label: labels.get(id)!.after, version: 2 },
    })),
  );
}

/**
 * Deletes, of the given facets, the machine facets a re-reading left with nothing: no claim (in any
 * state), no note, no verdict, no facet merged into it, never saved by a person (version 1), not
 * dismissed. An empty question nobody asked would stand in the overview and the report with no
 * answer. With an audit entry each; returns how many went.
 */
export async function removeEmptiedMachineFacets(tx: DbClient, facetIds: readonly string[], audit: { actor: string; eventId: string }): Promise<number> {
  if (facetIds.length === 0) return 0;
  const removed = await tx.$queryRaw<{ id: string; key: string | null; label: string }[]>`
    DELETE FROM "facet" f
     WHERE f.id = ANY(${[...new Set(facetIds)]}::uuid[]) AND f.event_id = ${audit.eventId}::uuid
       AND f.origin = 'machine' AND f.version = 1 AND f.dismissed_at IS NULL AND f.merged_into_id IS NULL
       AND NOT EXISTS (SELECT 1 FROM "claim" c WHERE c.facet_id = f.id)
       AND NOT EXISTS (SELECT 1 FROM "annotation" a WHERE a.facet_id = f.id)
       AND NOT EXISTS (SELECT 1 FROM "verdict" v WHERE v.facet_id = f.id)
       AND NOT EXISTS (SELECT 1 FROM "facet" m WHERE m.merged_into_id = f.id)
    RETURNING f.id::text AS id, f.key, f.label`;
  await insertRows(
    tx,
    "audit_event",
    removed.map((f) => ({ actor: audit.actor, action: "delete" as const, entityType: "facet", entityId: f.id, eventId: audit.eventId, before: { key: f.key, label: f.label } })),
  );
  return removed.length;
}
