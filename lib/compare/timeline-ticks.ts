import { resolveLocale } from "./resolve-locale";

const DAY_MS = 86_400_000;
// More labels than this crowd a 720-px axis.
const MAX_TICKS = 8;

/** Days since 1970-01-01 of an ISO date (its calendar day, whatever time or offset follows). */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/**
 * The first days of months between two day numbers, every month or every few months so that at
 * most eight remain (a span shorter than a month gets its days' dates instead), labelled
 * "Oct 2024" in the language's format.
 */
export function monthTicks(lo: number, hi: number, language = "en"): { day: number; label: string }[] {
  const locale = resolveLocale(language);
  if (hi - lo < 40) {
    const step = Math.max(1, Math.ceil((hi - lo) / MAX_TICKS));
    const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
    const days: { day: number; label: string }[] = [];
    for (let day = Math.ceil(lo); day <= hi; day += step) days.push({ day, label: format.format(new Date(day * DAY_MS)) });
    return days;
  }
  const format = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const start = new Date(Math.ceil(lo) * DAY_MS);
  const months: number[] = [];
  for (let m = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1), y = start.getUTCFullYear(); ; m++) {
    const day = Date.UTC(y, m, 1) / DAY_MS;
    if (day > hi) break;
    months.push(day);
    if (months.length > 600) break;
  }
  const step = Math.max(1, Math.ceil(months.length / MAX_TICKS));
  return months.filter((_, i) => i % step === 0).map((day) => ({ day, label: format.format(new Date(day * DAY_MS)) }));
}

/**
 * Whole hours between two day numbers (fractions are hours), every 1, 2, 3, 6 or 12 hours so that at
 * most eight remain, labelled "09:00"; midnight is labelled with its day ("2 Jun") instead.
 */
export function hourTicks(lo: number, hi: number, language = "en"): { day: number; label: string }[] {
  const locale = resolveLocale(language);
  const step = [1, 2, 3, 6, 12, 24].find((h) => ((hi - lo) * 24) / h <= MAX_TICKS) ?? 24;
  const clock = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const ticks: { day: number; label: string }[] = [];
  for (let hour = Math.ceil((lo * 24) / step) * step; hour <= hi * 24; hour += step) {
    const at = new Date(hour * 3_600_000);
    ticks.push({ day: hour / 24, label: hour % 24 === 0 ? date.format(at) : clock.format(at) });
  }
  return ticks;
}

/** Round values (1, 2 or 5 times a power of ten apart) covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) return Number.isFinite(lo) ? [lo] : [];
  const power = 10 ** Math.floor(Math.log10((hi - lo) / count));
  const steps = [1, 2, 5, 10].map((f) => f * power);
  // The step whose number of ticks comes closest to the wish.
  const step = steps.reduce((best, s) => (Math.abs((hi - lo) / s - count) < Math.abs((hi - lo) / best - count) ? s : best));
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}
