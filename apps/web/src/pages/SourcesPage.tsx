import type { Source } from '@turnus/core';
import { DisputeClaims } from '../components/DisputeClaims';
import { SourceEntry } from '../components/SourceEntry';
import { SourceLinks } from '../components/SourceLinks';
import { formatDate } from '../lib/dates';
import { factsBySource } from '../lib/source-index';
import type { PageContext } from '../page-context';
import { plainText, plural } from '../lib/prose';
import { officeName } from '../lib/record-text';

const TIERS: [Source['tier'] | undefined, string][] = [
  ['official', 'Official: the organization, member governments, other intergovernmental bodies'],
  ['agency', 'News agencies'],
  ['press', 'Press'],
  ['reference', 'Reference works'],
  ['mirror', 'Mirrors (copies of reference works)'],
  [undefined, 'Tier not assigned'],
];

/** Every source and the facts resting on it; then what is unknown and where sources disagree. */
export function SourcesPage({ record }: PageContext) {
  const facts = factsBySource(record);
  const gaps = record.gaps ?? [];
  const disputes = record.disputes ?? [];
  return (
    <>
      <h1>Sources</h1>
      <p class="lede">
        {plural(record.sources.length, { one: '# source', other: '# sources' })}, each with the facts of the record that rest on it. Below them:{' '}
        {plural(gaps.length, { one: '# open question', other: '# open questions' })} and {plural(disputes.length, { one: '# point', other: '# points' })} where sources disagree. Sources are ranked by tier, from the organization and its members’ governments down to copies of reference works.
      </p>
      <nav aria-label="On this page" class="toc">
        <ul>
          {TIERS.filter(([tier]) => record.sources.some((s) => s.tier === tier)).map(([tier, label]) => (
            <li key={tier ?? 'none'}>
              <a href={`#tier-${tier ?? 'none'}`}>{label.split(':')[0]}</a>
            </li>
          ))}
          <li>
            <a href="#gaps">What is not known</a>
          </li>
          <li>
            <a href="#disputes">Where sources disagree</a>
          </li>
        </ul>
      </nav>
      {TIERS.map(([tier, label]) => {
        const sources = record.sources.filter((s) => s.tier === tier);
        if (sources.length === 0) return null;
        return (
          <section key={tier ?? 'none'} id={`tier-${tier ?? 'none'}`} aria-labelledby={`tier-${tier ?? 'none'}-heading`}>
            <h2 id={`tier-${tier ?? 'none'}-heading`}>
              {label} ({sources.length})
            </h2>
            <ol class="source-index">
              {sources.map((s) => {
                const resting = facts.get(s.id) ?? [];
                return (
                  <li key={s.id} id={`source-${s.id}`}>
                    <SourceEntry record={record} source={s} />
                    {resting.length === 0 ? (
                      <p class="small muted">No fact of the record cites it.</p>
                    ) : (
                      <details>
                        <summary>
                          {resting.length} {resting.length === 1 ? 'fact rests' : 'facts rest'} on it
                        </summary>
                        <ul class="facts-list">
                          {resting.map((f, i) => (
                            <li key={i}>
                              <a href={f.href}>{f.label}</a>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      <section id="gaps" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">What is not known ({gaps.length})</h2>
        <ul class="gap-index">
          {gaps.map((g) => (
            <li key={g.id} id={`gap-${g.id}`}>
              <p>{plainText(record, g.description)}</p>
              {g.office || g.from || g.to ? (
                <p class="small muted">
                  {g.office ? `About the ${officeName(record, g.office)}` : 'About the period'}
                  {g.from && g.to && g.from === g.to ? `, in ${formatDate(g.from)}` : `${g.from ? `, from ${formatDate(g.from)}` : ''}${g.to ? ` to ${formatDate(g.to)}` : ''}`}
                </p>
              ) : null}
              <SourceLinks record={record} ids={g.sources ?? []} />
            </li>
          ))}
        </ul>
      </section>
      <section id="disputes" aria-labelledby="disputes-heading">
        <h2 id="disputes-heading">Where sources disagree ({disputes.length})</h2>
        {disputes.map((d) => (
          <div class="dispute" key={d.id} id={`dispute-${d.id}`}>
            <h3>{d.about}</h3>
            <DisputeClaims record={record} dispute={d} />
          </div>
        ))}
      </section>
    </>
  );
}
