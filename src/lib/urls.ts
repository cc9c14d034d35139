/** Every URL the site builds goes through here, so the scheme (docs/architecture.md) lives in one place. */
import { SITE_URL } from '../site-url.mjs';
import type { Locale } from '../i18n/locales';

/** Path of a page in a language: localePath('ru', 'news/2018-launch') -> "/ru/news/2018-launch/". */
export function localePath(lang: Locale, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/** Path of a file (no trailing slash): localeFile('ru', 'news/rss.xml') -> "/ru/news/rss.xml". */
export function localeFile(lang: Locale, file: string): string {
  return `/${lang}/${file.replace(/^\/+/, '')}`;
}

/** Absolute URL on the public site, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${SITE_URL}/`).href;
}
