import type { Holding, OrganizationRecord, PlainDate } from '@turnus/core';
import { describeHolding, type HoldingDescription } from '@turnus/core/describe';
import { paths } from '../lib/paths';
import { sentenceStart } from '../lib/sentence';
import { lang } from '../i18n/lang';
import { Flag } from './Flag';
import { SourceLinks } from './SourceLinks';

/**
 * An answer in the core's words (`describeHolding`), in the page's language: the same headline,
 * period, reason and last confirmation the CLI prints, on every page that shows a holding.
 */
export function holdingWords(record: OrganizationRecord, holding: Holding, date: PlainDate): HoldingDescription {
  return describeHolding(record, holding, { lang: lang(), on: date });
}

/**
 * Who held an office on a day, as the core words it: the headline (a person's name links to
 * their page), the period, why it is as sure as it is, when a source last showed a presumed
 * holder in office, and what could change it; for an uncertain answer, each candidate.
 */
export function HoldingView({ record, holding, date, link = true }: { record: OrganizationRecord; holding: Holding; date: PlainDate; link?: boolean }) {
  const d = holdingWords(record, holding, date);
  const tenure = holding.status === 'held' ? holding.tenure : undefined;
  const person = tenure?.holder.person ?? null;
  const party = tenure && !person ? tenure.holder.party : null;
  // The holder's name in the headline links to their page; the rest of the headline stays the core's text.
  const named = link && person !== null && d.holder !== null && d.headline.startsWith(d.holder);
  const office = record.offices.find((o) => o.id === (tenure ?? (holding.status === 'uncertain' ? holding.candidates[0] : undefined))?.office);
  return (
    <div class={`holding holding-${holding.status}`} data-certainty={d.certainty}>
      <p class="holding-headline">
        {party ? <Flag party={party} size="large" /> : null}
        {named ? (
          <>
            <a href={paths.person(record.organization.id, person)}>{d.holder}</a>
            {d.headline.slice(d.holder!.length)}
          </>
        ) : (
          d.headline
        )}
      </p>
      {d.period ? <p class="muted holding-period">{sentenceStart(d.period)}</p> : null}
      {d.candidates.length > 0 && holding.status === 'uncertain' ? (
        <ul class="candidates">
          {d.candidates.map((c, i) => {
            const t = holding.candidates[i]!;
            return (
              <li key={i}>
                {office?.heldBy === 'person' || !t.holder.party ? null : <Flag party={t.holder.party} />}
                {t.holder.person ? <a href={paths.person(record.organization.id, t.holder.person)}>{c.holder}</a> : c.holder}, {c.label}: <span class="muted">{c.period}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {d.why ? <p class="small">{d.why}</p> : null}
      {d.lastConfirmed && holding.status === 'held' && holding.lastConfirmed ? (
        <div class="small last-confirmed">
          <p>{d.lastConfirmed}</p>
          <SourceLinks record={record} ids={holding.lastConfirmed.sources} />
        </div>
      ) : null}
      {d.change && holding.status === 'held' ? <p class="small">{d.change}</p> : null}
    </div>
  );
}
