/**
 * Dates in the browser from the patterns the page ships (src/lib/date-patterns.ts), so a browser
 * without Kyrgyz month names still writes "2027-ж., 5-январь". No imports: it stays tiny in a bundle.
 */

/** A day "YYYY-MM-DD" in its month's pattern ("{d}", "{y}"). */
export function fillDay(patterns: readonly string[], day: string): string {
  return (patterns[Number(day.slice(5, 7)) - 1] ?? day)
    .replace('{y}', day.slice(0, 4))
    .replace('{d}', String(Number(day.slice(8, 10))));
}

/** A month "YYYY-MM" in its pattern ("{y}"). */
export function fillMonth(patterns: readonly string[], month: string): string {
  return (patterns[Number(month.slice(5, 7)) - 1] ?? month).replace('{y}', month.slice(0, 4));
}
