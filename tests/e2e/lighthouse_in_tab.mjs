// Lighthouse in the bench's own browser tab, so a page that needs a signed-in tab is
// measured signed in (the tab's sessionStorage holds the temporary keys). Used by
// page_speed.rs: node lighthouse_in_tab.mjs LIGHTHOUSE_DIR DEBUGGER_ADDRESS URL REPORT.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [lighthouseDir, debuggerAddress, url, report] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(lighthouseDir, path)).href);
const { default: lighthouse } = await load('core/index.js');
const { default: desktop } = await load('core/config/desktop-config.js');
const { default: puppeteer } = await import(pathToFileURL(join(lighthouseDir, '..', 'puppeteer-core', 'lib', 'esm', 'puppeteer', 'puppeteer-core.js')).href);

const browser = await puppeteer.connect({ browserURL: `http://${debuggerAddress}`, defaultViewport: null });
const origin = new URL(url).origin;
const page = (await browser.pages()).find((p) => p.url().startsWith(origin));
if (!page) throw new Error(`no tab on ${origin}`);
const flags = {
  output: 'json',
  onlyCategories: ['performance', 'accessibility', 'best-practices'],
  // Keep the tab's storage: that is the sign-in.
  disableStorageReset: true,
};
const result = await lighthouse(url, flags, desktop, page);
writeFileSync(report, result.report);
await browser.disconnect();
