import { STANCE_LABEL, type AnnotationFilters, type Stance } from "@/lib/annotations/schema";

/**
 * The selects of a notes filter (tag, author, stance), for a plain GET form: the reader's sidebar
 * and the event's notes page read them back with `annotationFiltersSchema`.
 */
export function NoteFilterFields({ filters, options, field }: { filters: AnnotationFilters; options: { tags: string[]; authors: string[] }; field: string }) {
  return (
    <>
      <label>
        Tag
        <select name="tag" defaultValue={filters.tag ?? ""} className={field}>
          <option value="">any</option>
          {options.tags.map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
      </label>
      <label>
        Author
        <select name="author" defaultValue={filters.author ?? ""} className={field}>
          <option value="">anyone</option>
          {options.authors.map((author) => (
            <option key={author}>{author}</option>
          ))}
        </select>
      </label>
      <label>
        Stance
        <select name="stance" defaultValue={filters.stance ?? ""} className={field}>
          <option value="">any</option>
          {(Object.keys(STANCE_LABEL) as Stance[]).map((stance) => (
            <option key={stance} value={stance}>
              {STANCE_LABEL[stance]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
