import { z } from 'astro/zod';
import { bishkekDateTime, example, httpsUrl, localizedText, needsReview, record, reference } from './fields';

export const EVENT_TYPES = [
  'debate',
  'quiz',
  'march',
  'bicycle-marathon',
  'forum-theatre',
  'sport',
  'flash-mob',
  'tv-radio',
  'training',
  'field-trip',
  'conference',
  'press',
  'online',
  'other',
] as const;

/** content/events/<yyyy-mm-dd-slug>.yaml: one event, its texts in three languages. */
export const eventSchema = record({
  title: localizedText,
  summary: localizedText,
  venue: localizedText.optional(),
  locality: localizedText.optional().describe('Town or village, e.g. { ru: "Нарын" }'),
  start: bishkekDateTime,
  end: bishkekDateTime.optional(),
  region: reference('regions').optional().describe('Omit for a nationwide or online event'),
  type: z.enum(EVENT_TYPES, { error: `expected one of: ${EVENT_TYPES.join(', ')}` }),
  organisers: z.array(reference('partners')).default([]),
  campaign: reference('campaigns').optional(),
  online: httpsUrl.optional(),
  example,
  needsReview,
})
  .refine((e) => !e.end || e.end >= e.start, { error: 'end must not be before start', path: ['end'] })
  .refine((e) => !e.end || e.end.includes('T') === e.start.includes('T'), {
    error: 'start and end must both be days (2026-07-30) or both be times ("2026-07-30T18:00")',
    path: ['end'],
  });
export type EventData = z.infer<typeof eventSchema>;
