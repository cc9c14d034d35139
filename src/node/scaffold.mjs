// Templates for `npm run new`: every required field is present with a "TODO" placeholder and a
// comment that says what to write. `npm run dev` shows the entry while the editor writes; `npm run
// build` refuses any "TODO" left, naming file and field (src/integrations/content-checks.mjs), so a
// placeholder never goes live.
import { LOCALES as LANGS } from '../config/site.mjs';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATED = /^\d{4}-\d{2}-\d{2}-/;

/** @param {string} indent @param {string} what */
const localized = (indent, what) => LANGS.map((l) => `${indent}${l}: "TODO: ${what} (${l})"`).join('\n');

/** @param {string} date */
const news = (date) => (/** @type {string} */ lang) => `---
# News in ${lang}. Fields: see docs/editing.md. Delete these comment lines when done.
title: "TODO: title"
summary: "TODO: one or two sentences shown in lists, feeds and search"
date: ${date}              # publication date, year-month-day
kind: news                    # news | press-release | story
# campaign: "2018"            # id of a file in content/campaigns/
regions: []                   # e.g. [naryn, osh-city]: ids of files in content/regions/
partners: []                  # e.g. [unodc, iom]: ids of files in content/partners/
tags: []
# cover: ./cover.png          # an image next to this file (no photos of people from elsewhere)
# coverAlt: "what the image shows"
sources: []                   # - title: "Publisher, year: title"  url: "https://..."
${lang === 'ky' ? 'translation: needs-review\n' : ''}---

TODO: the article. Write every sentence yourself; give facts with their source.
`;

/** @param {string} lang */
const guide = (lang) => `---
# Guide in ${lang}. Plain language: short sentences, "you", no jargon.
title: "TODO: title"
summary: "TODO: one sentence"
order: 100                    # position in the list of guides
updated: TODAY                # when the facts were last checked
partners: []                  # ids from content/partners/ whose work concerns this topic ("who helps")
sources:
  - title: "TODO: publisher, year: title"
${lang === 'ky' ? 'translation: needs-review\n' : ''}---

TODO: two or three sentences: what this is.

## TODO: warning signs

- TODO

## TODO: how to protect yourself

- TODO

## TODO: what to do if it happens

1. Call the hotline 1899.

## TODO: who helps

TODO
`;

/** @param {string} lang */
const page = (lang) => `---
title: "TODO: title"
description: "TODO: one sentence for search engines and link previews"
${lang === 'ky' ? 'translation: needs-review\n' : ''}---

TODO: the text of the page.
`;

/** @param {string} date */
const event = (date) => `# One event; texts in three languages. Times are Bishkek time. See docs/editing.md.
title:
${localized('  ', 'title')}
summary:
${localized('  ', 'one or two sentences')}
venue:
${localized('  ', 'place, e.g. youth centre')}
locality:
${localized('  ', 'town or village')}
start: "${date}T10:00"        # or ${date} for a whole day
end: "${date}T12:00"          # optional
region: bishkek               # id of a file in content/regions/
type: other                   # debate, quiz, march, bicycle-marathon, forum-theatre, sport, flash-mob, tv-radio, training, field-trip, conference, press, online, other
organisers: []                # ids of files in content/partners/
# campaign: "2018"            # id of a file in content/campaigns/
# online: https://...         # link for an online event
example: false                # true when the sources do not give this event
`;

const partner = `# One organisation. Publish only contacts the organisation publishes itself.
name:
${localized('  ', 'full name')}
# acronym: { ky: "ЭМУ", ru: "МОМ", en: "IOM" }   # only established acronyms, in each language's script
type: ngo                     # government, coordination-council, un-agency, international, ngo, youth, donor
description:
${localized('  ', 'two sentences: who they are and what they do for people affected by trafficking')}
services: []                  # hotline, consultation, legal-aid, shelter, reintegration, training, awareness
regions: []                   # ids of files in content/regions/; empty = the whole country
# website: https://...
phones: []                    # - number: "..."  source: { title: "where it is published", url: "https://..." }
sources: []
`;

/** What each type creates, and where. */
/** @type {Record<string, { folder: string, dated: boolean }>} */
export const ENTRY_TYPES = {
  news: { folder: 'news', dated: true },
  event: { folder: 'events', dated: true },
  guide: { folder: 'guides', dated: false },
  partner: { folder: 'partners', dated: false },
  page: { folder: 'pages', dated: false },
};

/**
 * @param {string} type
 * @param {string} slug
 * @param {{ today: string, existing: (folder: string) => string[] }} context
 * @returns {{ type: string, slug: string, files: { path: string, text: string }[], next: string[] }}
 */
export function scaffoldEntry(type, slug, { today, existing }) {
  const spec = ENTRY_TYPES[type];
  if (!spec) throw new Error(`Unknown type "${type}". Use one of: ${Object.keys(ENTRY_TYPES).join(', ')}.`);
  if (!SLUG.test(slug))
    throw new Error(
      `"${slug}" is not a valid slug: use Latin lowercase letters, digits and hyphens, e.g. naryn-quiz-night.`,
    );
  const date = DATED.test(slug) ? slug.slice(0, 10) : today;
  const id = spec.dated && !DATED.test(slug) ? `${today}-${slug}` : slug;
  const bare = id.replace(DATED, '');
  const taken = existing(spec.folder).find((name) => name === id || (spec.dated && name.replace(DATED, '') === bare));
  if (taken)
    throw new Error(
      `A ${type} "${taken}" already exists in content/${spec.folder}/. Slugs never change once published: choose another.`,
    );

  // News are plain Markdown: lighter to build at scale, and "<" or "{" in a text cannot break them.
  // An article that needs a component (a chart) is renamed to .mdx (docs/editing.md).
  const ext = type === 'news' ? 'md' : 'mdx';
  /** @param {(lang: string) => string} make */
  const perLanguage = (make) =>
    LANGS.map((lang) => ({ path: `${spec.folder}/${id}/${lang}.${ext}`, text: make(lang) }));
  const files =
    type === 'news'
      ? perLanguage(news(date))
      : type === 'guide'
        ? perLanguage((l) => guide(l).replace('TODAY', today))
        : type === 'page'
          ? perLanguage(page)
          : type === 'event'
            ? [{ path: `${spec.folder}/${id}.yaml`, text: event(date) }]
            : [{ path: `${spec.folder}/${id}.yaml`, text: partner }];

  const next = [
    `Replace every "TODO" in ${files.length > 1 ? 'the three files' : 'the file'} (the texts in Kyrgyz, Russian and English); the build refuses any "TODO" left.`,
    'Preview: npm run dev, then open http://localhost:4321/ru/ ; then the full check: npm run build.',
    'Check translations: npm run i18n:status',
    'Commit the files. The build names the file and field of any mistake.',
  ];
  return { type, slug: id, files, next };
}
