import { organizationName, type OrganizationRecord, type PlainDate } from '@turnus/core';
import type { ComponentChildren } from 'preact';
import { paths } from '../lib/paths';
import { DateText } from './DateText';
import { SiteNav } from './SiteNav';

/** The frame of every page: a skip link, the header with the sections, the content, the footer. */
export function Layout({ record, path, today, children }: { record?: OrganizationRecord; path: string; today: PlainDate; children: ComponentChildren }) {
  const org = record?.organization.id;
  const name = record ? organizationName(record, today) : undefined;
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to the content
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <a class="brand" href={paths.home()}>
            Turnus
          </a>
          {org && name ? (
            <a class="org-link" href={paths.overview(org)}>
              {name.abbreviation ?? name.name}
            </a>
          ) : null}
        </div>
        {org ? (
          <div class="wrap">
            <SiteNav org={org} path={path} hide={[...(record!.summits.length === 0 ? ['Summits'] : []), ...(record!.people.length === 0 ? ['People'] : [])]} />
          </div>
        ) : null}
      </header>
      <main id="main" class="wrap" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <div class="wrap">
          {record ? (
            <p>
              Record as of <DateText date={record.asOf} /> (the day it was last checked against its sources). This page was built on{' '}
              <DateText date={today} />.
            </p>
          ) : (
            <p>
              Built on <DateText date={today} />.
            </p>
          )}
          <p class="muted">
            Turnus models how intergovernmental organizations are governed over time. Every fact links to its sources; projections are computed by the
            organization’s rules and marked as such.
          </p>
        </div>
      </footer>
    </>
  );
}
