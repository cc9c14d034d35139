import { LOCALES } from '../i18n/locales';

/** getStaticPaths for a page that exists once per language: /ky/..., /ru/..., /en/... */
export function localeStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}
