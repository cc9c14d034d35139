/** A logo file supplied by a partner goes through sharp; without one the page shows a monogram. */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, test } from 'vitest';
import { buildWithContent, type BuildResult } from '../helpers/temp-build';

let build: BuildResult | undefined;
afterAll(() => build?.cleanup());

test('a supplied logo is resized and served as WebP with its dimensions; others get a monogram', async () => {
  const png = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#0b5d6b' } })
    .png()
    .toBuffer();
  build = buildWithContent(null, (contentDir) => {
    writeFileSync(join(contentDir, 'partners/iom-logo.png'), png);
    appendFileSync(join(contentDir, 'partners/iom.yaml'), 'logo: ./iom-logo.png\n');
  });
  expect(build.code, build.output).toBe(0);
  const page = readFileSync(join(build.outDir, 'en/partners/iom/index.html'), 'utf8');
  expect(page).toMatch(/<img[^>]+src="\/_astro\/iom-logo\.[^"]+\.webp"[^>]*width="72"[^>]*height="72"/);
  const other = readFileSync(join(build.outDir, 'en/partners/ilo/index.html'), 'utf8');
  expect(other).toMatch(/<svg class="monogram[^"]*"[\s\S]*?>ILO<\/text>/);
});
