import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { calendarDate, example, record, reference, source, translationOrigin, translationStatus } from './fields';

export const NEWS_KINDS = ['news', 'press-release', 'story'] as const;

/** content/news/<yyyy-mm-dd-slug>/<lang>.mdx: an article in one language. */
export const newsSchema = ({ image }: SchemaContext) =>
  record({
    title: z.string({ error: 'a title is required' }).min(1, { error: 'a title is required' }),
    summary: z
      .string({ error: 'a one- or two-sentence summary is required' })
      .min(1, { error: 'a one- or two-sentence summary is required' })
      .describe('Shown in lists, feeds and search'),
    date: calendarDate.describe('Publication date, e.g. 2018-09-10'),
    kind: z.enum(NEWS_KINDS, { error: `expected one of: ${NEWS_KINDS.join(', ')}` }).default('news'),
    campaign: reference('campaigns').optional(),
    regions: z.array(reference('regions')).default([]),
    partners: z.array(reference('partners')).default([]).describe('Organisations the article names'),
    tags: z.array(z.string().min(1)).default([]),
    cover: image().optional(),
    coverAlt: z.string().min(1).optional().describe('What the cover image shows, for people who cannot see it'),
    coverCredit: z.string().optional(),
    sources: z.array(source).default([]),
    translation: translationStatus,
    ...translationOrigin,
    example,
    draft: z.boolean().default(false),
  }).refine((d) => !d.cover || d.coverAlt, {
    error: 'coverAlt is required when there is a cover image: describe what it shows',
    path: ['coverAlt'],
  });
