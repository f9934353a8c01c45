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

/** "German" for "de"; the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "28 Oct 2024"; publication dates are calendar dates, so they are shown in UTC. */
export function formatDate(date: Date | null): string {
  return date ? dateFormat.format(date) : "undated";
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}
