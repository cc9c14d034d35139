import { z } from 'astro/zod';
import { localizedText, needsReview, record } from './fields';

/** content/regions/<id>.yaml: the 7 oblasts and the 2 cities of republican significance. */
export const regionSchema = record({
  name: localizedText.describe('Name as readers know it, e.g. { ru: "Нарынская область" }'),
  shortName: localizedText.describe('Short name for maps and filters, e.g. { ru: "Нарын" }'),
  kind: z.enum(['oblast', 'city'], { error: 'expected "oblast" or "city"' }),
  order: z.number({ error: 'expected a number that sets the order of lists' }).int(),
  needsReview,
});
