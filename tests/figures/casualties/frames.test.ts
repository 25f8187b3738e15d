import { describe, expect, test } from 'vitest';
import { casualtyData } from '$figures/casualties/data';
import { layoutCasualties } from '$figures/casualties/layout';
import { packLayouts, unpackLayout } from '$figures/casualties/frames';
import { AS_OF, fixtureTable } from '../../fixtures/tables';

const data = casualtyData(fixtureTable('strikes'), AS_OF, [{ id: 'E024', date: '2025-10-08', label: 'Senate vote' }]);
const states = [{ through: '2025-09-02', focus: 'S001' }, { through: '2025-10-18', highlight: 'survivors' as const }, { through: AS_OF, marker: 'E024' }];
const layouts = states.map((s) => layoutCasualties(data, s));

describe('packed layouts (what the island receives)', () => {
  test('unpacking gives back every step exactly', () => {
    const packed = packLayouts(layouts);
    layouts.forEach((l, i) => expect(unpackLayout(packed, i)).toEqual(l));
  });

  test('what never changes is sent once: the packed steps weigh far less than the layouts', () => {
    const packed = packLayouts(layouts);
    expect(packed.circles).toHaveLength(layouts[0].circles.length);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(layouts).length / 2);
  });

  test('a step index the section does not have falls back to the first step', () => {
    const packed = packLayouts(layouts);
    expect(unpackLayout(packed, 99)).toEqual(layouts[0]);
  });
});
