/**
 * Draws the news cover images (simple charts and shapes of the campaign's figures, no people)
 * as SVG and rasterises them to PNG with sharp. The PNGs are committed; astro:assets then
 * serves them as AVIF/WebP. Run: node_modules/.bin/node scripts/news-covers.mjs
 */
import sharp from 'sharp';

const W = 800,
  H = 450;
/** @param {string} bg @param {string} body */
const frame = (bg, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${bg}"/>${body}</svg>`;
/** @param {number} x @param {number} y @param {string} text @param {'start' | 'middle'} anchor */
const big = (x, y, text, fill = '#fff', size = 120, anchor = 'start') =>
  `<text x="${x}" y="${y}" text-anchor="${anchor}" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="${size}" fill="${fill}">${text}</text>`;
/** @param {number[]} values @param {string} color */
const bars = (values, color) =>
  values
    .map((v, i) => `<rect x="${80 + i * 110}" y="${400 - v}" width="70" height="${v}" rx="6" fill="${color}"/>`)
    .join('');
/** @param {number} days @param {string} color */
const calendar = (days, color) =>
  Array.from(
    { length: 100 },
    (_, i) =>
      `<rect x="${420 + (i % 10) * 34}" y="${60 + Math.floor(i / 10) * 34}" width="26" height="26" rx="4" fill="${i < days ? color : '#ffffff33'}"/>`,
  ).join('');

const covers = {
  '2017-11-30-campaign-results': frame(
    '#0b5d6b',
    big(50, 170, '10 000+') +
      big(50, 240, '7 · 77 · 200+', '#bfe6ea', 56) +
      bars([40, 70, 100, 130], '#f4b942').replace(
        /x="(\d+)"/g,
        (_, /** @type {string} */ x) => `x="${Number(x) + 10}"`,
      ),
  ),
  '2018-07-31-media-workshop': frame(
    '#23395b',
    `<rect x="300" y="90" width="200" height="300" rx="28" fill="#fff"/><rect x="320" y="130" width="160" height="200" fill="#8fd3e0"/><circle cx="400" cy="360" r="14" fill="#23395b"/><polygon points="380,195 380,265 440,230" fill="#23395b"/>`,
  ),
  '2018-09-10-youth-launch': frame(
    '#0b5d6b',
    calendar(100, '#f4b942') + big(50, 200, '100', '#fff', 150) + big(50, 280, '10.09–10.12', '#bfe6ea', 44),
  ),
  '2018-11-27-final-conference-announced': frame(
    '#3c2f5c',
    calendar(100, '#8fd3e0') + big(50, 200, '14.12', '#fff', 110) + big(50, 280, '2018', '#d9cff2', 60),
  ),
  '2020-07-30-online-campaign': frame(
    '#1f4e3d',
    `<rect x="120" y="80" width="560" height="300" rx="18" fill="#fff"/><rect x="150" y="110" width="500" height="220" fill="#cfe9dc"/><rect x="300" y="380" width="200" height="30" fill="#fff"/>` +
      big(400, 245, '30.07.2020', '#1f4e3d', 68, 'middle'),
  ),
  '2022-07-26-press-cafe': frame(
    '#6b2e0b',
    `<path d="M260 150h240v150a80 80 0 0 1-80 80h-80a80 80 0 0 1-80-80z" fill="#fff"/><path d="M500 180h40a40 40 0 0 1 0 80h-40" fill="none" stroke="#fff" stroke-width="18"/><rect x="200" y="385" width="380" height="16" rx="8" fill="#f4d2b8"/>`,
  ),
  '2008-03-31-south-kazakhstan-story': frame(
    '#5c4a1f',
    big(50, 170, '2001–2008', '#fff', 96) +
      big(50, 250, '11 NGO', '#f4e3b8', 60) +
      bars([60, 90, 120, 150, 180, 210], '#f4b942')
        .replace(/x="(\d+)"/g, (_, /** @type {string} */ x) => `x="${Number(x) + 90}"`)
        .replace(/y="(\d+)"/g, (_, /** @type {string} */ y) => `y="${Number(y) + 40}"`),
  ),
};
// In-text chart for the 2017 results article: the four headline figures as bars on a log-like scale.
const inText = {
  '2017-11-30-campaign-results/figures.png': frame(
    '#ffffff',
    /** @type {[string, number][]} */ ([
      ['10 000+', 330],
      ['200+', 160],
      ['77', 110],
      ['7', 40],
    ])
      .map(
        ([label, h], i) =>
          `<rect x="${70 + i * 180}" y="${400 - h}" width="120" height="${h}" rx="6" fill="#0b5d6b"/>${big(70 + i * 180, 390 - h, label, '#0b5d6b', 34)}`,
      )
      .join(''),
  ),
};

for (const [slug, svg] of Object.entries(covers)) {
  await sharp(Buffer.from(svg)).png({ palette: true }).toFile(`content/news/${slug}/cover.png`);
}
for (const [file, svg] of Object.entries(inText)) {
  await sharp(Buffer.from(svg)).png({ palette: true }).toFile(`content/news/${file}`);
}
