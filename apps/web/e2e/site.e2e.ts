// The site in a real headless Chromium: every page loads without console errors and passes
// axe-core, light and dark; the overview shows the record's facts and recomputes them for the
// browser's date; the date picker, the what-if and the timeline work with a keyboard.
// Screenshots of every page at 390 px and 1280 px, light and dark, go to artifacts/screenshots/.
import AxeBuilder from '@axe-core/playwright';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from './chromium';
import { builtPages, screenshotName } from './site-pages';
import { stateOn, whatIf } from '@turnus/core';
import { whatIfChanges } from '../src/lib/what-if-changes';
import { ots, records } from '@turnus/data';
import { findJargon, interfaceChunks, visibleText } from '../test/rendered-text';
import { setLang } from '../src/i18n/lang';
import { MESSAGE_KEYS, t } from '../src/i18n/messages';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The suite serves a copy of the build, so that a rebuild while it runs cannot pull pages away.
if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('No built site in apps/web/dist: run `pnpm --filter @turnus/web build` first.');
const dist = mkdtempSync(join(tmpdir(), 'turnus-web-e2e-'));
cpSync(join(root, 'dist'), dist, { recursive: true });
const shots = process.env.SHOTS ?? join(root, 'artifacts', 'screenshots');

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (!process.env.SHOTS) rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(dist, { recursive: true, force: true });
});

/** A page that records every console error or warning, failed request and uncaught exception. */
async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? 'no reason'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

/** Waits until every island of the page has hydrated. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((e) => e.getAttribute('data-hydrated') === 'true'));
}

/** The pages screenshot at both widths in both schemes: every section page of every organization, and one summit and one person of the OTS. */
function screenshotSet(pages: string[]): string[] {
  const kinds = new Set<string>();
  return pages.filter((path) => {
    const parts = path.split('/').filter(Boolean);
    if (parts.length <= 2) return true;
    const kind = parts.slice(1, -1).join('/');
    if (parts[0] !== 'ots' || kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  });
}

/** Installed before any page script: sums the layout shifts not caused by input (the CLS of the load). */
const CLS_OBSERVER = `
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

const ids = Object.values(records).flatMap((r) => [
  ...r.decisions.map((d) => d.id),
  ...(r.gaps ?? []).map((g) => g.id),
  ...(r.disputes ?? []).map((d) => d.id),
  ...r.offices.flatMap((o) => o.rules.map((x) => x.id)),
  ...r.sources.map((s) => s.id),
]);

describe('every page', () => {
  const built = builtPages(dist);
  const translated = built.filter((p) => /^\/(tr|ru)\//.test(p));
  const english = built.filter((p) => !translated.includes(p));
  const englishShots = screenshotSet(english);
  // In Turkish and Russian, every page type of the OTS and the home page at every width and scheme;
  // every other translated page is checked once below.
  const translatedShots = translated.filter((p) => {
    const base = p.replace(/^\/(tr|ru)/, '');
    return englishShots.includes(base) && (base === '/' || base.startsWith('/ots/'));
  });
  const pages = [...english, ...translatedShots];
  const shotPages = [...englishShots, ...translatedShots];

  it('is found in the build', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages).toContain('/ots/');
    expect(shotPages).toContain('/ots/summits/');
    expect(shotPages.some((p) => p.startsWith('/ots/summits/') && p !== '/ots/summits/')).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      it(`at ${width} px (${scheme}): no console error, no sideways scrolling, axe clean, CLS under 0.05, no jargon`, async () => {
        const failures: string[] = [];
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        await context.addInitScript(CLS_OBSERVER);
        let worstCls = 0;
        // One tab for every page (faster than a tab each); its problems are read and cleared per page.
        const { page, problems } = await openPage(context);
        for (const path of pages) {
          problems.length = 0;
          await page.goto(base + path, { waitUntil: 'load' });
          await hydrated(page);
          await page.waitForTimeout(150);
          const { overflow, cls, text } = await page.evaluate(() => ({
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            cls: (window as unknown as { __cls: number }).__cls,
            text: document.documentElement.outerHTML,
          }));
          worstCls = Math.max(worstCls, cls);
          if (overflow > 0) failures.push(`${path}: the page is ${overflow}px wider than the screen`);
          if (cls >= 0.05) failures.push(`${path}: cumulative layout shift ${cls.toFixed(3)}`);
          for (const j of findJargon(visibleText(text), ids)) failures.push(`${path}: ${j.kind} “${j.match}” in …${j.context}…`);
          const axe = await new AxeBuilder({ page }).analyze();
          for (const v of axe.violations) failures.push(`${path}: axe ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
          if (shotPages.includes(path)) await page.screenshot({ path: join(shots, `${screenshotName(path)}-${width}-${scheme}.png`), fullPage: true });
          for (const p of problems) failures.push(`${path}: ${p}`);
        }
        await page.close();
        await context.close();
        console.log(`${pages.length} pages at ${width} px, ${scheme}: worst CLS ${worstCls.toFixed(4)}`);
        expect(failures).toEqual([]);
      });
    }
  }
});

describe('every Turkish and Russian page', () => {
  const translated = builtPages(dist).filter((p) => /^\/(tr|ru)\//.test(p));
  it('after hydration (390 px, light): no console error, no jargon, no English interface message', async () => {
    const failures: string[] = [];
    const english = (l: 'tr' | 'ru') => {
      setLang('en');
      const en = Object.fromEntries(MESSAGE_KEYS.map((k) => [k, t(k)]).filter((e): e is [string, string] => typeof e[1] === 'string'));
      setLang(l);
      const other = Object.fromEntries(MESSAGE_KEYS.map((k) => [k, t(k)]));
      setLang('en');
      return Object.entries(en)
        .filter(([k, v]) => v.trim().split(/\s+/).length >= 3 && other[k] !== v)
        .map(([, v]) => v.trim());
    };
    const messages = { tr: english('tr'), ru: english('ru') };
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const { page, problems } = await openPage(context);
    for (const path of translated) {
      problems.length = 0;
      await page.goto(base + path, { waitUntil: 'load' });
      await hydrated(page);
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      for (const j of findJargon(visibleText(html), ids)) failures.push(`${path}: ${j.kind} “${j.match}” in …${j.context}…`);
      const text = interfaceChunks(html).join(' \n ');
      for (const m of messages[path.startsWith('/tr/') ? 'tr' : 'ru']) if (text.includes(m)) failures.push(`${path}: English message “${m}”`);
      // Images still loading when the next page is opened are cancelled by the browser: not a fault of the page.
      for (const p of problems) if (!p.endsWith('(net::ERR_ABORTED)')) failures.push(`${path}: ${p}`);
    }
    await context.close();
    console.log(`${translated.length} Turkish and Russian pages after hydration`);
    expect(failures).toEqual([]);
  });
});

describe('the overview', () => {
  it('shows the record’s facts: names, chair, Secretary-General, members, observers', async () => {
    const context = await browser.newContext();
    await context.clock.setFixedTime(new Date(2026, 10, 28, 12));
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/ots/`);
    await hydrated(page);
    await expect(page.locator('h1').textContent()).resolves.toContain('Organization of Turkic States');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Formerly Turkic Council (Cooperation Council of Turkic Speaking States, CCTS)');
    expect(await page.locator('[data-view] section[data-office="chair"] .holding').textContent()).toContain('Azerbaijan');
    expect(await page.locator('[data-view] section[data-office="secretary-general"] .holding').textContent()).toContain('Kubanychbek Omuraliev');
    const state = stateOn(ots, '2026-11-28', { today: '2026-11-28' });
    expect(await page.locator('[data-view] #members tbody tr').count()).toBe(state.members.length);
    expect(await page.locator('[data-view] #observers tbody tr').count()).toBe(state.observers.length);
    expect(await page.locator('#observers').textContent()).toContain('Turkmenistan');
    expect(await page.locator('footer').textContent()).toContain('Record as of');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says the visitor’s date, and past what the page can tell, links to the state on that day', async () => {
    const context = await browser.newContext();
    await context.clock.setFixedTime(new Date(2030, 5, 1, 12));
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/ots/`);
    await hydrated(page);
    await expect(page.getByTestId('as-of').textContent()).resolves.toContain('As of 1 June 2030 (your device’s date)');
    await expect(page.locator('[data-beyond]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-beyond] a').getAttribute('href')).toBe('/ots/on/?on=2030-06-01');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('holds the facts with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/ots/`);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Azerbaijan');
    expect(text).toContain('Kubanychbek Omuraliev');
    expect(await page.locator('svg.map-svg path.map-member').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-view] img.flag').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('is in Turkish and Russian at /tr/ots/ and /ru/ots/', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/tr/ots/`);
    expect(await page.locator('main').textContent()).toContain('Genel Sekreter');
    await page.goto(`${base}/ru/ots/`);
    expect(await page.locator('main').textContent()).toContain('Генеральный секретарь');
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await page.waitForURL(`${base}/ots/`);
    await context.close();
  });
});

describe('on this date', () => {
  it('reads the day from the address and shows both candidates where the holder is uncertain', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/ots/on/?on=2014-06-01`);
    await hydrated(page);
    await expect(page.getByTestId('state-date').textContent()).resolves.toBe('1 June 2014');
    const sg = (await page.locator('[data-office="secretary-general"]').textContent()) ?? '';
    expect(sg).toContain('Uncertain: Halil Akıncı (Turkey) or Ramil Hasanov (Azerbaijan)');
    expect(sg).toContain('Halil Akıncı');
    expect(sg).toContain('Ramil Hasanov');
    // The chair passed from Azerbaijan to Turkey at Bodrum on 5 June 2014.
    expect(await page.locator('[data-office="chair"]').textContent()).toContain('Azerbaijan');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('changes the state shown when another day is picked, and keeps it in the address', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/ots/on/`);
    await hydrated(page);
    await page.locator('#on-date').fill('2021-11-12');
    await expect.poll(() => page.getByTestId('state-date').textContent()).toBe('12 November 2021');
    expect(new URL(page.url()).searchParams.get('on')).toBe('2021-11-12');
    expect(await page.locator('[data-office="chair"]').textContent()).toContain('Turkey');
    expect(await page.locator('[data-office="secretary-general"]').textContent()).toContain('Baghdad Amreyev');
    expect(await page.locator('#observers-on').textContent()).toContain('Turkmenistan');
    await page.getByRole('button', { name: 'Day before' }).click();
    await expect.poll(() => page.getByTestId('state-date').textContent()).toBe('11 November 2021');
    expect(await page.locator('#observers-on').textContent()).not.toContain('Turkmenistan');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('periods answered by the rule', () => {
  it('shows the UNSC presidency on 15 October 2026 as Greece by rule, on the first paint of the state and after hydration', async () => {
    const context = await browser.newContext();
    // The first text the presidency's card shows, caught as soon as it is in the document.
    await context.addInitScript(() => {
      const w = window as unknown as { __firstPresident?: string };
      new MutationObserver(() => {
        const el = document.querySelector('[data-office="president"]');
        if (el && w.__firstPresident === undefined && el.textContent) w.__firstPresident = el.textContent;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/unsc/on/?on=2026-10-15`);
    await hydrated(page);
    const first = await page.evaluate(() => (window as unknown as { __firstPresident?: string }).__firstPresident ?? '');
    expect(first).toContain('Greece');
    expect(first).toContain('by rule');
    const after = (await page.locator('[data-office="president"]').textContent()) ?? '';
    expect(after).toContain('Greece');
    expect(after).toContain('by rule');
    expect(after).not.toContain('recorded');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('projections and what-if', () => {
  it('changes the projection when a member joins, computed in the browser', async () => {
    const context = await browser.newContext();
    await context.clock.setFixedTime(new Date(2026, 10, 28, 12));
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/ots/projections/`);
    await hydrated(page);
    const sg = page.getByTestId('difference-secretary-general');
    await expect(sg.textContent()).resolves.toContain('No hypothetical decision is on');
    await page.locator('#wi-admit-party').selectOption('TM');
    await page.locator('#wi-admit-date').fill('2027-01-01');
    await page.locator('#wi-admit').check();
    // What the engine says in Node, the page must say in the browser.
    const [, expected] = whatIf(ots, whatIfChanges({ admit: { on: true, party: 'TM', date: '2027-01-01' }, skip: { on: false, office: 'chair', party: 'UZ', date: '2027-01-01' }, swap: { on: false, office: 'chair', first: 'KZ', second: 'KG', date: '2027-01-01' } }), { today: '2026-11-28', count: 4, offices: ['chair', 'secretary-general'] });
    if (expected!.firstDifference === null) {
      await expect.poll(() => sg.textContent()).toContain('No difference');
    } else {
      await expect.poll(() => sg.textContent()).toContain('First difference');
      expect(await page.locator('[data-office="secretary-general"] tr.changed').count()).toBeGreaterThan(0);
    }
    await page.locator('#wi-admit').uncheck();
    await page.locator('#wi-swap-first').selectOption('UZ');
    await page.locator('#wi-swap-second').selectOption('KZ');
    await page.locator('#wi-swap-office').selectOption('chair');
    await page.locator('#wi-swap').check();
    await expect.poll(() => page.getByTestId('difference-chair').textContent()).toContain('First difference');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the timeline', () => {
  it('opens around today, is one tab stop walked with the arrow keys, and zooms and pans into the address', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clock.setFixedTime(new Date(2026, 10, 28, 12));
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/ots/timeline/`);
    await hydrated(page);
    await expect(page.getByTestId('timeline-window').textContent()).resolves.toBe('2019–2030');
    const items = page.locator('svg.timeline-svg [data-item]');
    const count = await items.count();
    expect(count).toBeGreaterThan(20);
    for (let i = 0; i < count; i++) expect(((await items.nth(i).getAttribute('aria-label')) ?? '').length).toBeGreaterThan(10);
    // One tab stop: exactly one item is in the tab order.
    expect(await page.locator('svg.timeline-svg [data-item][tabindex="0"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Everything' }).focus();
    await page.getByRole('button', { name: 'Around today' }).click();
    await page.getByRole('button', { name: 'Everything' }).focus();
    await page.keyboard.press('Tab');
    // Tab lands on the chart's one tab stop: the period running today.
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-item') ?? '');
    expect(first).not.toBe('');
    const row = await page.evaluate(() => document.activeElement?.getAttribute('data-row') ?? '');
    await expect(page.getByTestId('timeline-selected').textContent()).resolves.toContain(': ');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-item') ?? '');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe(row);
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('chair');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('chair-projected');
    expect(await page.locator('svg.timeline-svg [data-item][tabindex="0"]').count()).toBe(1);
    // Tab leaves the chart at once.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item') ?? '')).toBe('');
    // The keyboard zooms; the window goes into the address.
    await page.locator('svg.timeline-svg [data-item][tabindex="0"]').focus();
    await page.keyboard.press('+');
    await expect.poll(() => page.getByTestId('timeline-window').textContent()).not.toBe('2019–2030');
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Ctrl + wheel zooms out around the pointer; a drag pans.
    const box = (await page.locator('svg.timeline-svg').boundingBox())!;
    const before = await page.getByTestId('timeline-window').textContent();
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 400);
    await page.keyboard.up('Control');
    await expect.poll(() => page.getByTestId('timeline-window').textContent()).not.toBe(before);
    const zoomed = await page.getByTestId('timeline-window').textContent();
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + 60, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('timeline-window').textContent()).not.toBe(zoomed);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens on the window in the address, with the holders of that time labelled', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/ots/timeline/?from=2010-01-01&to=2016-01-01`);
    await hydrated(page);
    await expect(page.getByTestId('timeline-window').textContent()).resolves.toBe('2010–2015');
    expect(await page.locator('[data-item="secretary-general-0"]').count()).toBe(1);
    const labels = await page.locator('svg.timeline-svg .tl-label').allTextContents();
    expect(labels).toContain('Halil Akıncı');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the home page', () => {
  it('has a card per organization, the OTS first with its holders, and finds people, members and summits', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const { page, problems } = await openPage(context);
    await page.goto(`${base}/`);
    await hydrated(page);
    const cards = page.locator('.org-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(5);
    expect(await cards.first().locator('h3').textContent()).toContain('Organization of Turkic States');
    expect(await cards.first().textContent()).toContain('Secretary-General');
    const input = page.locator('#site-search-input');
    for (const [q, expected] of [
      ['Omuraliyev', 'Kubanychbek Omuraliev'],
      ['Өмүралиев', 'Kubanychbek Omuraliev'],
      ['Istanbul summit', 'Istanbul'],
    ] as const) {
      await input.fill(q);
      await expect.poll(() => page.getByTestId('search-results').locator('li').first().textContent()).toContain(expected);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the static server', () => {
  it('sends the CSP, the right types for downloads, and a 404 page', async () => {
    const page = await fetch(`${base}/ots/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const json = await fetch(`${base}/ots/downloads/ots.json`);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(((await json.json()) as { organization: { id: string } }).organization.id).toBe('ots');
    const ics = await fetch(`${base}/ots/downloads/ots.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    const csv = await fetch(`${base}/ots/downloads/ots.csv`);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^org,office,/);
    const missing = await fetch(`${base}/ots/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    const outside = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(outside.status).toBe(404);
  });
});
