// Development helper: the CLS of a few pages at a width (node e2e/cls-probe.mjs 1280 /ots/ /ots/timeline/).
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await startServer({ root: join(root, 'dist'), port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const [width, ...paths] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
await ctx.addInitScript(`window.__cls = 0; window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) { window.__cls += e.value; window.__shifts.push({ v: e.value, s: e.sources.map((x) => x.node && (x.node.className || x.node.nodeName)) }); } }).observe({ type: 'layout-shift', buffered: true });`);
for (const path of paths) {
  const page = await ctx.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  console.log(path, JSON.stringify(await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts.slice(0, 4) }))));
  await page.close();
}
await browser.close(); server.close();
