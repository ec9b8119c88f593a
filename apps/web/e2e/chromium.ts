import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser to drive: CHROMIUM_PATH when set, else the first system Chromium found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const forced = env.CHROMIUM_PATH;
  if (forced) return existsSync(forced) ? forced : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const NO_BROWSER = [
  '',
  '################################################################################',
  '#  NO CHROMIUM FOUND: the browser tests of @turnus/web cannot run.             #',
  '#  Install Debian\'s Chromium:   apt-get update && apt-get install -y chromium   #',
  '#  or point CHROMIUM_PATH at a Chromium or Chrome binary, then run again:      #',
  '#      pnpm --filter @turnus/web e2e                                            #',
  '################################################################################',
  '',
].join('\n');

/** Launches headless Chromium the way this machine needs (no sandbox as root, no network chatter). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(NO_BROWSER);
    throw new Error('No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH');
  }
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
