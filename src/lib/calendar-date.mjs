/**
 * Whether "YYYY-MM-DD" names a day that exists (no 30 February). Shared by the schemas and the
 * pre-check of raw files: YAML silently turns an unquoted 2031-02-30 into 2 March.
 * @param {string} value
 */
export function isRealDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
