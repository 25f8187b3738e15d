import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// A font shipped in an npm package, so the picture is the same on every machine that builds it.
const FONTS = ['400Regular/SourceSans3_400Regular.ttf', '700Bold/SourceSans3_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/source-sans-3/${f}`),
);

export function rasterize(svg: string): Uint8Array {
  const resvg = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' } });
  return resvg.render().asPng();
}
