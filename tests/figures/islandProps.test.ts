import { describe, expect, it } from 'vitest';
import { islandProps } from '$figures/build';
import { en } from '$lib/i18n/en';
import { AS_OF, fixtureTables } from '../fixtures/tables';

const states = [{ through: '2025-09-02' }, { through: '2025-10-03' }];

describe("islandProps: a hydrated figure's props, as the file the build writes", () => {
  const t = fixtureTables();
  const file = islandProps('casualties', t, AS_OF, states, 0, en);

  it("holds the section's states once, and the index it opens at: the page carries neither", () => {
    const props = JSON.parse(file.body);
    expect(props.states).toEqual(states);
    expect(props.index).toBe(0);
    expect(props.state).toBeUndefined();
    expect(props.descriptions).toHaveLength(2);
    expect(props.data).toBeDefined();
  });

  it('is named by its content under props/, so the page and the route that writes it agree, and it caches for good', () => {
    expect(file.name).toMatch(/^casualties\.[0-9a-f]{10}\.json$/);
    expect(file.href).toBe(`/props/${file.name}`);
    expect(islandProps('casualties', t, AS_OF, states, 0, en)).toEqual(file);
    expect(islandProps('casualties', t, AS_OF, states, 1, en).name).not.toBe(file.name);
  });
});
