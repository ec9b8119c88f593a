import { paths } from '../lib/paths';

const SECTIONS = [
  ['Overview', paths.overview],
  ['Timeline', paths.timeline],
  ['Summits', paths.summits],
  ['People', paths.people],
  ['On this date', (org: string) => paths.onThisDate(org)],
  ['Projections', paths.projections],
  ['Rules', paths.rules],
  ['Sources', paths.sources],
  ['Downloads', paths.downloads],
] as const;

/** The organization's sections; the current one (or its parent, for a summit or a person) is marked. */
export function SiteNav({ org, path, hide = [] }: { org: string; path: string; hide?: readonly string[] }) {
  return (
    <nav class="site-nav" aria-label="Sections">
      <ul>
        {SECTIONS.filter(([label]) => !hide.includes(label)).map(([label, to]) => {
          const href = to(org);
          const current = path === href ? 'page' : href !== paths.overview(org) && path.startsWith(href) ? 'true' : undefined;
          return (
            <li key={href}>
              <a href={href} aria-current={current}>
                {label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
