import { describe, expect, test } from 'vitest';
import { unquotedCorrections } from '$lib/story/corrections';

const page = `<main><section id="strikes"><p>Until Oct. 21, every strike was in the Caribbean: the <span class="num">7</span> announced by Oct.&nbsp;19, in waters that reports placed off Venezuela’s coast.</p></section>
<section id="sources"><ol class="corrections"><li>It now says: Until Oct. 21, every strike was in the Caribbean: 6.</li></ol></section></main>`;

describe('a correction quotes the page as it reads', () => {
  test('its "says" is found in its own section, across tags, curly quotes and no-break spaces', () => {
    const c = { id: 'C06', section: 'strikes', says: "the 7 announced by Oct. 19, in waters that reports placed off Venezuela's coast." };
    expect(unquotedCorrections(page, [c], 'dist/index.html')).toEqual([]);
  });

  test('wording the section no longer has is refused, even when the corrections list repeats it', () => {
    const c = { id: 'C02', section: 'strikes', says: 'Until Oct. 21, every strike was in the Caribbean: 6.' };
    expect(unquotedCorrections(page, [c], 'dist/index.html')).toEqual([
      'content/data/corrections.csv C02: its "says" is not what the section "strikes" of dist/index.html says now; quote the page as it reads',
    ]);
  });
});
