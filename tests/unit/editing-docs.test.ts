// docs/editing.ru.md is the Russian version of docs/editing.md: the two keep the same sections in the
// same order, the same numbered steps and the same examples, so that neither falls behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function outline(file: string) {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, (block) => `\u0000${block.split('\n')[0]}`);
  return {
    headings: text
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => l.match(/^#+/)![0].length),
    codeBlocks: [...text.matchAll(/\u0000(```\w*)/g)].map((m) => m[1]),
    steps: text.split('\n').filter((l) => /^\d+\. /.test(l)).length,
    tableRows: text.split('\n').filter((l) => l.startsWith('|')).length,
  };
}

describe('docs/editing.md and docs/editing.ru.md', () => {
  it('have the same headings, steps, tables and examples', () => {
    const en = outline('docs/editing.md');
    const ru = outline('docs/editing.ru.md');
    expect(en.headings.length).toBeGreaterThan(10);
    expect(ru).toEqual(en);
  });
});
