/**
 * Date patterns for browser scripts, made at build time with Node's full ICU: some browsers lack
 * Kyrgyz month names, so the page ships "{d}"/"{y}" patterns per month instead of trusting the
 * reader's Intl ("2026-ж., {d}-июль", "{d} июля {y} г.", "July {d}, {y}"); src/scripts/fill-date.ts fills them.
 */
import type { Locale } from '../i18n/locales';
import { formatDate, formatMonth } from './dates';

const months = Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0'));

/** One pattern per month, January first: a day ("{d}", "{y}") and a month heading ("{y}"). */
export function browserDatePatterns(lang: Locale): { days: string[]; months: string[] } {
  return {
    days: months.map((m) => formatDate(`2026-${m}-28`, lang).replace('2026', '{y}').replace('28', '{d}')),
    months: months.map((m) => formatMonth(`2026-${m}-01`, lang).replace('2026', '{y}')),
  };
}
