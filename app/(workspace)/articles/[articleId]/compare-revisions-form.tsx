type Props = { action: string; articleId: string; numbers: number[]; left: number; right: number };

/** Any two revisions of the article side by side: a plain GET form to the event's comparison page. */
export function CompareRevisionsForm({ action, articleId, numbers, left, right }: Props) {
  const select = (name: string, label: string, value: number) => (
    <label className="flex flex-col gap-1">
      <span className="text-xs text-stone-600">{label}</span>
      <select name={name} defaultValue={value} className="rounded-md border border-stone-300 bg-white px-2 py-1">
        {numbers.map((n) => (
          <option key={n} value={n}>
            Revision {n}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={action} aria-label="Compare two revisions" className="mt-4 rounded-md border border-stone-200 bg-white p-3 text-sm">
      <p className="font-medium">Compare two revisions</p>
      <input type="hidden" name="a" value={articleId} />
      <input type="hidden" name="b" value={articleId} />
      <div className="mt-2 flex flex-wrap items-end gap-2">
        {select("ar", "Left", left)}
        {select("br", "Right", right)}
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1 font-medium hover:bg-stone-100">
          Side by side
        </button>
      </div>
    </form>
  );
}
