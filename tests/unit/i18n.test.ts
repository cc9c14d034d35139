import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/t';
import { en } from '../../src/i18n/ui/en';
import { ky } from '../../src/i18n/ui/ky';
import { ru } from '../../src/i18n/ui/ru';
import { preferredLocale } from '../../src/lib/preferred-locale';

describe('UI dictionaries', () => {
  test('every language has every key (the type check enforces it too)', () => {
    expect(Object.keys(ky).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });
  test('no Kyrgyz string uses Latin look-alikes for ң ө ү', () => {
    for (const [key, value] of Object.entries(ky)) {
      const text = typeof value === 'string' ? value : Object.values(value).join(' ');
      expect(text, key).not.toMatch(/[a-zA-Z][\u0400-\u04FF]|[\u0400-\u04FF][a-zA-Z]/);
    }
  });
  test('placeholders are filled and Russian plurals use their four forms', () => {
    const t = useTranslations('ru');
    expect(t('common.results', { count: 1 })).toBe('1 запись');
    expect(t('common.results', { count: 3 })).toBe('3 записи');
    expect(t('common.results', { count: 5 })).toBe('5 записей');
    expect(useTranslations('en')('date.asOf', { date: 'today' })).toBe('as of today');
  });
  test('each language gives the three languages three different names', () => {
    // A name copied onto the wrong key (Russian called "Kyrgyz") would show here.
    for (const lang of LOCALES)
      expect(new Set(LOCALES.map((other) => useTranslations(lang)(`lang.${other}`))).size).toBe(LOCALES.length);
  });
});

describe('preferred language of a first-time reader', () => {
  test('the first supported language wins', () => {
    expect(preferredLocale(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLocale(['en-GB'])).toBe('en');
    expect(preferredLocale(['ky-KG', 'ru'])).toBe('ky');
  });
  test('Kyrgyz when nothing matches', () => {
    expect(preferredLocale(['de', 'fr'])).toBe('ky');
    expect(preferredLocale([])).toBe('ky');
  });
});
