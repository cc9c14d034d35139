import { z } from 'astro/zod';
import { calendarDate, record, reference, source, translationOrigin, translationStatus } from './fields';

const title = z.string({ error: 'a title is required' }).min(1, { error: 'a title is required' });
const summary = z
  .string({ error: 'a one-sentence summary is required' })
  .min(1, { error: 'a one-sentence summary is required' });
const order = z.number({ error: 'expected a number that sets the order in the list of guides' }).int().default(100);

/**
 * content/guides/<slug>/<lang>.mdx: a risk guide in plain language. The body holds three sections
 * (warning signs, protect yourself, what to do); the page adds "who helps" (1899, the partners
 * listed here, the help page) and the sources.
 */
export const guideSchema = record({
  title,
  summary,
  order,
  updated: calendarDate.describe('When the facts were last checked'),
  partners: z
    .array(reference('partners'))
    .default([])
    .describe('Partners whose work this guide concerns; listed under "who helps"'),
  sources: z.array(source).min(1, { error: 'every guide names at least one source' }),
  translation: translationStatus,
  ...translationOrigin,
});

const checkItem = z.strictObject({
  text: z.string({ error: 'each item needs a text: the question the reader ticks' }).min(1),
  advice: z.string().min(1).optional().describe('What to do if this item is ticked'),
});

/**
 * content/checks/<slug>/<lang>.mdx: a self-check the reader ticks through in the page, served
 * beside the guides at /<lang>/guides/<slug>/. The body is the introduction.
 */
export const checkSchema = record({
  title,
  summary,
  order,
  items: z
    .array(checkItem, { error: 'expected a list of items, each with a text' })
    .min(3, { error: 'a self-check needs at least 3 items' }),
  /** What the reader ticks: warning signs ("ticked = danger") or precautions ("unticked = still to do"). */
  kind: z.enum(['warning-signs', 'precautions'], { error: 'expected warning-signs or precautions' }),
  result: z.strictObject({
    clear: z.string().min(1).describe('Shown when nothing is ticked (warning signs) or everything is (precautions)'),
    flagged: z.string().min(1).describe('Shown otherwise: what to do next'),
  }),
  updated: calendarDate,
  sources: z.array(source).min(1, { error: 'every self-check names at least one source' }),
  translation: translationStatus,
  ...translationOrigin,
});
export type CheckData = z.infer<typeof checkSchema>;
