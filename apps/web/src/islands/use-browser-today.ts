import type { PlainDate } from '@turnus/core';
import { useEffect, useState } from 'preact/hooks';
import { localToday } from '../lib/dates';

/**
 * "Today" for an island: the build date while the server-rendered markup is hydrated (so the
 * first render matches it), then the browser's own calendar date, read once after mounting.
 */
export function useBrowserToday(buildDate: PlainDate): { today: PlainDate; fromBrowser: boolean } {
  const [today, setToday] = useState<{ today: PlainDate; fromBrowser: boolean }>({ today: buildDate, fromBrowser: false });
  useEffect(() => {
    setToday({ today: localToday(new Date()), fromBrowser: true });
  }, []);
  return today;
}
