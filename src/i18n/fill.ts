/**
 * Plural choice and placeholder filling, the one implementation shared by the build (t.ts) and the
 * browser scripts (search, self-check, event and partner counts); no dictionaries, so it stays tiny
 * in a bundle.
 */

export type Vars = Record<string, string | number>;

/**
 * Fills {placeholders}. A value that ends in a full stop (a Russian date, "2 декабря 2026 г.") takes
 * the place of the template's own full stop after it, so a sentence never ends in "г..".
 */
export function fill(template: string, vars: Vars | undefined): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in vars)) return whole;
    const value = String(vars[name]);
    return stop && value.endsWith('.') ? value : value + stop;
  });
}

/**
 * A message in its plural form for `vars.count` (chosen by the language's plural rules), with its
 * {placeholders} filled. Replacement goes through a function, so "$&" in a value stays literal.
 */
export function formatMessage(
  message: string | Readonly<Record<string, string | undefined>>,
  vars: Vars = {},
  rules?: Intl.PluralRules,
): string {
  if (typeof message === 'string') return fill(message, vars);
  const form = rules?.select(Number(vars.count ?? 0)) ?? 'other';
  return fill(message[form] ?? message.other ?? '', vars);
}
