/**
 * /sw.js: the offline service worker, the pages a reader can save and the words of its "not saved"
 * page; its version is stamped after the build (src/integrations/offline-version.mjs).
 */
import type { APIRoute } from 'astro';
import source from '../offline/service-worker.js?raw';
import { offlinePages } from '../lib/guides';
import { BUILD_VERSION } from '../node/build-version';
import { LOCALES } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { localePath } from '../lib/urls';
import { HOTLINE } from '../config/site.mjs';
import { NEUTRAL_EXIT_URL } from '../lib/quick-exit-target';

const texts = Object.fromEntries(
  LOCALES.map((lang) => {
    const t = useTranslations(lang);
    return [
      lang,
      {
        title: t('offline.fallbackTitle'),
        text: t('offline.fallbackText'),
        call: t('layout.hotlineCall'),
        tel: `tel:${HOTLINE}`,
        exit: t('exit.button'),
        exitHref: NEUTRAL_EXIT_URL[lang],
        whoHelps: t('guides.whoHelpsText'),
        links: [
          [localePath(lang, 'help'), t('help.title')],
          [localePath(lang, 'guides'), t('guides.title')],
        ],
      },
    ];
  }),
);

export const GET: APIRoute = async () => {
  const body = source
    .replace('__VERSION__', JSON.stringify(BUILD_VERSION))
    .replace('__PAGES__', JSON.stringify(await offlinePages()))
    .replace('__TEXTS__', JSON.stringify(texts));
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
