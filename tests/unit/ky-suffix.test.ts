import { describe, expect, test } from 'vitest';
import { checkNumberSuffix, kyNumber, kyPercent, kySuffix, kyYear, lastSpokenWord } from '../../src/i18n/ky-suffix.mjs';

describe('Kyrgyz suffixes after numbers follow how the number is read aloud', () => {
  test('the last spoken word decides', () => {
    expect(lastSpokenWord(1899)).toBe('тогуз');
    expect(lastSpokenWord(112)).toBe('эки');
    expect(lastSpokenWord(40)).toBe('кырк');
    expect(lastSpokenWord(200)).toBe('жүз');
    expect(lastSpokenWord('10 000')).toBe('миң');
    expect(lastSpokenWord(2_000_000)).toBe('миллион');
    expect(lastSpokenWord('49,6')).toBe('алты');
  });
  test('dative: 1899га, 112ге, 40%га, 700 000ге, 3кө, 10го, 4кө, 5ке, 50гө', () => {
    expect(kyNumber(1899, 'dative')).toBe('1899га');
    expect(kyNumber(112, 'dative')).toBe('112ге');
    expect(kyNumber('700 000', 'dative')).toBe('700 000ге');
    expect(kyNumber(3, 'dative')).toBe('3кө');
    expect(kyNumber(10, 'dative')).toBe('10го');
    expect(kyNumber(4, 'dative')).toBe('4кө');
    expect(kyNumber(5, 'dative')).toBe('5ке');
    expect(kyNumber(50, 'dative')).toBe('50гө');
    expect(kyNumber(40, 'dative')).toBe('40ка');
    expect(kyPercent(40, 'dative')).toBe('40%га');
    expect(kyPercent(31, 'dative')).toBe('31%га');
  });
  test('locative, ablative, accusative and genitive', () => {
    expect(kyNumber('10 000', 'ablative')).toBe('10 000ден');
    expect(kyNumber(200, 'ablative')).toBe('200дөн');
    expect(kyNumber(20, 'ablative')).toBe('20дан');
    expect(kyNumber(5, 'ablative')).toBe('5тен');
    expect(kyNumber(19, 'ablative')).toBe('19дан');
    expect(kyNumber(2, 'locative')).toBe('2де');
    expect(kyNumber(3, 'locative')).toBe('3тө');
    expect(kyNumber(1899, 'accusative')).toBe('1899ду');
    expect(kyNumber(2, 'accusative')).toBe('2ни');
    expect(kyNumber(5, 'genitive')).toBe('5тин');
    expect(kyNumber(6, 'genitive')).toBe('6нын');
    expect(kyPercent(38, 'possessive-accusative')).toBe('38%ын');
    expect(kyPercent(8, 'locative')).toBe('8%да');
  });
  test('years: 2026-жылы, 2019-жылга, 2017-жылдан, 2018-жылдын', () => {
    expect(kyYear(2026, 'locative')).toBe('2026-жылы');
    expect(kyYear(2019, 'dative')).toBe('2019-жылга');
    expect(kyYear(2017, 'ablative')).toBe('2017-жылдан');
    expect(kyYear(2018, 'genitive')).toBe('2018-жылдын');
  });
  test('words: vowel harmony and voicing', () => {
    expect(kySuffix('үй', 'dative')).toBe('гө');
    expect(kySuffix('китеп', 'locative')).toBe('те');
    expect(kySuffix('суу', 'dative')).toBe('га');
    expect(kySuffix('кол', 'accusative')).toBe('ду');
  });
  test('the check finds the suffix errors the review lists and accepts the right forms', () => {
    expect(checkNumberSuffix('40%', 'ке')).toMatchObject({ case: 'dative', expected: 'га', ok: false });
    expect(checkNumberSuffix('40%', 'га')?.ok).toBe(true);
    expect(checkNumberSuffix('1899', 'га')?.ok).toBe(true);
    expect(checkNumberSuffix('112', 'ге')?.ok).toBe(true);
    expect(checkNumberSuffix('112', 'га')?.ok).toBe(false);
    expect(checkNumberSuffix('10 000', 'ден')?.ok).toBe(true);
    expect(checkNumberSuffix('38%', 'ын')).toBeNull();
  });
});
