"use client";

import { useActionState, useState } from "react";
import { FieldError, inputClass, labelClass } from "../../_components/form-field";
import { updateArticleMetadataAction, type ArticleMetadataResult } from "./actions";

type Props = {
  articleId: string;
  version: number;
  title: string;
  url: string | null;
  outletId: string | null;
  publishedAt: string | null;
  language: string;
  author: string | null;
  outlets: { id: string; name: string; domain: string | null }[];
  /** The URL's domain when no outlet has it yet: offered as a new outlet. */
  newDomain: string | null;
  /** Open the form at once (something is missing). */
  open: boolean;
};

const LANGUAGES = ["de", "en", "fr", "es", "it", "nl", "pl", "uk", "ru", "ko", "ja", "zh", "ar", "tr", "pt", "sv", "da", "no", "fi", "cs"];
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** The article's title, URL, outlet, date, language and author, to set or correct. */
export function MetadataForm(props: Props) {
  const [result, action, pending] = useActionState<ArticleMetadataResult | null, FormData>(updateArticleMetadataAction, null);
  // Open at first when something is missing; after that the editor opens and closes it (a save
  // that fills the gap does not snap it shut over its own confirmation).
  const [initiallyOpen] = useState(props.open);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const conflict = result && !result.ok ? result.conflict : undefined;
  const languages = LANGUAGES.includes(props.language) ? LANGUAGES : [props.language, ...LANGUAGES];
  return (
    <details open={initiallyOpen} className="mt-4 rounded-lg border border-stone-200 bg-white">
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-indigo-800 select-none">Edit title, outlet, date, language…</summary>
      {/* Keyed by version: after a save the fields show what is stored now. */}
      <form key={props.version} action={action} aria-label="Article metadata" className="grid gap-4 border-t border-stone-200 p-4 sm:grid-cols-2">
        <input type="hidden" name="articleId" value={props.articleId} />
        <input type="hidden" name="expectedVersion" value={conflict?.current.version ?? props.version} />
        <div className="sm:col-span-2">
          <label htmlFor="meta-title" className={labelClass}>
            Headline
          </label>
          <input id="meta-title" name="title" required maxLength={500} defaultValue={props.title} className={inputClass} />
          <FieldError errors={errors?.title} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="meta-url" className={labelClass}>
            URL
          </label>
          <input id="meta-url" name="url" type="url" maxLength={2048} defaultValue={props.url ?? ""} placeholder="https://www.example.org/news/…" className={`${inputClass} font-mono`} />
          <FieldError errors={errors?.url} />
        </div>
        <div>
          <label htmlFor="meta-outlet" className={labelClass}>
            Outlet
          </label>
          <select id="meta-outlet" name="outlet" defaultValue={props.outletId ?? ""} className={inputClass}>
            <option value="">— none —</option>
            {/* Also when the URL is typed here: the server takes the domain of the URL it saves. */}
            <option value="from-url">{props.newDomain ? `New outlet from the URL: ${props.newDomain}` : "The outlet of the URL’s domain (made if new)"}</option>
            {props.outlets.map((outlet) => (
              <option key={outlet.id} value={outlet.id}>
                {outlet.name}
                {outlet.domain && outlet.domain !== outlet.name ? ` (${outlet.domain})` : ""}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs text-stone-500">
            Missing from the list? <a href="/outlets" className="text-indigo-800">Add it on the outlets page</a>, or give the URL and choose “New outlet from the URL”.
          </p>
          <FieldError errors={errors?.outlet} />
        </div>
        <div>
          <label htmlFor="meta-published" className={labelClass}>
            Published
          </label>
          <input id="meta-published" name="publishedAt" type="date" min="1900-01-01" max="2100-12-31" defaultValue={props.publishedAt ?? ""} className={inputClass} />
          <FieldError errors={errors?.publishedAt} />
        </div>
        <div>
          <label htmlFor="meta-language" className={labelClass}>
            Language
          </label>
          <select id="meta-language" name="language" defaultValue={props.language} className={inputClass}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageNames.of(code) ?? code} ({code})
              </option>
            ))}
          </select>
          <FieldError errors={errors?.language} />
        </div>
        <div>
          <label htmlFor="meta-author" className={labelClass}>
            Author
          </label>
          <input id="meta-author" name="author" maxLength={300} defaultValue={props.author ?? ""} className={inputClass} />
          <FieldError errors={errors?.author} />
        </div>
        {conflict ? (
          <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-xs text-amber-950 sm:col-span-2">
            <p className="font-medium">Saved meanwhile by someone else (version {conflict.current.version}):</p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
              {Object.entries(conflict.current)
                .filter(([key]) => key !== "version" && key !== "outletId")
                .map(([key, value]) => (
                  <div key={key} className="contents">
                    <dt className="text-amber-800">{key}</dt>
                    <dd>{value === null ? "none" : String(value)}</dd>
                  </div>
                ))}
            </dl>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
            {pending ? "Saving…" : conflict ? "Save again (mine over theirs)" : "Save"}
          </button>
          <p role="status" aria-live="polite" className={`text-sm ${result && !result.ok ? "text-red-700" : "text-stone-600"}`}>
            {result?.message}
          </p>
        </div>
      </form>
    </details>
  );
}
