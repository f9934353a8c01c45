import Link from "next/link";
import { ObjectMemo } from "@/lib/cache/object-memo";
import { describeCopyGroup } from "@/lib/copies/describe-copy-group";
import type { EventCopyGroups } from "@/lib/db/copy-groups";
import type { EventComparison } from "@/lib/db/load-event-comparison";
import { formatDate, languageName } from "../../_components/format";
import { CopyActionForm } from "./copy-action-form";
import { forgetCopyDecisionsAction, joinCopiesAction, splitCopyAction } from "./copy-actions";

type Props = {
  slug: string;
  canEdit: boolean;
  copies: EventCopyGroups;
  articles: EventComparison["articles"];
  /** Which of the groups to list (a page of them). */
  groupPage: { first: number; size: number };
  /** The articles the "mark as copies" form offers: those on the shown page of the articles table. */
  joinable: EventComparison["articles"];
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

// The copy groups and articles come from the overview's page, kept under the event's read version
// and shared by its readers: what is looked up in them is worked out once for them all.
const indexes = new ObjectMemo<EventCopyGroups, ReturnType<typeof indexCopies>>();

function indexCopies(copies: EventCopyGroups, articles: Props["articles"]) {
  const grouped = new Set(copies.groups.flatMap((g) => g.members.map((m) => m.id)));
  return {
    titleOf: new Map(articles.map((a) => [a.id, a.title])),
    decided: new Set(copies.decisions.flatMap((d) => [d.articleId, d.otherId])),
    // Articles standing alone because an editor split them out of a group.
    keptApart: articles.filter((a) => !grouped.has(a.id) && copies.decisions.some((d) => !d.copies && (d.articleId === a.id || d.otherId === a.id))),
    groupOf: new Map(copies.groups.flatMap((g) => g.members.map((m) => [m.id, g] as const))),
  };
}

/**
 * The event's copy groups: which articles carry one text, how close each is to the others, and for
 * editors the controls to split an article out, to hand a decision back to the machine, and to mark
 * articles as copies by hand (a translation, a rewrite the machine missed).
 */
export function CopyGroups({ slug, canEdit, copies, articles, groupPage, joinable }: Props) {
  const { titleOf, decided, keptApart, groupOf } = indexes.get(copies, [articles], () => indexCopies(copies, articles));

  return (
    <>
      {copies.groups.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600">No copies found: every article reads as a source of its own.</p>
      ) : (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {copies.groups.slice(groupPage.first, groupPage.first + groupPage.size).map((group) => {
            const described = describeCopyGroup(group.members, copies.decisions);
            return (
              <li key={group.id} id={`copy-group-${group.id}`} className="rounded-lg border border-violet-200 bg-violet-50/50 p-4" data-testid="copy-group">
                <p className="font-medium text-violet-950">{described.headline}</p>
                <p className="text-xs text-violet-900/80">Compared as one voice: their figures confirm nothing for each other.</p>
                <ul className="mt-3 space-y-2 text-sm">
                  {group.members.map((member, i) => {
                    const measured = described.members[i];
                    return (
                      <li key={member.id} className="rounded-md border border-stone-200 bg-white px-3 py-2">
                        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                          <span className="font-medium">{member.outlet ?? "Unknown outlet"}</span>
                          <span className="text-xs text-stone-500">
                            {formatDate(member.publishedAt ? new Date(member.publishedAt) : null)} · {languageName(member.language)}
                          </span>
                        </div>
                        <Link href={`/articles/${member.id}`} className="text-indigo-800">
                          {member.title}
                        </Link>
                        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-600">
                          {measured?.joinedByEditor ? <span>joined by an editor</span> : null}
                          {measured?.similarity !== null && measured?.similarity !== undefined ? (
                            <span title="Share of the shorter text found in its closest fellow member, by word shingles">
                              {percent(measured.similarity)} of its text shared
                            </span>
                          ) : null}
                          {canEdit ? (
                            <CopyActionForm
                              action={splitCopyAction}
                              fields={[
                                ["slug", slug],
                                ["groupId", group.id],
                                ["articleId", member.id],
                                ["expectedVersion", String(group.version)],
                              ]}
                              label="Not a copy"
                              pendingLabel="Splitting…"
                              describe={`Not a copy: take “${member.title}” (${member.outlet ?? "unknown outlet"}) out of this group`}
                            />
                          ) : null}
                          {canEdit && decided.has(member.id) ? (
                            <CopyActionForm
                              action={forgetCopyDecisionsAction}
                              fields={[["slug", slug], ["articleId", member.id]]}
                              label="Let the machine decide"
                              pendingLabel="Handing back…"
                              describe={`Let the machine decide about “${member.title}” again`}
                            />
                          ) : null}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}

      {keptApart.length > 0 ? (
        <div className="mt-4 text-sm">
          <p className="font-medium text-stone-700">Kept apart by an editor</p>
          <ul className="mt-1 space-y-1">
            {keptApart.map((article) => {
              const apartFrom = copies.decisions
                .filter((d) => !d.copies && (d.articleId === article.id || d.otherId === article.id))
                .map((d) => titleOf.get(d.articleId === article.id ? d.otherId : d.articleId))
                .filter(Boolean);
              return (
                <li key={article.id} className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="kept-apart">
                  <span>
                    <Link href={`/articles/${article.id}`} className="text-indigo-800">
                      {article.title}
                    </Link>{" "}
                    <span className="text-stone-500">
                      ({article.outlet?.name ?? "unknown outlet"}) is not a copy of {apartFrom.map((t) => `“${t}”`).join(", ")}
                    </span>
                  </span>
                  {canEdit ? (
                    <CopyActionForm
                      action={forgetCopyDecisionsAction}
                      fields={[["slug", slug], ["articleId", article.id]]}
                      label="Undo the split"
                      pendingLabel="Handing back…"
                      describe={`Undo the split of “${article.title}”: let the machine decide again`}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      {canEdit && joinable.length > 1 ? (
        <details className="mt-4 rounded-lg border border-stone-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium text-stone-700">Mark articles as copies of one text…</summary>
          <p className="mt-2 text-stone-600">
            For a translation, or a rewrite the machine did not recognise: the chosen articles then count as one voice.
            {joinable.length < articles.length ? " The articles on the shown page of the list below are offered." : ""}
          </p>
          <div className="mt-2">
            <CopyActionForm
              action={joinCopiesAction}
              fields={[
                ["slug", slug],
                ...joinable.map((a): [string, string] => {
                  const group = groupOf.get(a.id);
                  return [`group:${a.id}`, group ? `${group.id}:${group.version}` : ""];
                }),
              ]}
              label="Mark as copies"
              pendingLabel="Joining…"
              tone="primary"
            >
              <fieldset className="w-full">
                <legend className="sr-only">Articles that carry one text</legend>
                <ul className="grid gap-1 sm:grid-cols-2">
                  {joinable.map((a) => (
                    <li key={a.id}>
                      <label className="flex items-start gap-2">
                        <input type="checkbox" name="article" value={a.id} className="mt-1 size-4 accent-indigo-700" />
                        <span>
                          {a.title} <span className="text-stone-500">({a.outlet?.name ?? "unknown outlet"}, {languageName(a.language)})</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            </CopyActionForm>
          </div>
        </details>
      ) : null}
    </>
  );
}
