import { describe, expect, test } from 'vitest';
import {
  badgeFontSize,
  groupByType,
  matchesFilter,
  partnerAcronym,
  partnersServingRegion,
  referencing,
} from '../../src/lib/partners';

const partner = (
  id: string,
  type: 'government' | 'coordination-council' | 'ngo' | 'un-agency',
  services: string[],
  regions: string[],
  country = 'KG',
) => ({ id, data: { type, services, regions, country } });
const partners = [
  partner('sms', 'government', ['awareness'], []),
  partner('cc-naryn', 'coordination-council', ['awareness', 'consultation'], ['naryn']),
  partner('shelter-osh', 'ngo', ['shelter'], ['osh']),
  partner('legal', 'ngo', ['legal-aid'], []),
  partner('abroad', 'ngo', ['hotline'], [], 'KZ'),
  partner('unodc', 'un-agency', ['training'], []),
];

describe('partners', () => {
  test('are grouped in the fixed order of types, empty types left out', () => {
    expect(groupByType(partners).map((g) => [g.type, g.partners.map((p) => p.id)])).toEqual([
      ['government', ['sms']],
      ['coordination-council', ['cc-naryn']],
      ['un-agency', ['unodc']],
      ['ngo', ['shelter-osh', 'legal', 'abroad']],
    ]);
  });
  test('filters by type, service and region; national partners serve every region, foreign ones none', () => {
    expect(partners.filter((p) => matchesFilter(p, { kind: 'type', value: 'ngo' })).map((p) => p.id)).toEqual([
      'shelter-osh',
      'legal',
      'abroad',
    ]);
    expect(partners.filter((p) => matchesFilter(p, { kind: 'service', value: 'shelter' })).map((p) => p.id)).toEqual([
      'shelter-osh',
    ]);
    expect(partners.filter((p) => matchesFilter(p, { kind: 'region', value: 'naryn' })).map((p) => p.id)).toEqual([
      'sms',
      'cc-naryn',
      'legal',
      'unodc',
    ]);
  });
  test('who helps in a region: local organisations, then national ones that give direct help', () => {
    const { regional, national } = partnersServingRegion(partners, 'naryn');
    expect(regional.map((p) => p.id)).toEqual(['cc-naryn']);
    expect(national.map((p) => p.id)).toEqual(['legal']);
  });
  test('cross-references find the events and news that name a partner', () => {
    const events = [
      { id: 'e1', organisers: ['cc-naryn', 'unodc'] },
      { id: 'e2', organisers: ['sms'] },
      { id: 'e3', organisers: undefined },
    ];
    expect(referencing(events, 'unodc', (e) => e.organisers).map((e) => e.id)).toEqual(['e1']);
    const news = [
      { slug: 'n1', partners: ['unodc'] },
      { slug: 'n2', partners: [] },
    ];
    expect(referencing(news, 'unodc', (n) => n.partners).map((n) => n.slug)).toEqual(['n1']);
  });
  test("badges show the acronym in the page's script, never initials cut from a name", () => {
    const iom = { ky: 'ЭМУ', ru: 'МОМ', en: 'IOM' };
    expect(partnerAcronym(iom, 'ky')).toBe('ЭМУ');
    expect(partnerAcronym(iom, 'ru')).toBe('МОМ');
    expect(partnerAcronym(iom, 'en')).toBe('IOM');
    // USAID has no established Cyrillic acronym: no badge text on ky/ru (the type symbol is drawn).
    expect(partnerAcronym({ en: 'USAID' }, 'ky')).toBeUndefined();
    expect(partnerAcronym(undefined, 'en')).toBeUndefined();
  });
  test('a long or wide acronym gets a smaller badge font, a short one stays large', () => {
    expect(badgeFontSize('ЕБ')).toBe(22);
    expect(badgeFontSize('ЮНИСЕФ')).toBeLessThan(badgeFontSize('UNICEF'));
    expect(badgeFontSize('МОМ')).toBeLessThan(badgeFontSize('ЭЭУ'));
    expect(badgeFontSize('GLO.ACT')).toBeGreaterThan(8);
  });
});
