// Checks Astro's schemas cannot make with the file in hand: that every image an entry points to
// exists and every in-text image has alt text. Runs before the content is loaded, and lists every
// problem with its file and field so an editor can fix them all in one go.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isRealDate } from '../lib/calendar-date.mjs';
import { CONTENT_DIR } from '../node/content-dir.mjs';

const IMAGE_FIELDS = ['cover', 'logo', 'image'];

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : /\.(mdx?|ya?ml)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** @param {string} contentDir @returns {string[]} problems, one line each */
export function findContentProblems(contentDir = CONTENT_DIR) {
  const problems = [];
  const shown = (/** @type {string} */ file) => relative(resolve(contentDir, '..'), file);
  for (const file of walk(contentDir)) {
    const text = readFileSync(file, 'utf8');
    const isMdx = /\.mdx?$/.test(file);
    const head = isMdx ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
    for (const field of IMAGE_FIELDS) {
      const match = new RegExp(`^${field}:\\s*["']?(\\.{1,2}/[^"'\\s#]+)`, 'm').exec(head);
      if (match?.[1] && !existsSync(resolve(dirname(file), match[1]))) {
        problems.push(
          `${shown(file)}: field "${field}": image file ${match[1]} not found. Put the image next to the file, or fix its name (e.g. ${field}: ./cover.png).`,
        );
      }
    }
    for (const [, key, date = ''] of head.matchAll(/^\s*-?\s*(\w+):\s*["']?(\d{4}-\d{2}-\d{2})/gm)) {
      if (!isRealDate(date)) {
        problems.push(
          `${shown(file)}: field "${key}": ${date} is not a real date. Write it as year-month-day, e.g. ${key}: 2026-07-30`,
        );
      }
    }
    if (isMdx) {
      for (const m of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) {
        const [, alt = '', src = ''] = m;
        if (!alt.trim())
          problems.push(
            `${shown(file)}: image ${src} has no alt text. Describe what it shows: ![A map of the 9 regions](${src})`,
          );
        if (/^\.{1,2}\//.test(src) && !existsSync(resolve(dirname(file), src))) {
          problems.push(`${shown(file)}: image ${src} not found. Put the image next to the file, or fix its name.`);
        }
      }
    }
  }
  return problems;
}

const PLACEHOLDER = /\bTODO\b/;

/**
 * Scaffold text left in an entry (`npm run new` writes "TODO" placeholders): the build refuses it so
 * that a placeholder never goes live. Names the file and the field ("title", "summary.ru", "body",
 * "alt text"), one line each.
 * @param {string} contentDir @returns {string[]}
 */
export function findPlaceholders(contentDir = CONTENT_DIR) {
  const problems = [];
  const shown = (/** @type {string} */ file) => relative(resolve(contentDir, '..'), file);
  for (const file of walk(contentDir)) {
    const text = readFileSync(file, 'utf8');
    if (!PLACEHOLDER.test(text)) continue;
    const lines = text.split(/\r?\n/);
    const isMdx = /\.mdx?$/.test(file);
    const headEnd = isMdx && lines[0] === '---' ? lines.indexOf('---', 1) : isMdx ? 0 : lines.length;
    /** @type {{ depth: number, key: string }[]} */
    const keys = []; // the YAML keys above the current line, by indentation
    const fields = new Set();
    lines.forEach((raw, i) => {
      if (isMdx && i === 0 && headEnd > 0) return;
      if (i < headEnd) {
        if (/^\s*#/.test(raw) || !raw.trim()) return;
        const line = raw.replace(/\s+#\s.*$/, '');
        const m = /^(\s*)(?:-\s+)?([\w-]+):/.exec(line);
        if (m) {
          const [, indent = '', key = ''] = m;
          const depth = indent.length;
          while ((keys.at(-1)?.depth ?? -1) >= depth) keys.pop();
          keys.push({ depth, key });
        }
        if (PLACEHOLDER.test(line)) fields.add(keys.map((k) => k.key).join('.') || `line ${i + 1}`);
      } else if (i > headEnd && PLACEHOLDER.test(raw)) {
        fields.add(/!\[[^\]]*\bTODO\b/.test(raw) ? 'alt text' : 'body');
      }
    });
    for (const field of fields) {
      problems.push(
        `${shown(file)}: ${field === 'body' || field === 'alt text' ? field : `field "${field}"`} still holds the "TODO" placeholder of \`npm run new\`. Write the real text.`,
      );
    }
  }
  return problems;
}

/** @returns {import('astro').AstroIntegration} */
export default function contentChecks() {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const placeholders = findPlaceholders();
        // `npm run dev` is where an editor fills the placeholders in: there they are a warning.
        if (command === 'dev' && placeholders.length)
          logger.warn(`Placeholders left (the build refuses them):\n  - ${placeholders.join('\n  - ')}`);
        const problems = [...findContentProblems(), ...(command === 'build' ? placeholders : [])];
        if (problems.length) {
          throw new Error(`Content problems (${problems.length}). Fix these files:\n  - ${problems.join('\n  - ')}`);
        }
      },
    },
  };
}
