// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { safeExcerpt } from '../../src/scripts/safe-excerpt';

/** The excerpt as it lands in the page. */
function render(html: string): HTMLElement {
  const p = document.createElement('p');
  p.append(safeExcerpt(html));
  return p;
}

describe('safeExcerpt: the only HTML search puts into the page', () => {
  it('keeps the <mark> highlights and the text around them', () => {
    const p = render('call <mark>1899</mark> for help');
    expect(p.innerHTML).toBe('call <mark>1899</mark> for help');
  });

  it('turns every other element into its text, so nothing runs', () => {
    const p = render(
      '<img src=x onerror="alert(1)">a<script>alert(2)</script><b onclick="x()">b</b><a href="javascript:alert(3)">c</a>',
    );
    expect(p.querySelectorAll('*')).toHaveLength(0);
    expect(p.textContent).toBe('aalert(2)bc');
  });

  it('drops the attributes of a <mark>', () => {
    const p = render('<mark onmouseover="alert(1)" style="color:red">word</mark>');
    expect(p.innerHTML).toBe('<mark>word</mark>');
  });

  it('keeps escaped markup in the text as text', () => {
    const p = render('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(p.querySelector('script')).toBeNull();
    expect(p.textContent).toBe('<script>alert(1)</script>');
  });
});
