import { z } from 'astro/zod';
import { record, translationOrigin, translationStatus } from './fields';

/** content/pages/<slug>/<lang>.mdx: a plain page (about, staying safe online, ...) served at /<lang>/<slug>/. */
export const pageSchema = record({
  title: z.string({ error: 'a title is required' }).min(1, { error: 'a title is required' }),
  description: z
    .string({ error: 'a one-sentence description is required' })
    .min(1, { error: 'a one-sentence description is required (search engines and link previews show it)' }),
  translation: translationStatus,
  ...translationOrigin,
});
