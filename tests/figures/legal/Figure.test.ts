import { describe, expect, test } from 'vitest';
import Legal from '$figures/legal/Figure.svelte';
import { es } from '$lib/i18n/es';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer } from '../render';

// Fixture rows by Nov. 10: 9 strikes; a group named in S001 and S007; S001, S002, S004 and S005 disputed.
// Senate votes: Oct. 8 (48–51) and Nov. 6 (49–51).
const legal = figureRenderer(Legal, 'legal');

describe('legal figure', () => {
  test('each panel is named for what it shows, and only that panel is on', () => {
    const zones = legal({ panel: 'zones', through: AS_OF });
    expect(zones).toMatch(/role="img" aria-label="Diagram of the sea zones[^"]*territorial sea to 12 nautical miles, contiguous zone to 24, exclusive economic zone to 200/);
    expect(zones.match(/class="panel[^"]*\bon\b/g)).toHaveLength(1);
    expect(zones).toContain('Schematic');
    const target = legal({ panel: 'target', through: AS_OF });
    expect(target).toContain('Of 9 strikes announced through Nov. 10, 2025, the government named a group in 2; in 4, a government or relatives disputed who was aboard.');
  });

  test('the congress panel shows only votes held by the step', () => {
    const oct = legal({ panel: 'congress', through: '2025-10-08' });
    expect(oct.match(/class="vote/g)).toHaveLength(1);
    expect(oct).toContain('48 yes, 51 no; failed.');
    const nov = legal({ panel: 'congress', through: '2025-11-06' });
    expect(nov.match(/class="vote/g)).toHaveLength(2);
    expect(legal({ panel: 'congress', through: '2025-10-01' })).toContain('No vote had been held yet.');
  });

  test('a focused voice is brought forward, the others dimmed', () => {
    const out = legal({ panel: 'frames', through: AS_OF, focus: 'E014' });
    expect(out.match(/<li class="[^"]*\bfocus\b/g)).toHaveLength(1);
    expect(out).toMatch(/Highlighted: United Nations: &quot;International law does not allow governments to simply murder alleged drug traffickers/);
  });

  test('the frames panel states the toll of the story', () => {
    expect(legal({ panel: 'frames', through: AS_OF })).toContain('36 killed in 9 strikes by the as-of date');
  });

  test('in the Spanish edition, votes in Spanish', () => {
    expect(legal({ panel: 'congress', through: '2025-10-08' }, es)).toContain('48 a favor, 51 en contra; rechazada.');
  });
});
