/**
 * Regions looked up by id. Content references are checked against the region files when content
 * loads (src/schemas/fields.ts), so a missing id here is a code error: it says which id and which
 * exist instead of failing on `undefined`.
 */
import type { Locale } from '../i18n/locales';
import type { LocalizedText } from '../schemas/fields';

export interface RegionLike {
  id: string;
  data: { name: LocalizedText; shortName: LocalizedText };
}

/** A look-up `id → region` over the given regions. */
export function regionLookup<R extends RegionLike>(regions: readonly R[]): (id: string) => R {
  const byId = new Map(regions.map((r) => [r.id, r]));
  return (id) => {
    const region = byId.get(id);
    if (!region) throw new Error(`Unknown region "${id}"; regions are: ${[...byId.keys()].join(', ')}`);
    return region;
  };
}

/** A region's name in one language ("Нарын облусу"), or its short name ("Нарын"); undefined without an id. */
export function regionName(
  find: (id: string) => RegionLike,
  id: string | undefined,
  lang: Locale,
  form: 'name' | 'shortName' = 'name',
): string | undefined {
  return id ? find(id).data[form][lang] : undefined;
}
