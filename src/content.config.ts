// Wiring only: where each collection's files are and which schema checks them (see src/schemas/).
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { CONTENT_DIR } from './node/content-dir.mjs';
import { PRODUCTION } from './site-url.mjs';
import { campaignSchema } from './schemas/campaign';
import { eventSchema } from './schemas/event';
import { checkSchema, guideSchema } from './schemas/guide';
import { newsSchema } from './schemas/news';
import { pageSchema } from './schemas/page';
import { partnerSchema } from './schemas/partner';
import { contactSchema, factSchema, mediaSchema } from './schemas/press';
import { regionSchema } from './schemas/region';

const base = (folder: string) => `${CONTENT_DIR}/${folder}`;
/** One MDX file per language: <slug>/<lang>.mdx. Any other file name is an error (see src/lib/translations.ts). */
const translated = (folder: string) => withoutExamples(glob({ pattern: '*/*.{md,mdx}', base: base(folder) }));
/**
 * A production build (SITE_URL set) leaves out every `example: true` entry, so readers see nothing
 * made up; the demo build keeps them, labelled. Done here, once, so no page can forget it.
 */
const withoutExamples = (loader: Loader): Loader =>
  !PRODUCTION
    ? loader
    : {
        ...loader,
        load: async (context) => {
          await loader.load(context);
          for (const [id, entry] of context.store.entries())
            if ((entry.data as { example?: boolean }).example) context.store.delete(id);
        },
      };
const records = (folder: string) => withoutExamples(glob({ pattern: '[^_]*.{yaml,yml}', base: base(folder) }));

export const collections = {
  news: defineCollection({ loader: translated('news'), schema: newsSchema }),
  guides: defineCollection({ loader: translated('guides'), schema: guideSchema }),
  checks: defineCollection({ loader: translated('checks'), schema: checkSchema }),
  pages: defineCollection({ loader: translated('pages'), schema: pageSchema }),
  events: defineCollection({ loader: records('events'), schema: eventSchema }),
  partners: defineCollection({ loader: records('partners'), schema: partnerSchema }),
  regions: defineCollection({ loader: records('regions'), schema: regionSchema }),
  campaigns: defineCollection({ loader: records('campaigns'), schema: campaignSchema }),
  facts: defineCollection({ loader: records('facts'), schema: factSchema }),
  contacts: defineCollection({ loader: records('contacts'), schema: contactSchema }),
  media: defineCollection({ loader: records('media'), schema: mediaSchema }),
};
