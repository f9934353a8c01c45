import "server-only";
import { getDb } from "./client";

/**
 * Merges the entries waiting in the search indexes' pending lists into the indexes, so searches
 * after an import or an extraction read none of them (migration 20261210000000_bulk_import_speed).
 * Cheap when the lists are short; run after the commit, since concurrent merges skip each other.
 * Merging needs the indexes' owner: a database user without that right leaves the lists to fill up
 * to their limit (32 pages), where the next writer merges them.
 */
export async function mergeSearchPending(): Promise<void> {
  await getDb().$queryRaw`
    SELECT count(gin_clean_pending_list(i.oid))::int AS merged
      FROM pg_class i
     WHERE i.oid IN (to_regclass('search_entry_search_vector_de_idx'), to_regclass('search_entry_search_vector_en_idx'),
                     to_regclass('search_entry_search_vector_other_idx'))
       AND pg_has_role(i.relowner, 'USAGE')`;
}
