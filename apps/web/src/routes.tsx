import { organizationName, type OrganizationRecord, type PlainDate } from '@turnus/core';
import type { VNode } from 'preact';
import { formatDate } from './lib/dates';
import { LANGS, lang, localized, setLang, unlocalized, type Lang } from './i18n/lang';
import { t } from './i18n/messages';
import { summitTitle } from './lib/summits';
import { paths } from './lib/paths';
import type { PageContext } from './page-context';
import { DownloadsPage } from './pages/DownloadsPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OnThisDatePage } from './pages/OnThisDatePage';
import { OverviewPage } from './pages/OverviewPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonPage } from './pages/PersonPage';
import { ProjectionsPage } from './pages/ProjectionsPage';
import { RulesPage } from './pages/RulesPage';
import { SourcesPage } from './pages/SourcesPage';
import { SummitPage } from './pages/SummitPage';
import { SummitsPage } from './pages/SummitsPage';
import { TimelinePage } from './pages/TimelinePage';
import { personName } from './lib/record-text';

/** One prerendered page: its path, its title and description, and how to render its content. */
export interface Route {
  /** The page's address, with its language prefix (`/tr/ots/`). */
  readonly path: string;
  /** The address without the language prefix (`/ots/`), the same in every language. */
  readonly basePath: string;
  readonly lang: Lang;
  /** The languages this page is built in (for hreflang and the switcher). */
  readonly alternates: readonly Lang[];
  readonly title: string;
  readonly description: string;
  readonly record?: OrganizationRecord;
  readonly content: () => VNode;
}

/** `fn` run with the interface in language `l` (titles, descriptions and paths read it). */
function inLang<T>(l: Lang, fn: () => T): T {
  const before = lang();
  setLang(l);
  try {
    return fn();
  } finally {
    setLang(before);
  }
}

/** Every page of one organization, in one interface language. */
export function organizationRoutes(record: OrganizationRecord, today: PlainDate, l: Lang = 'en', site: readonly OrganizationRecord[] = [record]): Route[] {
  return inLang(l, () => {
    const org = record.organization.id;
    const name = organizationName(record, today, l).name;
    const ctx = (path: string): PageContext => ({ record, today, path, site });
    const page = (base: string, title: string, description: string, render: (c: PageContext) => VNode): Route => ({
      path: localized(base, l),
      basePath: base,
      lang: l,
      alternates: LANGS,
      title: `${title} — ${name}`,
      description,
      record,
      content: () => render(ctx(base)),
    });
    const base = (path: string) => unlocalized(path);
    return [
      page(base(paths.overview(org)), t('overview'), t('descOverview')(name), (c) => <OverviewPage {...c} />),
      page(base(paths.timeline(org)), t('timeline'), t('descTimeline')(name), (c) => <TimelinePage {...c} />),
      ...(record.summits.length === 0 ? [] : [page(base(paths.summits(org)), t('summits'), t('descSummits')(name), (c) => <SummitsPage {...c} />)]),
      ...record.summits.map((s) =>
        page(base(paths.summit(org, s.id)), summitTitle(s), t('descSummit')(summitTitle(s), `${formatDate(s.date)}${s.city ? `, ${s.city}` : ''}`), (c) => <SummitPage {...c} summit={s} />),
      ),
      ...(record.people.length === 0 ? [] : [page(base(paths.people(org)), t('people'), t('descPeople')(name), (c) => <PeoplePage {...c} />)]),
      ...record.people.map(({ id }) => page(base(paths.person(org, id)), personName(record, id), t('descPerson')(personName(record, id), name), (c) => <PersonPage {...c} person={id} />)),
      page(base(paths.onThisDate(org)), t('onThisDate'), t('descOn')(name), (c) => <OnThisDatePage {...c} />),
      page(base(paths.projections(org)), t('exploreProjections'), t('descProjections')(name), (c) => <ProjectionsPage {...c} />),
      page(base(paths.rules(org)), t('rules'), t('descRules')(name), (c) => <RulesPage {...c} />),
      page(base(paths.sources(org)), t('sources'), t('descSources')(name), (c) => <SourcesPage {...c} />),
      page(base(paths.downloads(org)), t('downloads'), t('descDownloads')(name), (c) => <DownloadsPage {...c} />),
    ];
  });
}

/** Every page of the site in every interface language: the list of organizations, then each organization's pages. */
export function allRoutes(records: Readonly<Record<string, OrganizationRecord>>, today: PlainDate): Route[] {
  const list = Object.values(records);
  return LANGS.flatMap((l) => [
    inLang(
      l,
      (): Route => ({
        path: localized('/', l),
        basePath: '/',
        lang: l,
        alternates: LANGS,
        title: t('homeMetaTitle'),
        description: t('homeMetaDesc'),
        content: () => <HomePage records={list} today={today} />,
      }),
    ),
    ...list.flatMap((r) => organizationRoutes(r, today, l, list)),
  ]);
}

/** The page served for unknown addresses. */
export function notFoundRoute(): Route {
  return { path: '/404.html', basePath: '/404.html', lang: 'en', alternates: ['en'], title: 'Page not found — Turnus', description: 'This page does not exist.', content: () => <NotFoundPage /> };
}
