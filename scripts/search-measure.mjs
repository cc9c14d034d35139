// How well Kyrgyz search copes with word endings, measured on the built site: for each pair of a
// base form and an inflected form (both taken from the site's own Kyrgyz text), the share of the
// base form's results that the inflected query also finds. Used by tests/e2e/search.spec.ts (which
// asserts it) and by `npm run bench` (which prints it).
import { kyrgyzQuery } from '../src/lib/kyrgyz-stem.ts';

/**
 * [base form, inflected form] as they occur on /ky/ pages.
 * @type {[string, string][]}
 */
export const KY_PAIRS = [
  ['мигрант', 'мигранттарга'],
  ['жумуш', 'жумуштан'],
  ['паспорт', 'паспорттун'],
  ['ала качуу', 'ала качууга'],
  ['сатуу', 'сатууга'],
  ['кампания', 'кампаниянын'],
  ['жумуш', 'жумушка'],
  ['кеңеш', 'кеңеши'],
  ['кызмат', 'кызматтар'],
  ['чара', 'чаралар'],
  ['паспорт', 'паспортуңузду'],
  ['өлкө', 'өлкөдө'],
  ['барак', 'баракты'],
  ['цитата', 'цитатаны'],
  ['аймак', 'аймактар'],
  ['өлкө', 'өлкөгө'],
  ['булак', 'булактар'],
  ['өнөктөш', 'өнөктөштөр'],
  ['сунуш', 'сунуштары'],
  ['жаңылык', 'жаңылыктар'],
  ['коркунуч', 'коркунучта'],
  ['документ', 'документтерди'],
  ['иштөө', 'иштөөгө'],
  ['жакын', 'жакыныңызга'],
  ['белги', 'белгилери'],
  ['эксплуатация', 'эксплуатациясы'],
  ['сайт', 'сайттын'],
  ['колдонмо', 'колдонмолорду'],
  ['тартуучу', 'тартуучулар'],
  ['бишкек', 'бишкектеги'],
  ['келишим', 'келишимди'],
  ['агенттик', 'агенттикти'],
  ['номер', 'номерин'],
  ['көчүрмө', 'көчүрмөнү'],
  ['суроо', 'суроолор'],
  ['жооп', 'жооптор'],
  ['лицензия', 'лицензиясы'],
  ['телефон', 'телефонуна'],
  ['адам', 'адамга'],
  ['кожоюн', 'кожоюнда'],
  ['тузак', 'тузагы'],
  ['дарек', 'дарегин'],
  ['кыргызстан', 'кыргызстандагы'],
  ['бала', 'баланы'],
  ['жардам', 'жардамды'],
  ['коом', 'коомдун'],
  ['нике', 'никени'],
  ['карыз', 'карызды'],
  ['агенттик', 'агенттигинин'],
  ['кулчулук', 'кулчулукка'],
];

/**
 * Runs every pair on a page of the built site (any /ky/ page) through Pagefind, once as typed
 * (what Pagefind alone does) and once as the search page asks (kyrgyzQuery).
 * @param {import('playwright-core').Page} page
 */
export async function kyrgyzRecall(page) {
  const queries = KY_PAIRS.flatMap(([base, inflected]) => [base, inflected]);
  /** @type {Record<string, string>} */
  const rewritten = Object.fromEntries(queries.map((q) => [q, kyrgyzQuery(q)]));
  const urls = await page.evaluate(
    async ({ queries, rewritten }) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      await pagefind.options({ noWorker: true });
      /** @param {string} q @returns {Promise<string[]>} */
      const ids = async (q) =>
        ((await pagefind.search(q))?.results ?? []).map((/** @type {{ id: string }} */ r) => r.id);
      /** @type {Record<string, Record<'typed' | 'rewritten', string[]>>} */
      const out = {};
      for (const q of queries) out[q] = { typed: await ids(q), rewritten: await ids(rewritten[q] ?? q) };
      return out;
    },
    { queries, rewritten },
  );
  const at = (/** @type {string} */ q) => urls[q] ?? { typed: [], rewritten: [] };
  const share = (/** @type {'typed' | 'rewritten'} */ kind) => {
    let held = 0;
    let total = 0;
    for (const [base, inflected] of KY_PAIRS) {
      const found = new Set(at(inflected)[kind]);
      total += at(base)[kind].length;
      held += at(base)[kind].filter((id) => found.has(id)).length;
    }
    return total ? held / total : 0;
  };
  const rows = KY_PAIRS.map(([base, inflected]) => ({
    base,
    inflected,
    baseResults: at(base).rewritten.length,
    inflectedResults: at(inflected).rewritten.length,
    inflectedAsTyped: at(inflected).typed.length,
  }));
  return { pairs: KY_PAIRS.length, before: share('typed'), after: share('rewritten'), rows };
}
