import { organizationName, type OrganizationRecord, type PlainDate } from '@turnus/core';
import type { VNode } from 'preact';
import { formatDate } from './lib/dates';
import { LANGS, localized, type Lang } from './i18n/lang';
import { paths } from './lib/paths';
import { isTranslatedSection } from './components/SiteNav';
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

/** Every page of one organization. */
export function organizationRoutes(record: OrganizationRecord, today: PlainDate): Route[] {
  const org = record.organization.id;
  const name = organizationName(record, today).name;
  const ctx = (path: string): PageContext => ({ record, today, path });
  const page = (path: string, title: string, description: string, render: (c: PageContext) => VNode): Route => ({
    path,
    basePath: path,
    lang: 'en',
    alternates: isTranslatedSection(org, path) ? LANGS : ['en'],
    title: `${title} — ${name}`,
    description,
    record,
    content: () => render(ctx(path)),
  });
  return [
    page(paths.overview(org), 'Overview', `Who chairs the ${name}, who is its Secretary-General and until when, its members and observers, with sources.`, (c) => <OverviewPage {...c} />),
    page(paths.timeline(org), 'Timeline', `Chairs, Secretaries-General, membership and summits of the ${name} over time, with projections by rule.`, (c) => <TimelinePage {...c} />),
    ...(record.summits.length === 0 ? [] : [page(paths.summits(org), 'Summits', `Every summit of the ${name}: dates, hosts, kinds, decisions and sources.`, (c) => <SummitsPage {...c} />)]),
    ...record.summits.map((s) =>
      page(paths.summit(org, s.id), s.name ?? s.id, `${s.name ?? s.id}, ${formatDate(s.date)}${s.city ? `, ${s.city}` : ''}: decisions, documents and sources.`, (c) => <SummitPage {...c} summit={s} />),
    ),
    ...(record.people.length === 0 ? [] : [page(paths.people(org), 'People', `The Secretaries-General and other office holders of the ${name}.`, (c) => <PeoplePage {...c} />)]),
    ...record.people.map(({ id }) =>
      page(paths.person(org, id), personName(record, id), `${personName(record, id)}: offices held in the ${name}, career notes and sources.`, (c) => <PersonPage {...c} person={id} />),
    ),
    page(paths.onThisDate(org), 'On this date', `The ${name} on any day: its name, chair, Secretary-General, members and observers.`, (c) => <OnThisDatePage {...c} />),
    page(paths.projections(org), 'Projections and what-if', `The next chairs and Secretaries-General of the ${name} by rule, and what an admission, a skip or a swap would change.`, (c) => <ProjectionsPage {...c} />),
    page(paths.rules(org), 'Rules', `The rules of the ${name}’s offices as stated, the practice, and the departures from them.`, (c) => <RulesPage {...c} />),
    page(paths.sources(org), 'Sources', `Every source of the ${name} record, the facts that rest on it, what is not known and where sources disagree.`, (c) => <SourcesPage {...c} />),
    page(paths.downloads(org), 'Downloads', `The ${name} record as JSON, iCalendar and CSV.`, (c) => <DownloadsPage {...c} />),
  ];
}

const META: Record<Exclude<Lang, 'en'>, { home: [string, string]; overview: (name: string) => [string, string]; on: (name: string) => [string, string]; timeline: (name: string) => [string, string] }> = {
  tr: {
    home: ['Turnus — hükümetlerarası kuruluşları kim, ne zamana kadar yönetiyor', 'Hükümetlerarası kuruluşların dönem başkanlıkları, genel sekreterleri, görev süreleri ve rotasyonları, kaynaklarıyla.'],
    overview: (name) => [`Genel bakış — ${name}`, `${name}: dönem başkanı, genel sekreter ve görev süreleri, üyeler ve gözlemciler, kaynaklarıyla.`],
    on: (name) => [`Bu tarihte — ${name}`, `${name} herhangi bir günde: adı, görevlileri, üyeleri ve gözlemcileri.`],
    timeline: (name) => [`Zaman çizelgesi — ${name}`, `${name}: görevliler, üyelik ve zirveler zaman içinde, kurala göre öngörülerle.`],
  },
  ru: {
    home: ['Turnus — кто руководит межправительственными организациями и до какого срока', 'Председательства, генеральные секретари, сроки и ротации межправительственных организаций, с источниками.'],
    overview: (name) => [`Обзор — ${name}`, `${name}: председательство, генеральный секретарь и сроки, члены и наблюдатели, с источниками.`],
    on: (name) => [`На дату — ${name}`, `${name} на любой день: название, должностные лица, члены и наблюдатели.`],
    timeline: (name) => [`Хронология — ${name}`, `${name}: должностные лица, членство и саммиты во времени, с прогнозами по правилу.`],
  },
};

/** The pages built in Turkish and Russian too: the home page, each overview and "on this date". */
function translatedRoutes(list: readonly OrganizationRecord[], today: PlainDate, l: Exclude<Lang, 'en'>): Route[] {
  const routes: Route[] = [];
  const at = (base: string, title: string, description: string, record: OrganizationRecord | undefined, content: () => VNode): Route => ({
    path: localized(base, l),
    basePath: base,
    lang: l,
    alternates: LANGS,
    title,
    description,
    ...(record ? { record } : {}),
    content,
  });
  const [homeTitle, homeDescription] = META[l].home;
  routes.push(at(paths.home(), homeTitle, homeDescription, undefined, () => <HomePage records={list} today={today} />));
  for (const record of list) {
    const org = record.organization.id;
    const name = organizationName(record, today, l).name;
    const [ot, od] = META[l].overview(name);
    routes.push(at(paths.overview(org), ot, od, record, () => <OverviewPage record={record} today={today} path={paths.overview(org)} />));
    const [nt, nd] = META[l].on(name);
    routes.push(at(paths.onThisDate(org), nt, nd, record, () => <OnThisDatePage record={record} today={today} path={paths.onThisDate(org)} />));
    const [tt, td] = META[l].timeline(name);
    routes.push(at(paths.timeline(org), tt, td, record, () => <TimelinePage record={record} today={today} path={paths.timeline(org)} />));
  }
  return routes;
}

/** Every page of the site: the list of organizations, then each organization's pages; then the translated pages. */
export function allRoutes(records: Readonly<Record<string, OrganizationRecord>>, today: PlainDate): Route[] {
  const list = Object.values(records);
  return [
    {
      path: paths.home(),
      basePath: paths.home(),
      lang: 'en',
      alternates: LANGS,
      title: 'Turnus — who governs intergovernmental organizations, and until when',
      description: 'Chairs, Secretaries-General, terms and rotations of intergovernmental organizations, with sources.',
      content: () => <HomePage records={list} today={today} />,
    },
    ...list.flatMap((r) => organizationRoutes(r, today)),
    ...translatedRoutes(list, today, 'tr'),
    ...translatedRoutes(list, today, 'ru'),
  ];
}

/** The page served for unknown addresses. */
export function notFoundRoute(): Route {
  return { path: '/404.html', basePath: '/404.html', lang: 'en', alternates: ['en'], title: 'Page not found — Turnus', description: 'This page does not exist.', content: () => <NotFoundPage /> };
}
