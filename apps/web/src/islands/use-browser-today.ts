import type { PlainDate } from '@turnus/core';
import { useLayoutEffect, useState } from 'preact/hooks';
import { localToday } from '../lib/dates';

/**
 * "Today" for an island: the build date for the first render, so that hydration matches the
 * prerendered markup exactly (Preact does not patch attributes while hydrating), then the
 * browser's own calendar date, set in a layout effect: before the hydrated island is painted.
 */
export function useBrowserToday(buildDate: PlainDate): { today: PlainDate; fromBrowser: boolean } {
  const [today, setToday] = useState<{ today: PlainDate; fromBrowser: boolean }>({ today: buildDate, fromBrowser: false });
  useLayoutEffect(() => {
    setToday({ today: localToday(new Date()), fromBrowser: true });
  }, []);
  return today;
}
