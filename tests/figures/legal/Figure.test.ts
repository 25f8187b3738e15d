import { describe, expect, test } from 'vitest';
import Legal from '$figures/legal/Figure.svelte';
import { es } from '$lib/i18n/es';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer, imageName } from '../render';
import { legalTables, legalTablesEs } from './tables';

// Fixture rows by Nov. 10: 9 strikes (S001, S002 before Sept. 16; S003 before Oct. 1); a group
// named in S001 and S007; S001, S002, S004 and S005 disputed. Senate votes Oct. 8 (48-51) and Nov. 6 (49-51).
const render = (t = legalTables()) => (state: Record<string, string>, words?: never) => figureRenderer(Legal, 'legal', [state], { tables: t })(0, words);
const legal = render();
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
/** The words of each element labelling the step's focus (data-label-for="focus"). */
const labelFor = (html: string) => [...html.matchAll(/<(text|span)[^>]*data-label-for="focus"[^>]*>([^<]*)<\/\1>/g)].map((m) => m[2]);
const strikeArea = (html: string) => /<text class="term[^"]*"[^>]*>([^<]*)<\/text>\s*<text class="by[^"]*"[^>]*>([^<]*)<\/text>/.exec(html)!.slice(1);

describe('legal figure', () => {
  test('zones: the sea zones to scale, the strike area hatched, the one disclosed distance dashed', () => {
    const html = legal({ panel: 'zones', through: AS_OF });
    expect(imageName(html)).toMatch(/^Diagram of the sea zones off a coast .*territorial sea to 12 nautical miles, contiguous zone to 24, exclusive economic zone to 200, then the high seas\. Hatched/);
    expect(imageName(html).replaceAll('\u2060', '')).toContain('U.S. F-35s flew about 75 km (40 nm) off Venezuela on Oct. 2, inside its economic zone');
    expect(strikeArea(html)).toEqual(['International waters', 'how far out: never disclosed']);
    expect(html.replaceAll('\u2060', '')).toContain('U.S. F-35s, Oct. 2:');
    expect(count(html, /class="band /g)).toBe(4);
    expect(html).toMatch(/<line class="flight[^"]*\blit\b/);
    expect(html).toContain('Hatched: “international waters,”');
  });

  test('frames: each step writes its voice on the strike area, rings it on the timeline, and pales the strikes after it', () => {
    const un = legal({ panel: 'frames', through: AS_OF, focus: 'E014' });
    expect(strikeArea(un)).toEqual(['extrajudicial executions', 'United Nations, Sept. 16']);
    expect(count(un, /class="ring\b/g)).toBe(1);
    // Two strikes had been announced by Sept. 16; the other seven are drawn pale.
    expect(count(un, /<circle class="strike[^"]*\bquiet\b/g)).toBe(7);
    expect(un).toContain('UN experts: “International law does not allow governments');

    const us = legal({ panel: 'frames', through: AS_OF, focus: 'E022' });
    expect(strikeArea(us)).toEqual(['“non-international armed conflict”', 'U.S. administration, Oct. 1']);
    expect(us).toMatch(/class="term tone-united_states\b/);
    expect(count(us, /<circle class="strike[^"]*\bquiet\b/g)).toBe(6);

    // Türk's statement brings the U.N. experts' of Nov. 4 along: two rings, two quotes.
    const both = legal({ panel: 'frames', through: AS_OF, focus: 'E041' });
    expect(count(both, /class="ring\b/g)).toBe(2);
    expect(count(both, /<p class="said/g)).toBe(2);
    expect(imageName(both)).toContain('Written on the strike area: extrajudicial killings (United Nations, Oct. 31, 2025).');
  });

  test('target: named and disputed strikes marked on the timeline, with their counts', () => {
    const html = legal({ panel: 'target', through: AS_OF });
    // Who was aboard is not written on the sea: the count heads the strikes' key, under their row.
    expect(strikeArea(html)).toEqual(["", ""]);
    expect(html).toMatch(/<strong class="head[^"]*">2 of 9 named a group<\/strong> \(Tren de Aragua 1, ELN 1\)/);
    expect(count(html, /<circle class="strike[^"]*\bnamed\b/g)).toBe(2 + 1);
    expect(html).toContain('Disputed by a government or relatives: 4');
    expect(html).toContain('Named no group: 7');
    expect(imageName(html)).toContain('of 9 strikes announced, 2 named a group (Tren de Aragua 1, ELN 1); in 4, a government or relatives disputed');
  });

  test('frames: the voice in focus is labelled by its words on the strike area', () => {
    expect(labelFor(legal({ panel: 'frames', through: AS_OF, focus: 'E014' }))).toEqual(['extrajudicial executions']);
    expect(labelFor(legal({ panel: 'zones', through: AS_OF }))).toEqual([]);
  });

  test('congress: the sea-zone drawing is left blank, its box kept, and the tallies take its place with the focused vote labelled', () => {
    const oct = legal({ panel: 'congress', through: AS_OF, focus: 'V01' });
    expect(oct).toMatch(/<svg class="strip[^"]*\boff\b/);
    expect(strikeArea(oct)).toEqual(["", ""]);
    expect(oct).toMatch(/<div class="stage[^"]*">[\s\S]*<div class="votes[\s\S]*<\/div>\s*<div class="timeline/);
    expect(labelFor(oct)).toEqual(['48\u201151, failed']);
    expect(labelFor(legal({ panel: 'congress', through: AS_OF, focus: 'V02' }))).toEqual(['49\u201151, failed']);
    expect(legal({ panel: 'zones', through: AS_OF })).not.toMatch(/<svg class="strip[^"]*\boff\b/);
  });

  test('congress: one tally per vote up to the focused one; the later ones keep their place, unseen', () => {
    const oct = legal({ panel: 'congress', through: AS_OF, focus: 'V01' });
    expect(count(oct, /class="tally(?![^"]*\blater\b)/g)).toBe(1);
    expect(count(oct, /class="tally[^"]*\blater\b/g)).toBe(1);
    expect(oct).toContain('48\u201151, failed');
    expect(imageName(oct)).toContain('Oct. 8, 2025: 48 yes, 51 no; failed.');
    const nov = legal({ panel: 'congress', through: AS_OF, focus: 'V02' });
    expect(count(nov, /class="tally(?![^"]*\blater\b)/g)).toBe(2);
    expect(count(nov, /class="tally[^"]*\blit\b/g)).toBe(1);
    expect(count(nov, /class="vote[^"]*\blit\b/g)).toBe(1);
  });

  test('in the Spanish edition, the voices and votes in Spanish', () => {
    const legalEs = render(legalTablesEs());
    expect(strikeArea(legalEs({ panel: 'frames', through: AS_OF, focus: 'E022' }, es as never))).toEqual(['«conflicto armado no internacional»', 'Gobierno de EE. UU., 1 de octubre']);
    expect(legalEs({ panel: 'congress', through: AS_OF, focus: 'V01' }, es as never)).toContain('48\u201151, rechazada');
  });
});
