import { describe, expect, test } from 'vitest';
import { eventListPlace, eventPlace } from '../../src/lib/event-place';
import { regionLookup, regionName } from '../../src/lib/regions';
import { telHref } from '../../src/lib/tel';

const text = (ky: string, ru: string, en: string) => ({ ky, ru, en });
const regions = [
  {
    id: 'naryn',
    data: {
      name: text('Нарын облусу', 'Нарынская область', 'Naryn Oblast'),
      shortName: text('Нарын', 'Нарын', 'Naryn'),
    },
  },
  {
    id: 'osh-city',
    data: { name: text('Ош шаары', 'город Ош', 'Osh city'), shortName: text('Ош ш.', 'г. Ош', 'Osh (city)') },
  },
];

describe('regions by id', () => {
  const find = regionLookup(regions);
  test('finds a region and names it in each language, full or short', () => {
    expect(find('naryn').id).toBe('naryn');
    expect(regionName(find, 'naryn', 'ky')).toBe('Нарын облусу');
    expect(regionName(find, 'naryn', 'ru')).toBe('Нарынская область');
    expect(regionName(find, 'osh-city', 'en', 'shortName')).toBe('Osh (city)');
    expect(regionName(find, undefined, 'ky')).toBeUndefined();
  });
  test('an unknown id says which one and which exist', () => {
    expect(() => find('chui')).toThrow('Unknown region "chui"; regions are: naryn, osh-city');
  });
});

describe('the place of an event', () => {
  const data = {
    venue: text('Жаштар борбору', 'Молодёжный центр', 'Youth centre'),
    locality: text('Нарын', 'Нарын', 'Naryn'),
  };
  test('in full: venue, locality, region, in the reader’s language', () => {
    expect(eventPlace(data, 'ky', 'Нарын облусу')).toBe('Жаштар борбору, Нарын, Нарын облусу');
    expect(eventPlace(data, 'ru', 'Нарынская область')).toBe('Молодёжный центр, Нарын, Нарынская область');
    expect(eventPlace({ locality: data.locality }, 'en', 'Naryn Oblast')).toBe('Naryn, Naryn Oblast');
    expect(eventPlace({}, 'ky')).toBe('');
  });
  test('in a list: locality and the region’s short name, nothing without a locality', () => {
    expect(eventListPlace(data, 'ky', 'Нарын')).toBe('Нарын, Нарын');
    expect(eventListPlace(data, 'en')).toBe('Naryn');
    expect(eventListPlace({ venue: data.venue }, 'ru', 'Нарын')).toBeUndefined();
  });
});

describe('tel: links', () => {
  test('dial digits and a leading +, whatever the number is written with', () => {
    expect(telHref('1899')).toBe('tel:1899');
    expect(telHref('+996 (312) 66-34-98')).toBe('tel:+996312663498');
    expect(telHref(' 0 312 62 37 37 ')).toBe('tel:0312623737');
    expect(telHref('+7 900 000-00-00 +')).toBe('tel:+79000000000');
  });
});
