import type { Region } from '$lib/data/regions';
import { decodeList, type ListItem } from '$lib/tracker/compact';
import { applyFilters, filtersQuery, parseFilters, tallyOf, type Filterable, type Filters } from '$lib/tracker/filters';
import { PAGE_SIZE } from '$lib/tracker/pages';
import { itemHtml, type ItemWords } from '$lib/tracker/itemHtml';

/**
 * The tracker's filters in the browser. The page lists a page of strikes (no JavaScript needed);
 * this reads the filters from the address and, the first time a reader filters (or opens a
 * filtered address), fetches every strike (list.json) so the list and the count cover them all,
 * not just this page. It draws the matches a page at a time ("show more"), writes the count,
 * and keeps the address in step so a view can be shared. The count is a polite status, written
 * once the filters settle, so a screen reader hears one sentence, not one per click.
 */
const SETTLE_MS = 400;

type Entry = Filterable & { draw: () => HTMLElement };

export function startTracker(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('[data-tracker-filters]');
  const list = doc.querySelector<HTMLElement>('[data-tracker-list]');
  const count = doc.querySelector<HTMLElement>('[data-tracker-count]');
  const none = doc.querySelector<HTMLElement>('[data-tracker-none]');
  const more = doc.querySelector<HTMLElement>('[data-tracker-more]');
  if (!form || !list || !count || !none || !more) return;
  const pages = doc.querySelector<HTMLElement>('[data-tracker-pages]');
  const words = JSON.parse(count.dataset.words ?? '{}') as { locale: string; strike: [string, string]; killed: [string, string] };
  const item = JSON.parse(list.dataset.words ?? '{}') as ItemWords;
  // Grouped as the page's own numbers are (src/lib/i18n: "1.234" in Spanish too).
  const number = new Intl.NumberFormat(words.locale, { useGrouping: 'always' });
  const noun = ([one, many]: [string, string], n: number) => (n === 1 ? one : many);

  // The same item the page draws (TrackerPage.astro), from a row of list.json.
  const draw = (r: ListItem) => {
    const made = doc.createElement('template');
    made.innerHTML = itemHtml(r, item, `${list.dataset.base}${r.id.toLowerCase()}/`, (n) => number.format(n));
    return made.content.firstElementChild as HTMLElement;
  };

  // The strikes on this page, should list.json not come: the filters then narrow these.
  const onPage: Entry[] = [...list.children].map((li) => {
    const e = li as HTMLElement;
    const d = e.dataset;
    return { id: d.id ?? '', when: d.when ?? '', region: d.region as Region, killed: Number(d.killed), survivors: d.survivors ? Number(d.survivors) : null, disputed: d.disputed === '1', draw: () => e };
  });
  let all: Entry[] | null = null;
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= fetch(list.dataset.src ?? '')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((data) => decodeList(data).map((r): Entry => ({ ...r, draw: () => draw(r) })))
      .then((rows) => void (all = rows.length ? rows : onPage), () => void (all = onPage))
      .finally(() => list.removeAttribute('aria-busy')));

  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T | null;
  const toForm = (f: Filters) => {
    for (const name of ['sea', 'from', 'to', 'sort'] as const) {
      const e = field<HTMLSelectElement>(name);
      if (e) e.value = String(f[name] ?? (name === 'sort' ? 'date' : ''));
    }
    for (const name of ['survivors', 'disputed'] as const) {
      const e = field<HTMLInputElement>(name);
      if (e) e.checked = f[name];
    }
  };
  const fromForm = () => parseFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  let settle = 0;
  let matches: Entry[] = [];
  let drawn = 0;
  const drawMore = () => {
    const next = matches.slice(drawn, drawn + PAGE_SIZE).map((m) => m.draw());
    list.append(...next);
    drawn += next.length;
    more.hidden = drawn >= matches.length;
    return next[0];
  };
  const show = (f: Filters, announce: boolean) => {
    matches = applyFilters(all ?? onPage, f);
    drawn = 0;
    list.replaceChildren();
    drawMore();
    // The list now holds every match, so the pages of the unfiltered list no longer apply.
    if (pages) pages.hidden = true;
    none.hidden = matches.length > 0;
    const { strikes, killed } = tallyOf(matches);
    const text = `${number.format(strikes)} ${noun(words.strike, strikes)}, ${number.format(killed)} ${noun(words.killed, killed)}`;
    clearTimeout(settle);
    if (announce) settle = window.setTimeout(() => (count.textContent = text), SETTLE_MS);
    else count.textContent = text;
  };
  // Whatever the reader asked for last is what is shown once every strike has arrived.
  let wanted: Filters;
  const request = (f: Filters, announce: boolean) => {
    wanted = f;
    if (all) return show(f, announce);
    list.setAttribute('aria-busy', 'true');
    void load().then(() => show(wanted, announce));
  };

  const update = () => {
    const f = fromForm();
    history.replaceState(history.state, '', `${location.pathname}${filtersQuery(f)}${location.hash}`);
    request(f, true);
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
  more.querySelector('button')?.addEventListener('click', () => drawMore()?.querySelector('a')?.focus());

  // A shared address opens filtered; the form shows the filters it holds. Unfiltered, the page
  // as served is the answer, and nothing is fetched.
  const initial = parseFilters(location.search);
  toForm(initial);
  if (filtersQuery(initial)) request(initial, false);
}
