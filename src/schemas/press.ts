import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locales';
import { example, localizedText, needsReview, record, source } from './fields';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../node/content-dir.mjs';

export const FACT_SCOPES = ['global', 'kyrgyzstan', 'campaign'] as const;

/** content/facts/<slug>.yaml: one figure of the press fact sheet, always with its year and source. */
export const factSchema = record({
  order: z.number({ error: 'expected a number that sets the position in the fact sheet' }).int(),
  scope: z.enum(FACT_SCOPES, { error: `expected one of: ${FACT_SCOPES.join(', ')}` }),
  figure: localizedText.describe(
    'The figure as written in each language, e.g. { ky: "49,6 млн", ru: "49,6 млн", en: "49.6 million" }',
  ),
  label: localizedText.describe('What the figure counts'),
  year: z.number({ error: 'expected the year the figure describes, e.g. 2021' }).int().min(1990).max(2100),
  source,
  needsReview,
});

/** content/contacts/<slug>.yaml: a press contact. Only addresses the campaign publishes; otherwise `example: true`. */
export const contactSchema = record({
  name: localizedText,
  role: localizedText,
  email: z.email({ error: 'expected an e-mail address, e.g. press@example.org' }).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ]{4,20}$/, { error: 'expected a phone number of digits and spaces, e.g. +996 312 000000' })
    .optional(),
  languages: z.array(z.enum(LOCALES, { error: `expected languages among ${LOCALES.join(', ')}` })).min(1),
  example,
  needsReview,
});

export const MEDIA_KINDS = ['logo', 'illustration', 'chart'] as const;
export const LICENCES = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;
const licenceNames = Object.keys(LICENCES) as [keyof typeof LICENCES, ...(keyof typeof LICENCES)[]];

/**
 * content/media/<slug>.yaml: a media-kit download. `file` is a path inside content/ (an SVG, PNG or
 * JPEG); PNG renditions are made at build in the listed widths. No photos of people without consent.
 */
export const mediaSchema = record({
  order: z.number().int().default(100),
  kind: z.enum(MEDIA_KINDS, { error: `expected one of: ${MEDIA_KINDS.join(', ')}` }),
  title: localizedText,
  alt: localizedText.describe('What the image shows, for people who cannot see it'),
  file: z
    .string({ error: 'expected the path of the image inside content/, e.g. media/logo.svg' })
    .regex(/^[\w./-]+\.(svg|png|jpe?g)$/, {
      error: 'expected a path inside content/ ending in .svg, .png or .jpg, e.g. media/logo.svg',
    })
    .refine((file) => !file.includes('..') && existsSync(resolve(CONTENT_DIR, file)), {
      error: (issue) =>
        `image file content/${String(issue.input)} not found: check the path (it is relative to content/)`,
    }),
  widths: z
    .array(z.number().int().min(16).max(4096))
    .default([])
    .describe('Widths in pixels of the PNG renditions to offer'),
  credit: localizedText,
  licence: z.enum(licenceNames, { error: `expected one of: ${licenceNames.join(', ')}` }),
  needsReview,
});
