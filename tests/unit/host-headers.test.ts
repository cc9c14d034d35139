/** The committed host files are exactly what the header table gives (deploy/headers.mjs). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHeadersFile, renderNginxConf } from '../../deploy/generate-headers.mjs';
import { DEFAULTS, RULES } from '../../deploy/headers.mjs';

describe('host header files', () => {
  it('public/_headers and deploy/nginx.conf are regenerated from the table (run npm run headers)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(renderHeadersFile());
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(renderNginxConf());
  });

  it('every rule that changes a default detaches it first, so Cloudflare never joins two values', () => {
    const file = renderHeadersFile();
    for (const rule of RULES) {
      for (const [name, value] of Object.entries(rule.headers).filter(([h]) => h in DEFAULTS)) {
        for (const path of rule.paths) {
          const block = file.split(`\n${path}\n`)[1]!.split(/\n(?! )/)[0]!;
          expect(block).toContain(`  ! ${name}\n  ${name}: ${value}`);
        }
      }
    }
  });

  it('the header policy restricts script and style and forbids framing', () => {
    expect(DEFAULTS['Content-Security-Policy']).toMatch(
      /script-src 'self' 'wasm-unsafe-eval';.*style-src 'self';.*frame-ancestors 'none'/,
    );
    expect(DEFAULTS['Content-Security-Policy']).not.toContain('unsafe-inline');
  });
});
