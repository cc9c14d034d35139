import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { useTranslations, type UIKey } from '../../src/i18n/t';
import { PLURAL_FORMS } from '../../src/i18n/types';
import { en } from '../../src/i18n/ui/en';
import { ky } from '../../src/i18n/ui/ky';
import { ru } from '../../src/i18n/ui/ru';
import { formatDate } from '../../src/lib/dates';

const dictionaries = { ky, ru, en } as const;
const forms = (m: unknown) => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>));
const keysWith = (placeholder: string) =>
  (Object.keys(en) as UIKey[]).filter((k) =>
    LOCALES.some((l) => forms(dictionaries[l][k]).some((f) => f.includes(`{${placeholder}}`))),
  );
const sample = {
  query: 'паспорт',
  page: 2,
  total: 15,
  year: 2026,
  region: 'Нарын',
  filter: 'Нарын',
  network: 'Telegram',
  site: 'Сайт',
  title: 'Аталыш',
  url: 'https://example.org/',
  format: 'SVG',
  width: 1200,
  language: 'x',
  inLanguage: 'x',
};

describe('dates and counts inside sentences', () => {
  test('each language has exactly the plural forms its Intl.PluralRules uses', () => {
    for (const lang of LOCALES) {
      expect([...PLURAL_FORMS[lang]].sort(), lang).toEqual(
        [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort(),
      );
      for (const [key, value] of Object.entries(dictionaries[lang])) {
        if (typeof value !== 'string')
          expect(Object.keys(value).sort(), `${lang} ${key}`).toEqual([...PLURAL_FORMS[lang]].sort());
      }
    }
  });

  test('every {date} string reads naturally with real dates: no "г..", no word left hanging before a date', () => {
    const dates = ['2026-07-30', '2026-12-02', '2027-01-01'];
    const keys = keysWith('date');
    expect(keys.length).toBeGreaterThan(3);
    for (const lang of LOCALES) {
      const t = useTranslations(lang);
      for (const key of keys) {
        for (const day of dates) {
          const text = t(key, { ...sample, date: formatDate(day, lang) });
          expect(text, `${lang} ${key}`).not.toMatch(/\.\./);
          expect(text, `${lang} ${key}`).not.toContain('{');
          // ky: an attributive word ("бүгүнкү,") cut off from its noun by the "2026-ж., 30-июль" date.
          if (lang === 'ky')
            expect(text, `${lang} ${key}`).not.toMatch(/(кы|ки|ку|кү|гы|ги|гу|гү|дагы|деги),\s*\d{4}-ж\./);
          // A date in the middle of a Kyrgyz sentence takes no suffix: "30-июль абалы" reads as a fragment.
          if (lang === 'ky') expect(text, `${lang} ${key}`).not.toMatch(/\d+-[а-яөүң]+ [а-яөүң]+ы боюнча/);
        }
      }
    }
  });

  test('the Russian date at the end of a sentence ends in one full stop', () => {
    const t = useTranslations('ru');
    expect(t('guides.updated', { date: formatDate('2026-12-02', 'ru') })).toBe('Факты проверены 2 декабря 2026 г.');
    expect(useTranslations('ky')('events.asOfToday', { date: formatDate('2026-07-30', 'ky') })).toBe(
      'Алдыдагы жана өткөн иш-чаралар бүгүнкү күнгө карата (2026-ж., 30-июль).',
    );
  });

  test('no Kyrgyz template glues a case suffix to a placeholder (it could not follow vowel harmony)', () => {
    for (const [key, value] of Object.entries(ky)) {
      for (const form of forms(value)) expect(form, key).not.toMatch(/\{\w+\}[а-яөүң]/);
    }
  });

  test('counts carry their noun in every plural form', () => {
    const counts = [0, 1, 2, 3, 5, 11, 21, 22, 25, 101];
    for (const lang of LOCALES) {
      const t = useTranslations(lang);
      for (const key of keysWith('count').filter((k) => typeof en[k] !== 'string')) {
        for (const count of counts) {
          const text = t(key, { ...sample, count });
          expect(text, `${lang} ${key} ${count}`).toContain(String(count));
          // The phrase must not end on an adjective or participle without its noun ("3 предстоящих", "3 алдыдагы").
          if (lang === 'ru') expect(text, `${lang} ${key} ${count}`).not.toMatch(/(их|ее|ый|ой|ая|ые|ое)$/);
          if (lang === 'ky') expect(text, `${lang} ${key} ${count}`).not.toMatch(/(дагы|деги|догу|дөгү|тагы|теги)$/);
        }
      }
    }
    expect(useTranslations('ru')('events.upcomingCount', { count: 3 })).toBe('3 предстоящих мероприятия');
    expect(useTranslations('ru')('events.upcomingCount', { count: 5 })).toBe('5 предстоящих мероприятий');
    expect(useTranslations('ru')('events.upcomingCount', { count: 21 })).toBe('21 предстоящее мероприятие');
    expect(useTranslations('ky')('events.upcomingCount', { count: 3 })).toBe('алдыда 3 иш-чара');
    expect(useTranslations('en')('events.upcomingCount', { count: 1 })).toBe('1 upcoming event');
  });

  test('Russian names other languages in the locative: "на кыргызском языке"', () => {
    expect(useTranslations('ru')('fallback.notice', { inLanguage: useTranslations('ru')('lang.in.ky') })).toBe(
      'Эта страница пока не переведена на русский язык. Вы читаете её на кыргызском языке.',
    );
    expect(useTranslations('ky')('fallback.availableIn', { inLanguage: useTranslations('ky')('lang.in.ru') })).toBe(
      'орус тилинде бар',
    );
  });
});

describe("news tags in the reader's language", () => {
  test('known tags and campaign years are translated, never shown as Latin slugs on ky and ru', async () => {
    const { tagLabel } = await import('../../src/i18n/tags');
    expect(tagLabel('youth', 'ky')).toBe('жаштар');
    expect(tagLabel('referral-mechanism', 'ru')).toBe('механизм перенаправления');
    expect(tagLabel('campaign-2018', 'ky')).toBe('2018-жылкы кампания');
    expect(tagLabel('campaign-2018', 'ru')).toBe('кампания 2018');
    expect(tagLabel('campaign-2018', 'en')).toBe('campaign 2018');
  });
});
