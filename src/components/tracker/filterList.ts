import type { Region } from '$lib/data/regions';
import type { WherePrecision } from '$lib/data/firmness';
import { decodeList, type ListItem } from '$lib/tracker/compact';
import { applyFilters, directionOf, filtersQuery, parseFilters, tallyOf, type Filterable, type Filters, type SortKey } from '$lib/tracker/filters';
import { shownCsv, shownJson } from '$lib/tracker/shown';
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
    return { id: d.id ?? '', when: d.when ?? '', region: d.region as Region, killed: Number(d.killed), survivors: d.survivors ? Number(d.survivors) : null, presumed: d.presumed ? Number(d.presumed) : null, group: d.group ?? '', disputed: d.disputed === '1', where: d.where as WherePrecision, video: d.video === '1', draw: () => e };
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
    for (const name of ['sea', 'from', 'to', 'where', 'sort'] as const) {
      const e = field<HTMLSelectElement>(name);
      if (e) e.value = String(f[name] ?? (name === 'sort' ? 'date' : ''));
    }
    for (const name of ['survivors', 'disputed', 'video'] as const) {
      const e = field<HTMLInputElement>(name);
      if (e) e.checked = f[name];
    }
    const reverse = field<HTMLInputElement>('reverse');
    if (reverse) reverse.value = f.reverse ? '1' : '';
  };
  const fromForm = () => parseFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  let settle = 0;
  let drawn = 0;
  const drawMore = () => {
    const next = matches.slice(drawn, drawn + PAGE_SIZE).map((m) => m.draw());
    list.append(...next);
    drawn += next.length;
    more.hidden = drawn >= matches.length;
    return next[0];
  };
  // The column heads: the sorted one says which way (aria-sort), and each sorts the table when pressed.
  const heads = [...doc.querySelectorAll<HTMLElement>('[data-tracker-table] th[data-sort]')];
  const markSorted = (f: Filters) => {
    for (const th of heads) {
      if (th.dataset.sort === f.sort) th.setAttribute('aria-sort', directionOf(f.sort, f.reverse));
      else th.removeAttribute('aria-sort');
    }
  };
  let matches: Entry[] = onPage;
  const show = (f: Filters, announce: boolean) => {
    markSorted(f);
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

  for (const th of heads) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const f = fromForm();
      const sort = th.dataset.sort as SortKey;
      toForm({ ...f, sort, reverse: f.sort === sort ? !f.reverse : false });
      update();
    });
  }

  // Downloads of what is shown: the release file, cut to the strikes the filters show, in their order.
  const downloads = doc.querySelector<HTMLElement>('[data-tracker-downloads]');
  if (downloads) {
    const dw = JSON.parse(downloads.dataset.words ?? '{}') as { shown: string; name: string };
    const label = downloads.querySelector('[data-download-label]');
    if (label) label.textContent = dw.shown;
    for (const a of downloads.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
      const kind = a.dataset.download;
      const source = a.href;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        const ids = matches.map((m) => m.id);
        void fetch(source)
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
          .then((text) => {
            const body = kind === 'json' ? shownJson(JSON.parse(text) as { id: string }[], ids) : shownCsv(text, ids);
            const url = URL.createObjectURL(new Blob([body], { type: kind === 'json' ? 'application/json' : 'text/csv' }));
            const save = doc.createElement('a');
            save.href = url;
            save.download = `${dw.name}.${kind}`;
            save.hidden = true;
            doc.body.append(save);
            save.click();
            save.remove();
            setTimeout(() => URL.revokeObjectURL(url), 60_000);
          })
          // Should the file not come, the link does what it does without a script: the whole release.
          .catch(() => (location.href = source));
      });
    }
  }

  // A shared address opens filtered; the form shows the filters it holds. Unfiltered, the page
  // as served is the answer, and nothing is fetched.
  // The heads say the order shown: a shared address's order, once its strikes have arrived (show).
  const initial = parseFilters(location.search);
  toForm(initial);
  if (filtersQuery(initial)) request(initial, false);
}
