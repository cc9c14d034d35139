/** QR codes drawn at build time as inline SVG (no external service), for printed leaflets. */
import QRCode from 'qrcode';

const cache = new Map<string, string>();

/** An SVG QR code for `url`, black on white, with a quiet zone. Memoised: pages are rendered once per language. */
export async function qrSvg(url: string): Promise<string> {
  let svg = cache.get(url);
  if (!svg) {
    svg = await QRCode.toString(url, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#000000', light: '#ffffff' },
    });
    cache.set(url, svg);
  }
  return svg;
}
