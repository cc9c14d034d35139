import { describe, expect, test } from 'vitest';
import { countText } from '../../src/scripts/filter-links';
import { rawMessage } from '../../src/i18n/t';

describe('counts in filter scripts', () => {
  test('take the plural form of each language', () => {
    const ru = rawMessage('ru', 'events.upcomingCount') as Record<string, string>;
    const rules = new Intl.PluralRules('ru');
    expect(countText(ru, 1, rules)).toBe(ru.one!.replace('{count}', '1'));
    expect(countText(ru, 3, rules)).toBe(ru.few!.replace('{count}', '3'));
    expect(countText(ru, 5, rules)).toBe(ru.many!.replace('{count}', '5'));
    expect(
      countText(rawMessage('ky', 'events.upcomingCount') as Record<string, string>, 2, new Intl.PluralRules('ky')),
    ).toBe('алдыда 2 иш-чара');
    expect(
      countText(rawMessage('en', 'events.upcomingCount') as Record<string, string>, 1, new Intl.PluralRules('en')),
    ).toBe('1 upcoming event');
    expect(countText('{count} found', 4, rules)).toBe('4 found');
  });
});
