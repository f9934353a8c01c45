import type { AnnotationListItem } from "@/lib/db/annotations";
import { Markdown } from "../../../_components/markdown";
import type { NoteCardData } from "./note-card";
import type { LinkOption } from "./note-form";

/** A stored note as its card shows it: markdown rendered here, on the server. */
export function toNoteCard(note: AnnotationListItem, number: number | null, passageHref: string, links: LinkOption[]): NoteCardData {
  const link = note.claimId ? `claim:${note.claimId}` : note.facetId ? `facet:${note.facetId}` : "";
  return {
    id: note.id,
    number,
    version: note.version,
    quote: note.quote.exact,
    passageHref,
    body: <Markdown>{note.body}</Markdown>,
    source: { body: note.body, tags: note.tags, stance: note.stance, link },
    tags: note.tags,
    stance: note.stance,
    linkLabel: link ? (links.find((l) => l.value === link)?.label ?? (note.claimId ? "a claim" : "a facet")) : null,
    author: note.author.name,
    createdAt: note.createdAt,
    resolved: note.resolved,
    anchor: note.anchor.state,
    movedFrom: note.movedFrom ? { exact: note.movedFrom.exact, revisionNumber: note.movedFrom.revisionNumber } : null,
    orphanedOn: note.anchor.state === "orphaned" ? note.revisionNumber : null,
    replies: note.replies.map((r) => ({ id: r.id, author: r.author.name, createdAt: r.createdAt, body: <Markdown>{r.body}</Markdown> })),
  };
}

