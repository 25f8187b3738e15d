import { LICENCE } from './datapackage';

/**
 * schema.org Dataset metadata (JSON-LD) for /data/ and /strikes/, so dataset search engines and
 * citation managers find the data, its licence, its version and its files. It is a data block
 * (<script type="application/ld+json">), which browsers never run: the site's policy does not
 * govern it, and src/lib/build/externalize.ts leaves it in the page.
 */
export interface DatasetInfo {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  creator: string;
  version: string;
  /** YYYY-MM-DD. */
  dateModified: string;
  /** "2025-09-02/2026-06-05": the first strike's day to the last's. */
  temporalCoverage: string;
  /** The seas, in words: no coordinates the sources do not give. */
  spatialCoverage: string;
  distribution: { name: string; url: string; format: string }[];
}

export function datasetJsonLd(d: DatasetInfo) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: d.inLanguage,
    creator: { '@type': 'Organization', name: d.creator },
    license: LICENCE.path,
    isAccessibleForFree: true,
    version: d.version,
    dateModified: d.dateModified,
    temporalCoverage: d.temporalCoverage,
    spatialCoverage: { '@type': 'Place', name: d.spatialCoverage },
    distribution: d.distribution.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.format })),
  };
}

/**
 * The block's text, safe inside <script>: "<" is written as \u003c, so no cell's words can close
 * the element ("</script>") or open a comment.
 */
export const jsonLdText = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
