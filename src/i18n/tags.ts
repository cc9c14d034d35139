/**
 * Labels of news tags in each language. Tags are Latin slugs in the front matter (`tags: [youth]`),
 * shared by the three translations; readers see the label in their language. A new tag needs a
 * line here, or it shows as its slug and the Latin-script test (tests/e2e/latin-script.spec.ts) fails.
 */
import type { Locale } from './locales';

const TAGS: Record<string, Record<Locale, string>> = {
  results: { ky: 'жыйынтыктар', ru: 'итоги', en: 'results' },
  youth: { ky: 'жаштар', ru: 'молодёжь', en: 'youth' },
  conference: { ky: 'конференция', ru: 'конференция', en: 'conference' },
  launch: { ky: 'башталыш', ru: 'старт', en: 'launch' },
  media: { ky: 'медиа', ru: 'медиа', en: 'media' },
  training: { ky: 'окутуу', ru: 'обучение', en: 'training' },
  online: { ky: 'онлайн', ru: 'онлайн', en: 'online' },
  'covid-19': { ky: 'COVID-19', ru: 'COVID-19', en: 'COVID-19' },
  journalists: { ky: 'журналисттер', ru: 'журналисты', en: 'journalists' },
  'referral-mechanism': { ky: 'багыттоо механизми', ru: 'механизм перенаправления', en: 'referral mechanism' },
  'regional-experience': { ky: 'аймактык тажрыйба', ru: 'региональный опыт', en: 'regional experience' },
  kazakhstan: { ky: 'Казакстан', ru: 'Казахстан', en: 'Kazakhstan' },
  hotline: { ky: 'ишеним телефону', ru: 'горячая линия', en: 'hotline' },
  schools: { ky: 'мектептер', ru: 'школы', en: 'schools' },
};
const CAMPAIGN = /^campaign-(\d{4})$/;
const CAMPAIGN_WORD: Record<Locale, string> = { ky: 'кампания', ru: 'кампания', en: 'campaign' };

/** A tag as readers see it: "campaign-2018" → "2018 кампания" / "кампания 2018" / "campaign 2018". */
export function tagLabel(tag: string, lang: Locale): string {
  const year = CAMPAIGN.exec(tag)?.[1];
  if (year) return lang === 'ky' ? `${year}-жылкы ${CAMPAIGN_WORD.ky}` : `${CAMPAIGN_WORD[lang]} ${year}`;
  return TAGS[tag]?.[lang] ?? tag;
}
