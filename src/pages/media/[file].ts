/** /media/<id>.<ext> and /media/<id>-<width>.png: media-kit files, renditions drawn by sharp at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { CONTENT_DIR } from '../../node/content-dir.mjs';
import { downloads, getMediaKit } from '../../data/media-kit';

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg' };

export const getStaticPaths = (async () =>
  (await getMediaKit()).flatMap((entry) =>
    downloads(entry).map((d) => ({
      params: { file: d.href.slice('/media/'.length) },
      props: { source: entry.data.file, format: d.format, width: d.width },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { source, format, width } = props as { source: string; format: string; width?: number };
  const original = readFileSync(resolve(CONTENT_DIR, source));
  // An SVG is rasterised at a density high enough for the widest rendition to stay sharp.
  const body = width
    ? await sharp(original, {
        density: source.endsWith('.svg') ? Math.max(72, Math.ceil((72 * width) / 48)) : undefined,
      })
        .resize({ width, withoutEnlargement: !source.endsWith('.svg') })
        .png({ compressionLevel: 9 })
        .toBuffer()
    : original;
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': TYPES[format] ?? 'application/octet-stream' },
  });
};
