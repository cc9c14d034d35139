/**
 * The text a reader sees in a built page's <body>, in the page's own language: script, style and
 * template contents, <code>, and elements marked with another `lang` (an English original shown as
 * a fallback, an English note) are left out. A small tag walker, enough for the site's own HTML.
 */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'path',
  'rect',
  'circle',
  'use',
]);
const SKIP = new Set(['script', 'style', 'template', 'code', 'kbd', 'head']);

const decode = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

export function visibleText(html: string, pageLang: string): string {
  const body = html.slice(html.indexOf('<body'));
  const stack: { name: string; skip: boolean }[] = [];
  const out: string[] = [];
  const tag = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (!stack.some((s) => s.skip)) out.push(decode(body.slice(last, m.index)));
    last = tag.lastIndex;
    if (!m[2]) continue;
    const name = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || m[3]!.trimEnd().endsWith('/')) continue;
    const lang = /\slang="([^"]*)"/.exec(m[3]!)?.[1];
    stack.push({
      name,
      skip: SKIP.has(name) || (lang !== undefined && lang !== pageLang && !lang.startsWith(`${pageLang}-`)),
    });
    out.push(' ');
  }
  return out.join('').replace(/\s+/g, ' ');
}

/** Latin-script words in a text, after taking out web addresses, e-mail addresses and allowed names. */
export function latinWords(text: string, allowed: readonly string[]): string[] {
  let rest = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
    .replace(/\b[\w-]+(\.[\w-]+)*\.(org|com|int|kg|ru|net|gov|eu|info)\b\S*/gi, ' ');
  const phrases = [...allowed].sort((a, b) => b.length - a.length);
  for (const p of phrases) rest = rest.split(p).join(' ');
  return [...rest.matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((m) => m[0]);
}
