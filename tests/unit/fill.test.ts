/** The one plural-and-placeholder formatter shared by t.ts and the browser scripts (src/i18n/fill.ts). */
import { describe, expect, test } from 'vitest';
import { formatMessage } from '../../src/i18n/fill';
import { rawMessage } from '../../src/i18n/t';

describe('formatMessage', () => {
  test('chooses the plural form by the language’s rules, with the noun, in ky, ru and en', () => {
    const ru = rawMessage('ru', 'search.resultsFor');
    const rules = new Intl.PluralRules('ru');
    expect(formatMessage(ru, { count: 1, query: 'паспорт' }, rules)).toBe('1 результат по запросу «паспорт»');
    expect(formatMessage(ru, { count: 3, query: 'паспорт' }, rules)).toBe('3 результата по запросу «паспорт»');
    expect(formatMessage(ru, { count: 5, query: 'паспорт' }, rules)).toBe('5 результатов по запросу «паспорт»');
    expect(
      formatMessage(rawMessage('ky', 'search.resultsFor'), { count: 2, query: 'жумуш' }, new Intl.PluralRules('ky')),
    ).toBe('«жумуш» боюнча 2 натыйжа');
    expect(
      formatMessage(rawMessage('en', 'search.resultsFor'), { count: 1, query: 'job' }, new Intl.PluralRules('en')),
    ).toBe('1 result for “job”');
  });

  test('keeps $& and other replacement patterns in a value literal', () => {
    expect(formatMessage('«{query}»', { query: '$& $1 $$' })).toBe('«$& $1 $$»');
  });

  test('a value ending in a full stop takes the place of the template’s own', () => {
    expect(formatMessage('Обновлено {date}.', { date: '2 декабря 2026 г.' })).toBe('Обновлено 2 декабря 2026 г.');
  });
});
