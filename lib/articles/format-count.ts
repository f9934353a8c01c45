/** 1000002 → "1,000,002": counts in messages, the same on every machine whatever its locale. */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
