/**
 * Serialises schema.org data for a `<script type="application/ld+json">` element. JSON.stringify
 * alone leaves `<` as is, so a title containing `</script>` would close the element and turn the
 * rest of the text into markup and script. Escaping `<` as \u003c keeps every string inside the
 * element; U+2028 and U+2029 are escaped so the text is also valid in a JavaScript context.
 * Every JSON-LD block on the site goes through this function (tests/unit/json-ld.test.ts).
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
