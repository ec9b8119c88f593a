/** Where the site is served (TURNUS_SITE_URL at build time), or '' when unknown (then paths only). */
let site = '';

export function setSiteUrl(url: string): void {
  site = url.replace(/\/$/, '');
}

export function siteUrl(): string {
  return site;
}

/**
 * The address to subscribe to a calendar feed: `webcal://…` when the site's address is known (a
 * calendar application then subscribes, and refreshes), else the feed's own path.
 */
export function calendarSubscription(path: string): string {
  return site ? `${site.replace(/^https?:\/\//, 'webcal://')}${path}` : path;
}
