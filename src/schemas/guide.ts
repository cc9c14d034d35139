import { z } from 'astro/zod';
import { calendarDate, record, source, translationOrigin, translationStatus } from './fields';

/** content/guides/<slug>/<lang>.mdx: a risk guide in plain language. */
export const guideSchema = record({
  title: z.string({ error: 'a title is required' }).min(1, { error: 'a title is required' }),
  summary: z.string({ error: 'a one-sentence summary is required' }).min(1, { error: 'a one-sentence summary is required' }),
  order: z.number({ error: 'expected a number that sets the order in the list of guides' }).int().default(100),
  updated: calendarDate.describe('When the facts were last checked'),
  sources: z.array(source).min(1, { error: 'every guide names at least one source' }),
  translation: translationStatus,
  ...translationOrigin,
});
export type GuideData = z.infer<typeof guideSchema>;
