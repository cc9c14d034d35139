/** Placeholder filling shared by the build (t.ts) and browser scripts; no dictionaries, so it stays tiny in a bundle. */

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
