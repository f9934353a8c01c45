/** A stored copy group: its id and its members. */
export type StoredCopyGroup = { id: string; articleIds: readonly string[] };

export type MatchedGroups = {
  /** One entry per new group, in order: the stored id it keeps (null: a new group), and whether its members changed. */
  groups: { id: string | null; articleIds: string[]; changed: boolean }[];
  /** Stored groups that no new group continues. */
  removed: string[];
};

/**
 * Carries stored group ids over to a fresh grouping, so that a group keeps its id (and the version
 * an editor saw) while it stays recognisably the same: each new group takes the stored group it
 * shares the most members with, largest overlaps first, each stored id used once. Never throws.
 */
export function matchGroupIds(stored: readonly StoredCopyGroup[], next: readonly (readonly string[])[]): MatchedGroups {
  const candidates = next.flatMap((members, n) =>
    stored.flatMap((group, s) => {
      const shared = members.filter((id) => group.articleIds.includes(id)).length;
      return shared > 0 ? [{ n, s, shared }] : [];
    }),
  );
  // Largest overlap first; ties by order of the new groups, then of the stored ones.
  candidates.sort((x, y) => y.shared - x.shared || x.n - y.n || x.s - y.s);
  const idOf = new Map<number, string>();
  const used = new Set<number>();
  for (const { n, s } of candidates) {
    if (idOf.has(n) || used.has(s)) continue;
    idOf.set(n, stored[s]!.id);
    used.add(s);
  }
  const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
  return {
    groups: next.map((members, n) => {
      const id = idOf.get(n) ?? null;
      const before = stored.find((g) => g.id === id);
      return { id, articleIds: [...members], changed: !before || !sameMembers(before.articleIds, members) };
    }),
    removed: stored.filter((_, s) => !used.has(s)).map((g) => g.id),
  };
}
