import type { PlainDate } from '@turnus/core';
import { useState } from 'preact/hooks';
import { localToday } from '../lib/dates';

/**
 * "Today" for an island: the build date while the server-rendered markup is hydrated (so the
 * first render matches it), then the browser's own calendar date, read once after mounting.
 */
export function useBrowserToday(buildDate: PlainDate): { today: PlainDate; fromBrowser: boolean } {
  // The browser's date from the first render in the browser: hydration patches the prerendered
  // markup once, instead of rendering the build date and then changing it (a layout shift).
  const [today] = useState<{ today: PlainDate; fromBrowser: boolean }>(() =>
    typeof window === 'undefined' ? { today: buildDate, fromBrowser: false } : { today: localToday(new Date()), fromBrowser: true },
  );
  return today;
}
