import { z } from 'astro/zod';
import { calendarDate, localizedText, needsReview, record, reference, source } from './fields';

/** content/campaigns/<id>.yaml: one edition of the campaign (id = its year, e.g. 2018). */
export const campaignSchema = record({
  title: localizedText,
  slogan: localizedText.optional().describe('Only a slogan the sources give'),
  summary: localizedText,
  start: calendarDate,
  end: calendarDate.optional(),
  online: z.boolean().default(false),
  organisers: z.array(reference('partners')).default([]).describe('Partner ids, in the order the sources name them'),
  figures: z
    .array(
      z.strictObject({
        value: z.string().min(1).describe('The figure as printed, e.g. "10,000+"'),
        label: localizedText,
        source,
      }),
    )
    .default([]),
  sources: z.array(source).default([]),
  needsReview,
});
