// Translation status of the content, shared by `npm run i18n:status` and the editors' page /status/.
// Long texts (news, guides, pages) are one file per language; a translation is
//   missing      when its file does not exist,
//   outdated     when the original it was made from (`translatedFrom:`) changed since: the original's
//                hash no longer matches `sourceHash:`, or, without a hash, git shows the original
//                committed after the translation,
//   needs-review when it says `translation: needs-review`.
// YAML records (events, partners, …) hold all three languages; `needsReview: [ky]` marks a
// language whose text is not yet checked, counted per collection and language.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { LOCALES, TEXT_RECORD_FOLDERS, TRANSLATED_COLLECTIONS } from '../config/site.mjs';

/** @typedef {'translated' | 'missing' | 'needs-review' | 'outdated'} TranslationState */
/** @typedef {{ state: TranslationState, file: string, reason: string }} LanguageStatus */
/** @typedef {{ slug: string, languages: Record<string, LanguageStatus> }} EntryStatus */
/** @typedef {{ entries: EntryStatus[], totals: Record<string, Record<TranslationState, number>> }} CollectionStatus */
/** @typedef {{ file: string, collection: string, lang: string }} RecordReview */
/** @typedef {{ collections: Record<string, CollectionStatus>, records: Record<string, number>, recordsNeedingReview: RecordReview[] }} TranslationStatus */

const ORIGIN_LINE = /^(translation|translatedFrom|sourceHash):.*$/gm;

/** @param {string} text */
function frontmatter(text) {
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}
/** @param {string} head @param {string} key */
function field(head, key) {
  return new RegExp(`^${key}:\\s*["']?([^"'\\s#]+)`, 'm').exec(head)?.[1];
}

/**
 * The hash a translation records of its original: the original's text without these bookkeeping lines.
 * @param {string} text
 */
export function sourceHashOf(text) {
  return createHash('sha256').update(text.replace(ORIGIN_LINE, '').replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/**
 * Last commit time (seconds) of every file under `dir` in one git call; empty when git is unavailable.
 * @param {string} dir
 * @returns {Map<string, number>}
 */
export function gitCommitTimes(dir) {
  const root = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (root.status !== 0) return new Map();
  const top = root.stdout.trim();
  const log = spawnSync('git', ['log', '--format=@%ct', '--name-only', '--', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const times = new Map();
  let time = 0;
  for (const line of (log.stdout ?? '').split('\n')) {
    if (line.startsWith('@')) time = Number(line.slice(1));
    else if (line && !times.has(resolve(top, line))) times.set(resolve(top, line), time);
  }
  return times;
}

/**
 * @param {string} contentDir
 * @param {{ git?: boolean }} [options]
 * @returns {TranslationStatus}
 */
export function collectTranslationStatus(contentDir, { git = true } = {}) {
  const commitTimes = git ? gitCommitTimes(contentDir) : new Map();
  const shown = (/** @type {string} */ file) => relative(resolve(contentDir, '..'), file);
  /** @type {Record<string, CollectionStatus>} */
  const collections = {};
  for (const name of TRANSLATED_COLLECTIONS) {
    const dir = join(contentDir, name);
    const slugs = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
          .map((d) => d.name)
          .sort()
      : [];
    /** @type {Record<string, Record<TranslationState, number>>} */
    const totals = Object.fromEntries(
      LOCALES.map((l) => [l, { translated: 0, missing: 0, 'needs-review': 0, outdated: 0 }]),
    );
    const entries = slugs.map((slug) => {
      const files = Object.fromEntries(
        LOCALES.map((l) => [l, [join(dir, slug, `${l}.mdx`), join(dir, slug, `${l}.md`)].find(existsSync)]),
      );
      /** @type {Record<string, LanguageStatus>} */
      const languages = {};
      for (const lang of LOCALES) {
        const file = files[lang];
        /** @type {TranslationState} */
        let state = 'translated';
        let reason = '';
        if (!file) {
          state = 'missing';
        } else {
          const text = readFileSync(file, 'utf8');
          const head = frontmatter(text);
          const from = field(head, 'translatedFrom');
          const recorded = field(head, 'sourceHash');
          const original = from && from !== lang ? files[from] : undefined;
          if (original) {
            if (recorded) {
              if (sourceHashOf(readFileSync(original, 'utf8')) !== recorded) {
                state = 'outdated';
                reason = `${shown(original)} changed since this translation was made`;
              }
            } else if ((commitTimes.get(original) ?? 0) > (commitTimes.get(file) ?? Infinity)) {
              state = 'outdated';
              reason = `${shown(original)} was committed after this translation`;
            }
          }
          if (state === 'translated' && field(head, 'translation') === 'needs-review') state = 'needs-review';
        }
        (totals[lang] ??= { translated: 0, missing: 0, 'needs-review': 0, outdated: 0 })[state] += 1;
        languages[lang] = { state, file: file ? shown(file) : `${shown(join(dir, slug))}/${lang}.mdx`, reason };
      }
      return { slug, languages };
    });
    collections[name] = { entries, totals };
  }
  /** @type {RecordReview[]} */
  const recordsNeedingReview = [];
  const records = Object.fromEntries(
    TEXT_RECORD_FOLDERS.map((name) => {
      const dir = join(contentDir, name);
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => /^[^_].*\.ya?ml$/.test(f))
            .sort()
        : [];
      for (const f of files) {
        let langs = [];
        try {
          langs = parse(readFileSync(join(dir, f), 'utf8'))?.needsReview ?? [];
        } catch {
          // A broken file is reported by the build with its field; the status only counts.
        }
        for (const lang of Array.isArray(langs) ? langs : [])
          if (LOCALES.includes(lang)) recordsNeedingReview.push({ file: shown(join(dir, f)), collection: name, lang });
      }
      return [name, files.length];
    }),
  );
  return { collections, records, recordsNeedingReview };
}

/**
 * Every translation that is not simply "translated".
 * @param {TranslationStatus} status
 */
export function listProblems(status) {
  return Object.entries(status.collections).flatMap(([collection, { entries }]) =>
    entries.flatMap((e) =>
      LOCALES.filter((l) => e.languages[l]?.state !== 'translated').map((lang) => ({
        collection,
        slug: e.slug,
        lang,
        ...e.languages[lang],
      })),
    ),
  );
}
