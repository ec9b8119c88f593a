// Development helper: axe, overflow, CLS of some pages (node e2e/axe-probe.mjs 390 dark /ots/ /tr/ots/).
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = await startServer({ root: join(root, 'dist'), port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const [width, scheme, ...paths] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await ctx.addInitScript('window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: "layout-shift", buffered: true });');
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('  console', m.type(), m.text()); });
for (const path of paths) {
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((e) => e.getAttribute('data-hydrated') === 'true'));
  await page.waitForTimeout(150);
  const info = await page.evaluate(() => ({ overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, cls: window.__cls }));
  const axe = await new AxeBuilder({ page }).analyze();
  console.log(path, JSON.stringify(info), axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
}
await browser.close(); server.close();
