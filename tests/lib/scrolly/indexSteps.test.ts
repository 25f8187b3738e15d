import { expect, test } from 'vitest';
import { indexSteps } from '$lib/scrolly/indexSteps';

test('numbers the steps in document order and reads their states back', () => {
  const html =
    '<p>intro</p><div class="step" data-step data-state="{&quot;through&quot;:&quot;2025-09-02&quot;}"><div>a</div></div>' +
    '<div class="step" data-step data-state="{&quot;through&quot;:&quot;2025-10-03&quot;,&quot;focus&quot;:&quot;S004&quot;}"><div>b &amp; c</div></div>';
  const { html: out, states } = indexSteps(html);
  expect(states).toEqual([{ through: '2025-09-02' }, { through: '2025-10-03', focus: 'S004' }]);
  expect(out.match(/data-step="\d"/g)).toEqual(['data-step="0"', 'data-step="1"']);
  expect(out).toContain('b &amp; c');
});

test('splits numbered steps one by one, for the static edition', async () => {
  const { splitSteps } = await import('$lib/scrolly/indexSteps');
  const { html } = indexSteps(
    '<div class="step" data-step data-state="{}"><div class="step__card"><p>a</p></div></div>\n<div class="step" data-step data-state="{}"><div class="step__card"><p>b</p></div></div>',
  );
  const parts = splitSteps(html);
  expect(parts).toHaveLength(2);
  expect(parts[0]).toContain('<p>a</p>');
  expect(parts[0]).not.toContain('<p>b</p>');
  expect(parts[1]).toContain('<p>b</p>');
});

test('appends a sentence to the end of each step card, in order', async () => {
  const { appendToSteps } = await import('$lib/scrolly/indexSteps');
  const { html } = indexSteps(
    'intro<div class="step" data-step data-state="{}"><div class="step__card"><p>a</p></div></div><div class="step" data-step data-state="{}"><div class="step__card"><p>b</p></div></div>',
  );
  const out = appendToSteps(html, ['one', 'two'], (n) => `<i>${n}</i>`);
  expect(out).toMatch(/^intro/);
  expect(out).toMatch(/<p>a<\/p><i>one<\/i><\/div><\/div>/);
  expect(out).toMatch(/<p>b<\/p><i>two<\/i><\/div><\/div>$/);
});
