/**
 * Partners and what refers to them. The cross-references (events a partner organises, news that
 * names it, editions it organised, who serves a region) are computed here from the content, in
 * plain functions that the tests exercise with small in-memory data.
 */
import type { Locale } from '../i18n/locales';
import { PARTNER_SERVICES, PARTNER_TYPES } from '../schemas/partner';

export type PartnerType = (typeof PARTNER_TYPES)[number];
export { PARTNER_SERVICES, PARTNER_TYPES };

interface PartnerLike {
  id: string;
  data: { type: PartnerType; services: readonly string[]; regions: readonly string[]; country?: string };
}

/** A partner working across Kyrgyzstan (no regions listed, based in the country). */
const isNational = (p: PartnerLike) => p.data.regions.length === 0 && (p.data.country ?? 'KG') === 'KG';

/** Partners grouped in the order of PARTNER_TYPES; empty groups left out. */
export function groupByType<P extends PartnerLike>(partners: readonly P[]): { type: PartnerType; partners: P[] }[] {
  return PARTNER_TYPES.map((type) => ({ type, partners: partners.filter((p) => p.data.type === type) })).filter(
    (g) => g.partners.length,
  );
}

export type PartnerFilter = { kind: 'type' | 'service' | 'region'; value: string };

/** Whether a partner matches a filter; a national partner (no regions listed) serves every region. */
export function matchesFilter(partner: PartnerLike, filter: PartnerFilter): boolean {
  if (filter.kind === 'type') return partner.data.type === filter.value;
  if (filter.kind === 'service') return partner.data.services.includes(filter.value);
  return isNational(partner) || partner.data.regions.includes(filter.value);
}

/** Who serves a region: organisations based there, and national ones. */
export function partnersServingRegion<P extends PartnerLike>(
  partners: readonly P[],
  region: string,
): { regional: P[]; national: P[] } {
  return {
    regional: partners.filter((p) => p.data.regions.includes(region)),
    // National organisations that give people direct help, not only campaigns or training.
    national: partners.filter(
      (p) => isNational(p) && p.data.services.some((s) => s !== 'awareness' && s !== 'training'),
    ),
  };
}

/** Entries whose list field (organisers, partners) names the partner. */
export function referencing<E>(
  entries: readonly E[],
  partnerId: string,
  field: (entry: E) => readonly string[] | undefined,
): E[] {
  return entries.filter((e) => field(e)?.includes(partnerId));
}

/**
 * The text of a partner's badge in the page's language: the organisation's own acronym in that
 * language's script (ЭМУ on a Kyrgyz page, МОМ on a Russian one, IOM on an English one), or nothing,
 * and the badge then shows the partner type's symbol. Never initials cut from a name ("SM", "UNICE").
 */
export function partnerAcronym(acronym: Partial<Record<Locale, string>> | undefined, lang: Locale): string | undefined {
  return acronym?.[lang];
}

/** The badge draws its text inside a 56-unit square; 50 leaves the border and a little air. */
const BADGE_TEXT_WIDTH = 50;
/**
 * Font size (in the badge's 56-unit box) at which an acronym fits on one line. Widths are estimated
 * per letter, on the wide side (DejaVu Sans Bold, what Arial falls back to on Linux): Cyrillic Ю, Ф,
 * М, Ш, Ж are a third wider than most capitals, a dot or a space less than half.
 */
export function badgeFontSize(text: string): number {
  const width = [...text].reduce(
    (sum, ch) => sum + (/[ЮФМШЩЖЫWMÆ]/u.test(ch) ? 1.1 : /[\s.IJ1Г]/u.test(ch) ? 0.4 : 0.85),
    0,
  );
  return Math.min(22, Math.floor((BADGE_TEXT_WIDTH / width) * 10) / 10);
}
