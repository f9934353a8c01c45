const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The calendar date a page says it was published, as an ISO date. A date-time keeps the date its
 * publisher wrote ("2024-11-04T23:30:00-05:00" is 4 November, where they were), so the date is not
 * shifted into the server's time zone. Other spellings ("Mon, 04 Nov 2024 10:00:00 GMT") go
 * through Date. Null for anything unreadable or outside 1900–2100.
 */
export function normalizePublishedDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO_DATE.exec(text);
  const date = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : toIsoDate(text);
  if (!date) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  const year = parsed.getUTCFullYear();
  return year >= 1900 && year <= 2100 ? date : null;
}

function toIsoDate(text: string): string | null {
  if (/^\d+$/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
