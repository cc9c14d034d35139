/**
 * Draws a 1200x630 social card (Open Graph, Twitter) with sharp. Text is laid out by Pango from the
 * Noto Sans files bundled in src/assets/fonts/, never from system fonts, so Kyrgyz ң ө ү render the
 * same on a build machine that has no fonts at all. Cards are cached by their content between builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { CONTENT_DIR } from './content-dir.mjs';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FONTS = resolve('src/assets/fonts');
const BOLD = join(FONTS, 'NotoSans-Bold.ttf');
const REGULAR = join(FONTS, 'NotoSans-Regular.ttf');
const COLOURS = { background: '#0b5d6b', text: '#ffffff', accent: '#ffd54a', band: '#ffd54a', bandText: '#06343c' };
const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const TITLE_MAX_HEIGHT = 270;
/** Bump when the drawing changes, so cached cards are redrawn. */
const DESIGN_VERSION = 3;
const CACHE = resolve('node_modules/.cache/social-cards');

export interface CardText {
  /** The page title, in the page's language. */
  title: string;
  /** A short line above the title: "News · 10 September 2018". */
  kicker: string;
  /** Site name in the same language. */
  site: string;
  /** Hotline line for the band at the bottom: "Hotline 1899". */
  hotline: string;
}

const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * 'word-char' breaks a word wider than the line (a URL, a long compound) between letters instead of
 * letting it overflow: a layer wider than the card makes sharp's composite throw and the build fail.
 */
async function textLayer(text: string, font: string, fontfile: string, colour: string, width = TEXT_WIDTH) {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font,
      fontfile,
      width,
      rgba: true,
      wrap: 'word-char',
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, height: info.height, width: info.width };
}

/** The title at the largest size that fits in four lines' height; very long titles are shortened. */
async function titleLayer(title: string) {
  for (const size of [64, 56, 48]) {
    const layer = await textLayer(title, `Noto Sans Bold ${size}`, BOLD, COLOURS.text);
    if (layer.height <= TITLE_MAX_HEIGHT) return layer;
  }
  const words = title.split(/\s+/);
  while (words.length > 1) {
    words.pop();
    const layer = await textLayer(`${words.join(' ')}…`, 'Noto Sans Bold 48', BOLD, COLOURS.text);
    if (layer.height <= TITLE_MAX_HEIGHT) return layer;
  }
  return textLayer(title.slice(0, 80), 'Noto Sans Bold 48', BOLD, COLOURS.text);
}

const LOGO_SIZE = 88;
let logoPng: Promise<Buffer> | undefined;
function logo(): Promise<Buffer> {
  logoPng ??= sharp(readFileSync(join(CONTENT_DIR, 'media/logo.svg')), { density: 72 * 4 })
    .resize(LOGO_SIZE, LOGO_SIZE)
    .png()
    .toBuffer();
  return logoPng;
}

/**
 * The part of a card that is the same for every page of a language (colours, mark, site name,
 * hotline band), drawn once and kept as raw pixels: a card then costs two text layers and one encode.
 */
const backgrounds = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();
function background(site: string, hotlineText: string) {
  const key = `${site}\n${hotlineText}`;
  let bg = backgrounds.get(key);
  if (!bg) {
    bg = (async () => {
      const bandHeight = 96;
      const [mark, name, hotline] = await Promise.all([
        logo(),
        textLayer(site, 'Noto Sans 30', REGULAR, COLOURS.text, TEXT_WIDTH - LOGO_SIZE - 24),
        textLayer(hotlineText, 'Noto Sans Bold 40', BOLD, COLOURS.bandText),
      ]);
      return sharp({ create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: COLOURS.background } })
        .composite([
          { input: mark, left: MARGIN, top: 56 },
          {
            input: name.input,
            left: MARGIN + LOGO_SIZE + 24,
            top: 56 + Math.max(0, Math.round((LOGO_SIZE - name.height) / 2)),
          },
          {
            input: { create: { width: CARD_WIDTH, height: bandHeight, channels: 3, background: COLOURS.band } },
            left: 0,
            top: CARD_HEIGHT - bandHeight,
          },
          {
            input: hotline.input,
            left: MARGIN,
            top: CARD_HEIGHT - bandHeight + Math.round((bandHeight - hotline.height) / 2),
          },
        ])
        .raw()
        .toBuffer({ resolveWithObject: true });
    })();
    backgrounds.set(key, bg);
  }
  return bg;
}

/** Draws the card (no cache). */
export async function drawCard(card: CardText): Promise<Buffer> {
  const [bg, kicker, title] = await Promise.all([
    background(card.site, card.hotline),
    textLayer(card.kicker, 'Noto Sans Bold 30', BOLD, COLOURS.accent),
    titleLayer(card.title),
  ]);
  return (
    sharp(bg.data, { raw: { width: bg.info.width, height: bg.info.height, channels: bg.info.channels } })
      .composite([
        { input: kicker.input, left: MARGIN, top: 184 },
        { input: title.input, left: MARGIN, top: 184 + kicker.height + 16 },
      ])
      // A palette would halve the bytes but costs five times the time; cards are fetched by link
      // previewers, not by readers, and a build draws one per page and language.
      .png({ compressionLevel: 6 })
      .toBuffer()
  );
}

/** The card as PNG bytes, from the cache when the same text was drawn before. */
export async function renderCard(card: CardText): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN_VERSION, card]))
    .digest('hex')
    .slice(0, 24);
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await drawCard(card);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
