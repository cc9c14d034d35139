/**
 * Media-kit downloads: each record of content/media/ offered as its original file and as PNG
 * renditions made by sharp at build (src/pages/media/). One place for their addresses.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { extname } from 'node:path';

export type MediaEntry = CollectionEntry<'media'>;

export interface Download {
  href: string;
  /** "svg", "png" ... */
  format: string;
  /** Set for a PNG rendition. */
  width?: number;
}

export async function getMediaKit(): Promise<MediaEntry[]> {
  return (await getCollection('media')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

function originalFormat(entry: MediaEntry): string {
  return extname(entry.data.file).slice(1).replace('jpeg', 'jpg');
}

/** /media/<id>.<ext> for the original, /media/<id>-<width>.png for each rendition. */
export function downloads(entry: MediaEntry): Download[] {
  const format = originalFormat(entry);
  return [
    { href: `/media/${entry.id}.${format}`, format },
    ...entry.data.widths.map((width) => ({ href: `/media/${entry.id}-${width}.png`, format: 'png', width })),
  ];
}
