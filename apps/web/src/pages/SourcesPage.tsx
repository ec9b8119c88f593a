import type { Source } from '@turnus/core';
import { DisputeClaims } from '../components/DisputeClaims';
import { SourceEntry } from '../components/SourceEntry';
import { SourceLinks } from '../components/SourceLinks';
import { formatDate } from '../lib/dates';
import { factsBySource } from '../lib/source-index';
import type { PageContext } from '../page-context';
import { plainText } from '../lib/prose';
import { officeName } from '../lib/record-text';
import { DueList } from '../components/DueList';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

const TIERS: [Source['tier'] | undefined, 'tierOfficialLong' | 'tierAgencyLong' | 'tierPressLong' | 'tierReferenceLong' | 'tierMirrorLong' | 'tierNoneLong'][] = [
  ['official', 'tierOfficialLong'],
  ['agency', 'tierAgencyLong'],
  ['press', 'tierPressLong'],
  ['reference', 'tierReferenceLong'],
  ['mirror', 'tierMirrorLong'],
  [undefined, 'tierNoneLong'],
];

/** Every source and the facts resting on it; then what is unknown and where sources disagree. */
export function SourcesPage({ record, today }: PageContext) {
  const facts = factsBySource(record);
  const gaps = record.gaps ?? [];
  const disputes = record.disputes ?? [];
  return (
    <>
      <h1>{t('sources')}</h1>
      <p class="lede">{t('srcLede')(record.sources.length, gaps.length, disputes.length)}</p>
      <nav aria-label={t('onThisPage')} class="toc">
        <ul>
          {TIERS.filter(([tier]) => record.sources.some((s) => s.tier === tier)).map(([tier, label]) => (
            <li key={tier ?? 'none'}>
              <a href={`#tier-${tier ?? 'none'}`}>{t(label).split(':')[0]}</a>
            </li>
          ))}
          <li>
            <a href="#due">{t('dueTitle')}</a>
          </li>
          <li>
            <a href="#gaps">{t('notKnown')}</a>
          </li>
          <li>
            <a href="#disputes">{t('disagree')}</a>
          </li>
        </ul>
      </nav>
      {TIERS.map(([tier, label]) => {
        const sources = record.sources.filter((s) => s.tier === tier);
        if (sources.length === 0) return null;
        return (
          <section key={tier ?? 'none'} id={`tier-${tier ?? 'none'}`} aria-labelledby={`tier-${tier ?? 'none'}-heading`}>
            <h2 id={`tier-${tier ?? 'none'}-heading`}>
              {t(label)} ({sources.length})
            </h2>
            <ol class="source-index">
              {sources.map((s) => {
                const resting = facts.get(s.id) ?? [];
                return (
                  <li key={s.id} id={`source-${s.id}`}>
                    <SourceEntry record={record} source={s} />
                    {resting.length === 0 ? (
                      <p class="small muted">{t('noFactCites')}</p>
                    ) : (
                      <details>
                        <summary>{t('factsRest')(resting.length)}</summary>
                        <ul class="facts-list">
                          {resting.map((f, i) => (
                            <li key={i}>
                              <a href={f.href}>
                                {f.label}
                                {f.prose ? <span lang={recordLang()}>{f.prose}</span> : null}
                              </a>
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
      <DueList record={record} today={today} />
      <section id="gaps" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">
          {t('notKnown')} ({gaps.length})
        </h2>
        <ul class="gap-index">
          {gaps.map((g) => (
            <li key={g.id} id={`gap-${g.id}`}>
              <p lang={recordLang()}>{plainText(record, g.description)}</p>
              {g.office || g.from || g.to ? (
                <p class="small muted">
                  {g.office ? t('gapAbout')(officeName(record, g.office)) : t('gapAboutPeriod')}
                  {g.from && g.to && g.from === g.to ? t('gapIn')(formatDate(g.from)) : `${g.from ? t('gapFrom')(formatDate(g.from)) : ''}${g.to ? t('gapTo')(formatDate(g.to)) : ''}`}
                </p>
              ) : null}
              <SourceLinks record={record} ids={g.sources ?? []} />
            </li>
          ))}
        </ul>
      </section>
      <section id="disputes" aria-labelledby="disputes-heading">
        <h2 id="disputes-heading">
          {t('disagree')} ({disputes.length})
        </h2>
        {disputes.map((d) => (
          <div class="dispute" key={d.id} id={`dispute-${d.id}`}>
            <h3 lang={recordLang()}>{d.about}</h3>
            <DisputeClaims record={record} dispute={d} />
          </div>
        ))}
      </section>
    </>
  );
}
