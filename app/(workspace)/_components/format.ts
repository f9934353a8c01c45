const languageNames = new Intl.DisplayNames(["en"], { type: "language" });
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

// Pages name the same few languages and dates for every reader, and Intl's formatters are slow
// next to a Map lookup (a page of a large event asks hundreds of times): each answer is kept, in
// maps cleared once they grow past what a server sees in a while.
const FORMATTED_LIMIT = 10_000;
const languageNameOf = new Map<string, string>();
const dateOf = new Map<number, string>();

function remember<K>(map: Map<K, string>, key: K, value: string): string {
  if (map.size >= FORMATTED_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** "German" for "de"; the code itself when unknown. */
export function languageName(code: string): string {
  const known = languageNameOf.get(code);
  if (known !== undefined) return known;
  let name: string;
  try {
    name = languageNames.of(code) ?? code;
  } catch {
    name = code;
  }
  return remember(languageNameOf, code, name);
}

/** "28 Oct 2024"; publication dates are calendar dates, so they are shown in UTC. */
export function formatDate(date: Date | null): string {
  if (!date) return "undated";
  const time = date.getTime();
  if (Number.isNaN(time)) return dateFormat.format(date);
  return dateOf.get(time) ?? remember(dateOf, time, dateFormat.format(date));
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}
