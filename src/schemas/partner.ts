import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { example, httpsUrl, localizedText, needsReview, record, reference, source } from './fields';

export const PARTNER_TYPES = [
  'government',
  'coordination-council',
  'un-agency',
  'international',
  'ngo',
  'youth',
  'donor',
] as const;
export const PARTNER_SERVICES = [
  'hotline',
  'consultation',
  'legal-aid',
  'shelter',
  'reintegration',
  'training',
  'awareness',
] as const;

/** content/partners/<slug>.yaml: an organisation taking part in the campaign. */
export const partnerSchema = ({ image }: SchemaContext) =>
  record({
    name: localizedText,
    acronym: z
      .strictObject(
        {
          ky: z.string().trim().min(1).optional(),
          ru: z.string().trim().min(1).optional(),
          en: z.string().trim().min(1).optional(),
        },
        {
          error:
            'expected the acronym per language, only where one is established, e.g. { ky: "ЭМУ", ru: "МОМ", en: "IOM" }',
        },
      )
      .optional()
      .describe("The organisation's own acronym in each language's script; leave a language out when there is none"),
    type: z.enum(PARTNER_TYPES, { error: `expected one of: ${PARTNER_TYPES.join(', ')}` }),
    description: localizedText,
    services: z
      .array(z.enum(PARTNER_SERVICES, { error: `expected one of: ${PARTNER_SERVICES.join(', ')}` }))
      .default([]),
    regions: z.array(reference('regions')).default([]).describe('Regions it serves; empty = national'),
    country: z
      .enum(['KG', 'KZ'], { error: 'expected KG (Kyrgyzstan) or KZ (Kazakhstan)' })
      .default('KG')
      .describe('Where it works; only KG partners serve the regions'),
    website: httpsUrl.optional(),
    phones: z
      .array(z.strictObject({ number: z.string().min(1), label: localizedText.optional(), source }))
      .default([])
      .describe('Only numbers the organisation publishes, each with where it is published'),
    logo: image().optional().describe('Only a logo file the organisation supplied'),
    parent: reference('partners').optional(),
    sources: z.array(source).default([]),
    example,
    needsReview,
  });
