/**
 * Social cards are drawn from the bundled Noto Sans, not from system fonts: with fontconfig given no
 * fonts at all, Kyrgyz letters still come out as distinct glyphs (missing glyphs would all be the same box).
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'no-fonts-'));
writeFileSync(
  join(dir, 'fonts.conf'),
  '<?xml version="1.0"?><fontconfig><cachedir>' + dir + '</cachedir></fontconfig>',
);
process.env.FONTCONFIG_FILE = join(dir, 'fonts.conf');
const { default: sharp } = await import('sharp');
const { drawCard, CARD_HEIGHT, CARD_WIDTH } = await import('../../src/node/card-image');

const card = (title: string) =>
  drawCard({ title, kicker: 'Колдонмо', site: 'Адам сатууга каршы 100 күн', hotline: '1899' });
const pixels = async (png: Buffer) => sharp(png).raw().toBuffer();

describe('social card image', () => {
  test('is a 1200x630 PNG', async () => {
    const meta = await sharp(await card('Жумуш сунушу')).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([CARD_WIDTH, CARD_HEIGHT, 'png']);
  });

  test('ң ө ү are drawn as themselves with no system fonts', async () => {
    const [a, b, c] = await Promise.all([card('ңңң өөө үүү'), card('үүү ңңң өөө'), card('ннн ооо ууу')]);
    const [pa, pb, pc] = await Promise.all([pixels(a), pixels(b), pixels(c)]);
    expect(pa.equals(pb), 'different letters, different pictures').toBe(false);
    expect(pa.equals(pc), 'ң is not н').toBe(false);
  });

  test('a very long title still fits: the card keeps its size', async () => {
    const long = 'Адам сатуу '.repeat(40);
    const meta = await sharp(await card(long)).metadata();
    expect([meta.width, meta.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  test('a title with one word wider than the card is drawn (broken between letters), not a build error', async () => {
    for (const title of [
      'https://example.org/' + 'a'.repeat(200),
      '</script><script>window.pwned=1</script>'.repeat(3),
      'Адамсатуугакаршы'.repeat(20),
    ]) {
      const meta = await sharp(await card(title)).metadata();
      expect([meta.width, meta.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    }
  });
});
