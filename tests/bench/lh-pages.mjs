// Lighthouse (mobile preset) on chosen pages, one run each, for a new page's "100 on every category"
// check: serve a build (node tests/serve.mjs 4499 dist), then
//   node_modules/.bin/node tests/bench/lh-pages.mjs http://127.0.0.1:4499 /data/ /strikes/people/
// Prints the four scores, LCP, TBT and any binary audit that failed. Not part of CI (timings are noisy).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const [base, ...paths] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const path of paths) {
  const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
  const c = lhr.categories;
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
  console.log(path, 'perf', c.performance.score * 100, 'a11y', c.accessibility.score * 100, 'bp', c['best-practices'].score * 100, 'seo', c.seo.score * 100, 'LCP', Math.round(lhr.audits['largest-contentful-paint'].numericValue), 'TBT', Math.round(lhr.audits['total-blocking-time'].numericValue), failing.join(' '));
}
await chrome.kill();
