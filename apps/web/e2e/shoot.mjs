// Development helper: screenshots of the given pages at 390 and 1280 px, light and dark, into
// /tmp/shots (or SHOTS), with each page's horizontal overflow and the top of the office cards.
// Usage: node e2e/shoot.mjs /ots/ /ots/timeline/
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.env.SHOTS ?? '/tmp/shots';
const server = await startServer({ root: join(root, 'dist'), port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
for (const path of process.argv.slice(2)) {
  for (const width of widths) {
    for (const scheme of schemes) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      page.on('console', (m) => { if (m.type() === 'error') console.log('console error', path, m.text()); });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/[/?=]/g, '-')}-${width}-${scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.FULL !== '0' });
      const info = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        cards: [...document.querySelectorAll('[data-office]')].slice(0, 3).map((e) => `${e.getAttribute('data-office')}@${Math.round(e.getBoundingClientRect().top + scrollY)}`),
      }));
      console.log(name, JSON.stringify(info));
      await ctx.close();
    }
  }
}
await browser.close();
server.close();
