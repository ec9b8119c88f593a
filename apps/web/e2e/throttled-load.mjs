// Load timings under a throttled profile (4× CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms RTT),
// cold cache: first contentful paint, DOMContentLoaded, load, and when every island has hydrated.
// Usage: node e2e/throttled-load.mjs /ots/ /ots/timeline/
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await startServer({ root: join(root, 'dist'), port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const path of process.argv.slice(2)) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t0 = Date.now();
    await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((e) => e.getAttribute('data-hydrated') === 'true'), null, { timeout: 60000 });
    const hydrated = Date.now() - t0;
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const bytes = performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, n.transferSize);
      return { fcp: Math.round(fcp?.startTime ?? 0), dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd), kb: Math.round(bytes / 1024) };
    });
    runs.push({ ...nav, hydrated });
    await ctx.close();
  }
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
  console.log(`${path}: FCP ${median('fcp')} ms, DOMContentLoaded ${median('dcl')} ms, load ${median('load')} ms, islands hydrated ${median('hydrated')} ms, ${median('kb')} KB transferred (median of 3)`);
}
await browser.close();
server.close();
