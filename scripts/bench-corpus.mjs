// A generated corpus for the benchmark: ten years of news in three languages, with events, guides
// and partners in proportion (one event per 5 items, one guide per 100, one partner per 50).
// Entries are plain Markdown (.md), as the site's articles are unless they need a component (MDX).
// Written into a temporary copy of content/, never committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = {
  ky: 'адам сатуу жумуш паспорт мигрант ишеним телефону жардам коопсуздук келишим агенттик үй-бүлө жаштар кампания облус шаар маалымат укук эмгек айлык мекеме өлкө чек ара документ окуу мектеп'.split(
    ' ',
  ),
  ru: 'торговля людьми работа паспорт мигрант горячая линия помощь безопасность договор агентство семья молодёжь кампания область город информация право труд зарплата граница документ школа обучение риск'.split(
    ' ',
  ),
  en: 'trafficking persons work passport migrant hotline help safety contract agency family youth campaign oblast city information rights labour wages border document school training risk recruiter'.split(
    ' ',
  ),
};
const REGIONS = ['batken', 'chuy', 'issyk-kul', 'jalal-abad', 'naryn', 'osh', 'talas', 'bishkek', 'osh-city'];
const TYPES = ['debate', 'quiz', 'march', 'training', 'field-trip', 'conference'];

/** Deterministic pseudo-random numbers, so every run builds the same corpus. */
/** @param {number} seed */
function random(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * @param {'ky' | 'ru' | 'en'} lang
 * @param {() => number} rnd
 * @param {number} words
 */
function text(lang, rnd, words) {
  const out = [];
  for (let i = 0; i < words; i++)
    out.push(WORDS[lang][Math.floor(rnd() * WORDS[lang].length)] + (rnd() < 0.08 ? '.' : ''));
  return out.join(' ');
}

/** @param {string} contentDir @param {number} count */
export function generateCorpus(contentDir, count) {
  const rnd = random(count);
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor((i / count) * 3650) * 86400000).toISOString().slice(0, 10);
    const dir = join(contentDir, 'news', `${day}-bench-${i}`);
    mkdirSync(dir, { recursive: true });
    for (const lang of /** @type {const} */ (['ky', 'ru', 'en'])) {
      writeFileSync(
        join(dir, `${lang}.md`),
        `---\ntitle: "${text(lang, rnd, 6)} ${i}"\nsummary: "${text(lang, rnd, 20)}"\ndate: ${day}\nregions: [${REGIONS[i % 9]}]\ntags: [bench]\n---\n\n${[0, 1, 2, 3].map(() => text(lang, rnd, 70)).join('\n\n')}\n`,
      );
    }
    if (i % 100 === 0) {
      const guide = join(contentDir, 'guides', `bench-guide-${i}`);
      mkdirSync(guide, { recursive: true });
      for (const lang of /** @type {const} */ (['ky', 'ru', 'en'])) {
        const list = () => [0, 1, 2, 3, 4].map(() => `- ${text(lang, rnd, 12)}`).join('\n');
        writeFileSync(
          join(guide, `${lang}.md`),
          `---\ntitle: "${text(lang, rnd, 4)} ${i}"\nsummary: "${text(lang, rnd, 16)}"\norder: ${200 + i}\nupdated: ${day}\nsources:\n  - title: "Bench source ${i}"\n---\n\n## A\n${list()}\n\n## B\n${list()}\n\n## C\n${list()}\n`,
        );
      }
    }
    if (i % 50 === 0) {
      const t = (/** @type {'ky' | 'ru' | 'en'} */ l) => `"${text(l, rnd, 4)}"`;
      writeFileSync(
        join(contentDir, 'partners', `bench-partner-${i}.yaml`),
        `name: { ky: ${t('ky')}, ru: ${t('ru')}, en: ${t('en')} }\ntype: ngo\ndescription: { ky: ${t('ky')}, ru: ${t('ru')}, en: ${t('en')} }\nservices: [awareness]\nregions: [${REGIONS[i % 9]}]\nexample: true\n`,
      );
    }
    if (i % 5 === 0) {
      const t = (/** @type {'ky' | 'ru' | 'en'} */ l) => `"${text(l, rnd, 5)}"`;
      writeFileSync(
        join(contentDir, 'events', `${day}-bench-event-${i}.yaml`),
        `title: { ky: ${t('ky')}, ru: ${t('ru')}, en: ${t('en')} }\nsummary: { ky: ${t('ky')}, ru: ${t('ru')}, en: ${t('en')} }\nlocality: { ky: Нарын, ru: Нарын, en: Naryn }\nstart: "${day}T10:00"\nregion: ${REGIONS[i % 9]}\ntype: ${TYPES[i % TYPES.length]}\nexample: true\n`,
      );
    }
  }
}
