// Dates on the site are calendar days and wall-clock times in Kyrgyzstan: UTC+6 all year, no
// daylight saving. Kept apart from site.mjs (which reads process.env) because browser scripts import it.
export const TIME_ZONE = 'Asia/Bishkek';
export const BISHKEK_OFFSET = '+06:00';

/**
 * Today's calendar day in Bishkek, "YYYY-MM-DD": the one rule for "upcoming" at build time
 * (src/lib/dates.ts), in the browser (src/scripts/events.ts) and in `npm run new`.
 * @param {Date} [now]
 * @returns {string}
 */
export function todayInBishkek(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
