/**
 * `tel:` links. A number is shown as written ("+996 (312) 66-34-98") and dialled as digits with
 * an optional leading "+" (RFC 3966 global number): spaces, brackets and dashes are dropped, so
 * every phone link on the site follows one rule.
 */
export function telHref(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
