/** What to show where a list is empty: what is missing, and how to fill it. */
export function EmptyState({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <p className="font-medium">{title}</p>
      <div className="mt-2 text-sm text-stone-600">{children}</div>
    </div>
  );
}
