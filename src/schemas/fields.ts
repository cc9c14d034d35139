/**
 * Field types shared by every content schema. Each message says what was expected and gives
 * an example, because the people who read them are editors, not developers.
 */
import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locales';
import { isRealDate } from '../lib/calendar-date.mjs';
import { listEntryIds } from '../node/content-dir.mjs';

const text = z
  .string({ error: 'expected text, e.g. "Campaign launch in Naryn"' })
  .trim()
  .min(1, { error: 'must not be empty' });

/**
 * A record whose unknown fields are reported with the list of allowed ones, so that a misspelt
 * field name ("sumary") is caught instead of silently ignored.
 */
export function record<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling. Allowed fields: ${allowed}`
        : undefined,
  });
}

/** A short text in all three languages: `{ ky: "...", ru: "...", en: "..." }`. Unknown language keys are rejected. */
export const localizedText = z.strictObject(
  { ky: text, ru: text, en: text },
  { error: 'expected the text in three languages, e.g. { ky: "...", ru: "...", en: "..." }' },
);
export type LocalizedText = z.infer<typeof localizedText>;

/** YAML turns an unquoted 2026-07-30 into a Date; keep it as the calendar date the editor wrote. */
function dateToIsoString(value: unknown): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'invalid';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  return value;
}

/** A calendar day in Kyrgyzstan, kept as the string "YYYY-MM-DD". */
export const calendarDate = z.preprocess(
  dateToIsoString,
  z.string({ error: 'expected a date like 2026-07-30 (year-month-day)' }).refine(isRealDate, {
    error: (issue) => `"${String(issue.input)}" is not a real date; write it like 2026-07-30 (year-month-day)`,
  }),
);

/**
 * A day ("2026-07-30", all-day) or a day and time ("2026-07-30T18:00") in Bishkek time (UTC+6).
 * No offset: every time on the site is Bishkek time.
 */
export const bishkekDateTime = z.preprocess(
  dateToIsoString,
  z
    .string({ error: 'expected a date like 2026-07-30 or a date and time like "2026-07-30T18:00" (Bishkek time)' })
    .refine(
      (value) => {
        const match = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):([0-5]\d))?$/.exec(value);
        return match !== null && isRealDate(match[1]!);
      },
      {
        error: (issue) =>
          `"${String(issue.input)}" is not a valid date or time; write 2026-07-30 for a whole day or "2026-07-30T18:00" for a time (Bishkek time, 24-hour clock)`,
      },
    ),
);

/**
 * The id of another entry (a region, partner, campaign ...). Checked against the files that exist,
 * so a typo fails the build with the list of valid ids.
 * @param folder content folder holding the referenced entries, e.g. "regions"
 */
export function reference(folder: string) {
  const ids = listEntryIds(folder);
  return z.string({ error: `expected the id of an entry in content/${folder}/` }).refine((id) => ids.includes(id), {
    error: (issue) =>
      `unknown ${folder.replace(/s$/, '')} "${String(issue.input)}": no file content/${folder}/${String(issue.input)}.* exists. ` +
      (ids.length ? `Valid values: ${ids.join(', ')}` : `content/${folder}/ is empty`),
  });
}

/** Whether a translation has been checked by someone who reads the language well. */
export const translationStatus = z
  .enum(['reviewed', 'needs-review'], { error: 'expected "reviewed" or "needs-review"' })
  .default('reviewed')
  .describe('needs-review marks a machine or draft translation; readers see a notice');

/**
 * Where a translation came from, so `npm run i18n:status` can tell when the original changed since:
 * `translatedFrom: ru` and `sourceHash:` (written by `npm run i18n:stamp -- <file>`).
 * Without a hash, git history decides (the original committed after the translation = outdated).
 */
export const translationOrigin = {
  translatedFrom: z.enum(LOCALES, { error: `expected the language of the original: ${LOCALES.join(', ')}` }).optional(),
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{8,64}$/, { error: 'expected the hash written by npm run i18n:stamp' })
    .optional(),
};

/**
 * A web address readers can follow: https only, with a real host name. z.url() alone accepts
 * javascript:, data: and vbscript: addresses, which would become links that run script.
 * (No field holds mailto:/tel: today; a field that means one should get its own check.)
 */
export const httpsUrl = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: (issue) =>
    `"${String(issue.input)}" is not a web address starting with https://, e.g. "https://example.org/page"`,
});

/**
 * Languages of a YAML record whose text nobody has checked yet: `needsReview: [ky]`. Readers of those
 * languages see the same notice as for a Markdown file with `translation: needs-review`.
 */
export const needsReview = z
  .array(z.enum(LOCALES, { error: `expected a list of languages among ${LOCALES.join(', ')}, e.g. needsReview: [ky]` }))
  .default([])
  .describe('Languages whose text is not yet checked, e.g. [ky]; readers see a notice');

/**
 * A source a fact comes from, shown to readers. `title` names a publication in its own language
 * ("ILO, Profits and Poverty, 2024"); a source that is described rather than named (an announcement,
 * a news agency's report of an event) is written in each language: { ky: …, ru: …, en: … }.
 */
export const source = z.strictObject({
  title: z
    .union([text, localizedText], { error: 'expected text, or { ky: …, ru: …, en: … } for a description' })
    .describe('Name of the source, e.g. "UNODC, 2018", or a description in each language'),
  url: httpsUrl.optional(),
});

/** Marks an entry the sources do not give (an invented future event); readers see an "example" label. */
export const example = z.boolean({ error: 'expected true or false' }).default(false);
