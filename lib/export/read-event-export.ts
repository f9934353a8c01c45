import { contentHash } from "../articles/content-hash";
import { EXPORT_SCHEMA_VERSION, type EventExport, eventExportSchema } from "./schema";

/** Why a file is not an export this version can restore: where (a JSON path such as `$.facets[2].claims[0].start`) and what. */
export type ExportProblem = { path: string; message: string };

export type ReadExportResult = { ok: true; data: EventExport } | { ok: false; problem: ExportProblem };

/**
 * Reads the text of a JSON export and checks everything a restore relies on, stopping at the first
 * problem: that it is JSON, of this schema version, fits the schema, and holds together (ids are
 * unique; every claim, note and verdict points at an article, revision, facet or claim of the file;
 * offsets lie inside their revision's text and a claim's quote is the text there; each revision's
 * hash is its text's). A file that passes restores exactly; one that does not is refused whole.
 */
export function readEventExport(text: string): ReadExportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return problem("$", `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const version = typeof json === "object" && json !== null && "schemaVersion" in json ? json.schemaVersion : undefined;
  if (version !== EXPORT_SCHEMA_VERSION) {
    return problem(
      "$.schemaVersion",
      version === undefined
        ? "missing: this is not a Claimdiff export"
        : `is ${JSON.stringify(version)}; this version of Claimdiff restores exports of schemaVersion ${EXPORT_SCHEMA_VERSION}`,
    );
  }
  const parsed = eventExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return problem(jsonPath(issue.path), issue.message);
  }
  const inconsistency = findInconsistency(parsed.data);
  return inconsistency ? { ok: false, problem: inconsistency } : { ok: true, data: parsed.data };
}

/** `["facets", 2, "claims", 0, "start"]` → `$.facets[2].claims[0].start`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${out}.${String(key)}` : `${out}[${JSON.stringify(String(key))}]`),
    "$",
  );
}

function problem(path: string, message: string): ReadExportResult {
  return { ok: false, problem: { path, message } };
}

function findInconsistency(data: EventExport): ExportProblem | null {
  const seen = new Map<string, string>();
  const unique = (id: string, path: string): ExportProblem | null => {
    const first = seen.get(id);
    if (first) return { path, message: `the id ${id} is used twice (first at ${first})` };
    seen.set(id, path);
    return null;
  };

  const revisions = new Map<string, { articleId: string; text: string }>();
  const urls = new Set<string>();
  for (const [a, article] of data.articles.entries()) {
    const at = `$.articles[${a}]`;
    const dup = unique(article.id, `${at}.id`);
    if (dup) return dup;
    if (article.url !== undefined) {
      if (urls.has(article.url)) return { path: `${at}.url`, message: "another article of the event has this url" };
      urls.add(article.url);
    }
    const numbers = new Set<number>();
    for (const [r, revision] of article.revisions.entries()) {
      const rat = `${at}.revisions[${r}]`;
      const dupRevision = unique(revision.id, `${rat}.id`);
      if (dupRevision) return dupRevision;
      if (numbers.has(revision.number)) return { path: `${rat}.number`, message: `revision ${revision.number} appears twice` };
      numbers.add(revision.number);
      if (contentHash(revision.text) !== revision.contentHash) return { path: `${rat}.contentHash`, message: "is not the SHA-256 of the revision's text: the text was changed" };
      revisions.set(revision.id, { articleId: article.id, text: revision.text });
    }
  }

  const claims = new Set<string>();
  const keys = new Set<string>();
  for (const [f, facet] of data.facets.entries()) {
    const at = `$.facets[${f}]`;
    const dup = unique(facet.id, `${at}.id`);
    if (dup) return dup;
    if (facet.key !== undefined) {
      if (keys.has(facet.key)) return { path: `${at}.key`, message: "another facet of the event has this key" };
      keys.add(facet.key);
    }
    for (const [c, claim] of facet.claims.entries()) {
      const cat = `${at}.claims[${c}]`;
      const dupClaim = unique(claim.id, `${cat}.id`);
      if (dupClaim) return dupClaim;
      const anchored = checkAnchor(revisions, claim, cat);
      if (anchored) return anchored;
      if (revisions.get(claim.revisionId)!.text.slice(claim.start, claim.end) !== claim.quote) {
        return { path: `${cat}.quote`, message: "is not the text of its revision between start and end" };
      }
      claims.add(claim.id);
    }
  }

  const facets = new Set(data.facets.map((f) => f.id));
  for (const [n, note] of data.annotations.entries()) {
    const at = `$.annotations[${n}]`;
    const dup = unique(note.id, `${at}.id`);
    if (dup) return dup;
    const anchored = checkAnchor(revisions, { ...note, ...note.position }, at, ".position");
    if (anchored) return anchored;
    if (note.claimId !== undefined && !claims.has(note.claimId)) return { path: `${at}.claimId`, message: "names no claim of this export" };
    if (note.facetId !== undefined && !facets.has(note.facetId)) return { path: `${at}.facetId`, message: "names no facet of this export" };
  }
  for (const [v, verdict] of data.verdicts.entries()) {
    const at = `$.verdicts[${v}]`;
    const dup = unique(verdict.id, `${at}.id`);
    if (dup) return dup;
    if (!facets.has(verdict.facetId)) return { path: `${at}.facetId`, message: "names no facet of this export" };
  }
  return null;
}

/** The revision a claim or note points at exists, belongs to its article, and holds its range. */
function checkAnchor(
  revisions: Map<string, { articleId: string; text: string }>,
  item: { articleId: string; revisionId: string; start: number; end: number },
  at: string,
  rangeAt = "",
): ExportProblem | null {
  const revision = revisions.get(item.revisionId);
  if (!revision) return { path: `${at}.revisionId`, message: "names no revision of this export" };
  if (revision.articleId !== item.articleId) return { path: `${at}.articleId`, message: "is not the article of its revision" };
  if (item.start > item.end) return { path: `${at}${rangeAt}.start`, message: "comes after end" };
  if (item.end > revision.text.length) return { path: `${at}${rangeAt}.end`, message: `lies past the end of the revision's text (${revision.text.length} characters)` };
  return null;
}
