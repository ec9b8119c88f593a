// The only script a page loads (pages without islands get none: the prerender removes it). It
// finds the islands the server marked (data-island), fetches the organization's record they read
// (data-record, one JSON file per organization), loads each island's module on demand and
// hydrates it with the props the server rendered it with (data-props).
import type { OrganizationRecord } from '@turnus/core';
import type { ComponentType } from 'preact';
import { isLang, setLang } from './i18n/lang';
import { addAvailableFlags } from './lib/flags';
import { provideRecord } from './lib/record-store';

type IslandModule = Record<string, ComponentType<never>>;

/** Each island: how to load its module, and the name of the component it exports. */
const islands: Record<string, [load: () => Promise<IslandModule>, component: string]> = {
  'date-explorer': [() => import('./islands/DateExplorer'), 'DateExplorer'],
  'what-if': [() => import('./islands/WhatIfPanel'), 'WhatIfPanel'],
  timeline: [() => import('./islands/TimelineChart'), 'TimelineChart'],
  search: [() => import('./islands/SiteSearch'), 'SiteSearch'],
};

const records = new Map<string, Promise<void>>();

function loadRecord(url: string): Promise<void> {
  let loading = records.get(url);
  if (!loading) {
    loading = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`cannot load the record ${url}: HTTP ${response.status}`);
        return response.json() as Promise<OrganizationRecord>;
      })
      .then(provideRecord);
    records.set(url, loading);
  }
  return loading;
}

/** Islands with no framework: a module with `mount(element, props)`. */
const plain: Record<string, () => Promise<{ mount: (element: HTMLElement, props: never) => void }>> = {
  today: () => import('./islands/today'),
};

async function hydrateIsland(element: HTMLElement): Promise<void> {
  const name = element.dataset.island ?? '';
  const mountable = plain[name];
  if (mountable) {
    (await mountable()).mount(element, JSON.parse(element.dataset.props ?? '{}') as never);
    element.dataset.hydrated = 'true';
    return;
  }
  const island = islands[name];
  if (!island) throw new Error(`unknown island "${name}"`);
  const [load, exported] = island;
  const props: unknown = JSON.parse(element.dataset.props ?? '{}');
  // The flags that exist for this organization's parties (the markup shows them; so must the island).
  addAvailableFlags((element.dataset.flags ?? '').split(' ').filter(Boolean));
  const [{ h, hydrate }, module] = await Promise.all([import('preact'), load(), element.dataset.record ? loadRecord(element.dataset.record) : undefined]);
  const component = module[exported];
  if (!component) throw new Error(`island "${name}" exports no ${exported}`);
  hydrate(h(component as ComponentType<object>, props as object), element);
  element.dataset.hydrated = 'true';
}

// The page's language, for the islands' words, dates and names.
const pageLang = document.documentElement.lang;
if (isLang(pageLang)) setLang(pageLang);

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  hydrateIsland(element).catch((error: unknown) => {
    // The prerendered content stays readable; the failure is reported, not hidden.
    console.error(error);
  });
}
