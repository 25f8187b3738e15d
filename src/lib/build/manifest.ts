/** The web app manifest of one edition: its name, language, start page and icon. */
export function webManifest(o: { name: string; shortName: string; lang: string; start: string; icon: string }) {
  return {
    name: o.name,
    short_name: o.shortName,
    lang: o.lang,
    start_url: o.start,
    scope: o.start,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1a1a1a',
    icons: [{ src: o.icon, sizes: 'any', type: 'image/svg+xml' }],
  };
}
