/** /og/<lang>/<page>.png: the 1200x630 social card of a page (see src/data/social-cards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../node/card-image';
import { cardUrl, getSocialCards, type SocialCard } from '../../../data/social-cards';

export const getStaticPaths = (async () =>
  (await getSocialCards()).map((card) => ({
    params: {
      lang: card.lang,
      card: cardUrl(card.lang, card.path)
        .split('/')
        .pop()!
        .replace(/\.png$/, ''),
    },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: SocialCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
