import type { Region } from '$lib/data/regions';
import { applyFilters, filtersQuery, parseFilters, tallyOf, type Filterable, type Filters } from '$lib/tracker/filters';

/**
 * The tracker's filters in the browser. The page lists every strike (no JavaScript needed); this
 * reads the filters from the address, narrows and reorders the list in place, writes the count,
 * and keeps the address in step so a view can be shared. The count is a polite status, written
 * once the filters settle, so a screen reader hears one sentence, not one per click.
 */
const SETTLE_MS = 400;

export function startTracker(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-tracker-filters]');
  const list = doc.querySelector<HTMLElement>('[data-tracker-list]');
  const count = doc.querySelector<HTMLElement>('[data-tracker-count]');
  const none = doc.querySelector<HTMLElement>('[data-tracker-none]');
  if (!form || !list || !count || !none) return;
  const words = JSON.parse(count.dataset.words ?? '{}') as { locale: string; strike: [string, string]; killed: [string, string] };
  // Grouped as the page's own numbers are (src/lib/i18n: "1.234" in Spanish too).
  const number = new Intl.NumberFormat(words.locale, { useGrouping: 'always' });
  const noun = ([one, many]: [string, string], n: number) => (n === 1 ? one : many);

  const items: (Filterable & { el: HTMLElement })[] = [...list.children].map((li) => {
    const el = li as HTMLElement;
    const d = el.dataset;
    return {
      el,
      id: d.id ?? '',
      when: d.when ?? '',
      region: d.region as Region,
      killed: Number(d.killed),
      survivors: d.survivors ? Number(d.survivors) : null,
      disputed: d.disputed === '1',
    };
  });

  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T | null;
  const toForm = (f: Filters) => {
    for (const name of ['sea', 'from', 'to', 'sort'] as const) {
      const el = field<HTMLSelectElement>(name);
      if (el) el.value = String(f[name] ?? (name === 'sort' ? 'date' : ''));
    }
    for (const name of ['survivors', 'disputed'] as const) {
      const el = field<HTMLInputElement>(name);
      if (el) el.checked = f[name];
    }
  };
  const fromForm = () => parseFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  let settle = 0;
  const show = (f: Filters, announce: boolean) => {
    const shown = applyFilters(items, f);
    const keep = new Set(shown.map((s) => s.id));
    for (const it of items) it.el.hidden = !keep.has(it.id);
    // In the order asked for; hidden ones after them, in page order.
    list.append(...shown.map((s) => s.el), ...items.filter((it) => !keep.has(it.id)).map((it) => it.el));
    none.hidden = shown.length > 0;
    const { strikes, killed } = tallyOf(shown);
    const text = `${number.format(strikes)} ${noun(words.strike, strikes)}, ${number.format(killed)} ${noun(words.killed, killed)}`;
    clearTimeout(settle);
    if (announce) settle = window.setTimeout(() => (count.textContent = text), SETTLE_MS);
    else count.textContent = text;
  };

  const update = () => {
    const f = fromForm();
    history.replaceState(history.state, '', `${location.pathname}${filtersQuery(f)}${location.hash}`);
    show(f, true);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  form.querySelector('[data-tracker-reset]')?.addEventListener('click', (e) => {
    e.preventDefault();
    form.reset();
    update();
  });

  // A shared address opens filtered; the form shows the filters it holds.
  const initial = parseFilters(location.search);
  toForm(initial);
  show(initial, false);
}
