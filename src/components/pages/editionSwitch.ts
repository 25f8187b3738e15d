/**
 * The language switch keeps the reader's place: both editions share section ids, so the link
 * to the other edition takes the section in view as its fragment. Without JavaScript the link
 * still works and opens the other edition at its top.
 */

/** The section a reader is in: the last one whose top has passed the upper third of the screen. */
export function sectionInView(tops: { id: string; top: number }[], viewport: number): string | null {
  let current: string | null = null;
  for (const s of tops) if (s.top <= viewport / 3) current = s.id;
  return current;
}

export function keepPlace(doc: Document) {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-edition-switch]')) {
    const update = () => {
      const sections = [...doc.querySelectorAll<HTMLElement>('main section[id]')].map((s) => ({ id: s.id, top: s.getBoundingClientRect().top }));
      const id = sectionInView(sections, window.innerHeight);
      const url = new URL(link.href);
      url.hash = id ? `#${id}` : '';
      link.href = url.href;
    };
    // Read the place when the reader reaches for the link, not on every scroll.
    link.addEventListener('pointerdown', update);
    link.addEventListener('focus', update);
    link.addEventListener('click', update);
  }
}
