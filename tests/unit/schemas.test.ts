/**
 * The schema rules an editor meets, proven on the fixtures in tests/fixtures/bad-content/ without a
 * build: each mistake is reported on the right field with a message an editor can act on. That the
 * build then stops and names the file is proven once per mechanism in
 * tests/build/content-errors.test.ts (a schema error, a missing image, a file name in no language).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { campaignSchema } from '../../src/schemas/campaign';
import { eventSchema } from '../../src/schemas/event';
import { newsSchema } from '../../src/schemas/news';
import { partnerSchema } from '../../src/schemas/partner';

// Images are resolved by Astro at build time (proven by the missing-image build); here a path is text.
const context = { image: () => z.string() } as unknown as Parameters<typeof newsSchema>[0];
const SCHEMAS = {
  campaigns: campaignSchema,
  events: eventSchema,
  news: newsSchema(context),
  partners: partnerSchema(context),
};

/** The data of a YAML record or of a Markdown file's front matter. */
function load(file: string): unknown {
  const text = readFileSync(join('tests/fixtures/bad-content', file), 'utf8');
  return parse(file.endsWith('.yaml') ? text : (text.split(/^---$/m)[1] ?? ''));
}

const cases: { fixture: string; schema: keyof typeof SCHEMAS; field: string; message: RegExp }[] = [
  {
    fixture: 'wrong-date/campaigns/2031.yaml',
    schema: 'campaigns',
    field: 'start',
    message: /2031-02-30"? is not a real date/,
  },
  {
    fixture: 'unknown-region/events/2031-05-01-bad-region.yaml',
    schema: 'events',
    field: 'region',
    message: /unknown region "atlantis".*Valid values: .*naryn/,
  },
  {
    fixture: 'unknown-partner/events/2031-05-02-bad-partner.yaml',
    schema: 'events',
    field: 'organisers.0',
    message: /unknown partner "nobody-org"/,
  },
  {
    fixture: 'missing-field/news/2030-01-01-missing-title/en.mdx',
    schema: 'news',
    field: 'title',
    message: /a title is required/,
  },
  {
    fixture: 'unknown-field/campaigns/2032.yaml',
    schema: 'campaigns',
    field: '',
    message: /"sumary".*check the spelling\. Allowed fields: title, slogan, summary/,
  },
  {
    fixture: 'javascript-url/partners/zz-bad-website.yaml',
    schema: 'partners',
    field: 'website',
    message: /"javascript:alert\(document\.domain\)" is not a web address starting with https:\/\//,
  },
  {
    fixture: 'unknown-campaign/news/2030-01-01-unknown-campaign/en.mdx',
    schema: 'news',
    field: 'campaign',
    message: /unknown campaign "1990"/,
  },
];

describe('schema rules report the field and say what to do', () => {
  for (const c of cases) {
    test(`${c.fixture.split('/')[0]}: ${c.field || 'the record'}`, () => {
      const result = SCHEMAS[c.schema].safeParse(load(c.fixture));
      expect(result.success).toBe(false);
      const issues = (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(
        issues.some((line) => line.startsWith(`${c.field}: `) && c.message.test(line)),
        issues.join('\n'),
      ).toBe(true);
    });
  }

  test('the real content passes the same schemas (control)', () => {
    const control = load('../../../content/campaigns/2018.yaml');
    expect(campaignSchema.safeParse(control).error?.issues ?? []).toEqual([]);
  });
});
