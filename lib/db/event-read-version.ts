import "server-only";
import { COMPARER_VERSION } from "../compare/comparer-version";
import { getDb } from "./client";

/** What the event's pages were built from, as of now (see findEventReadVersion). */
export type EventReadVersion = {
  /** Changes whenever anything the overview or a facet view reads of the event changes. */
  version: string;
  /** True while a facet's stored comparison is out of date: the next page read compares it again. */
  stale: boolean;
};

/**
 * One cheap statement that tells whether the event's overview and facet views would be built
 * differently than before: a digest of the event's row, of each article's row with its outlet and
 * revisions (how many, the latest, how many have a copy fingerprint), of its copy groups and copy
 * decisions, of each facet's row with its stored comparison's counters, of the fact-check around
 * them (verdicts with their evidence: the claim's quote and outlet, the note), of the event's share
 * links, and of the people a facet shows or can be assigned to (editors, admins, assignees: id,
 * name, role). Claims need no digest of their own: every write to a claim bumps its facet's
 * `facet_comparison.changes` (the triggers of the migration facet_comparison), and a recomputed
 * comparison (contradictions included) moves `computed_changes` and writes its `comparer_version`; one
 * an older comparer computed (see COMPARER_VERSION) is stale. Whole rows are digested rather
 * than chosen columns, so a column a page starts to show later cannot be forgotten here.
 * @returns null when no event has this slug.
 */
export async function findEventReadVersion(slug: string): Promise<EventReadVersion | null> {
  const rows = await getDb().$queryRaw<{ version: string; stale: boolean }[]>`
    SELECT md5(concat_ws('|', e::text,
             (SELECT string_agg(concat_ws(';', a::text, o::text, r."revisions"), ',' ORDER BY a."id")
                FROM "article" a
                LEFT JOIN "outlet" o ON o."id" = a."outlet_id"
                CROSS JOIN LATERAL (SELECT count(*) || ':' || coalesce((array_agg(ar."id" ORDER BY ar."number" DESC))[1]::text, '')
                                           || ':' || count(cf."revision_id") AS "revisions"
                                      FROM "article_revision" ar LEFT JOIN "copy_fingerprint" cf ON cf."revision_id" = ar."id"
                                     WHERE ar."article_id" = a."id") r
               WHERE a."event_id" = e."id"),
             (SELECT string_agg(g::text, ',' ORDER BY g."id") FROM "copy_group" g WHERE g."event_id" = e."id"),
             (SELECT string_agg(d::text, ',' ORDER BY d::text) FROM "copy_decision" d WHERE d."event_id" = e."id"),
             (SELECT string_agg(concat_ws(';', f::text, fc."changes", fc."computed_changes", fc."comparer_version"), ',' ORDER BY f."id")
                FROM "facet" f LEFT JOIN "facet_comparison" fc ON fc."facet_id" = f."id"
               WHERE f."event_id" = e."id"),
             (SELECT string_agg(concat_ws(';', v::text, ve::text, c."quote", c."deleted_at", o."name", an::text), ',' ORDER BY v."id", ve::text)
                FROM "verdict" v JOIN "facet" f ON f."id" = v."facet_id"
                LEFT JOIN "verdict_evidence" ve ON ve."verdict_id" = v."id"
                LEFT JOIN "claim" c ON c."id" = ve."claim_id"
                LEFT JOIN "article_revision" ar ON ar."id" = c."revision_id"
                LEFT JOIN "article" a ON a."id" = ar."article_id"
                LEFT JOIN "outlet" o ON o."id" = a."outlet_id"
                LEFT JOIN "annotation" an ON an."id" = ve."annotation_id"
               WHERE f."event_id" = e."id"),
             (SELECT string_agg(s::text, ',' ORDER BY s."id") FROM "share_link" s WHERE s."event_id" = e."id"),
             (SELECT string_agg(concat_ws(';', u."id", u."name", u."role"), ',' ORDER BY u."id")
                FROM "app_user" u
               WHERE u."role"::text IN ('editor', 'admin')
                  OR u."id" IN (SELECT f."assignee_id" FROM "facet" f WHERE f."event_id" = e."id")))) AS "version",
           coalesce((SELECT bool_or(fc."facet_id" IS NULL OR fc."computed_changes" IS DISTINCT FROM fc."changes"
                                  OR fc."comparer_version" IS DISTINCT FROM ${COMPARER_VERSION})
                       FROM "facet" f LEFT JOIN "facet_comparison" fc ON fc."facet_id" = f."id"
                      WHERE f."event_id" = e."id" AND f."dismissed_at" IS NULL), false) AS "stale"
      FROM "event" e
     WHERE e."slug" = ${slug}`;
  return rows[0] ?? null;
}
