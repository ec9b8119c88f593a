import { holderOn, isPastTermEnd, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';
import { HoldingView } from '../components/HoldingView';
import { DateText } from '../components/DateText';
import { DisputeList } from '../components/DisputeList';
import { GapList } from '../components/GapList';
import { SourceLinks } from '../components/SourceLinks';
import { SourceList } from '../components/SourceList';
import { disputesAbout, gapsAbout } from '../lib/concerns';
import { formatDate } from '../lib/dates';
import { paths } from '../lib/paths';
import { tenuresOf } from '../lib/people';
import { endText, termEndText, termEndUnknownText, windowText } from '../lib/tenure-end';
import { describeDecision, officeName, partyName } from '../lib/record-text';
import type { PageContext } from '../page-context';
import { GradeBadge } from '../components/GradeBadge';
import { plainText } from '../lib/prose';
import { personName } from '../lib/record-text';
import { recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

function noteSpan(from: string | undefined, to: string | undefined): string {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  return from ? t('fromDate')(formatDate(from)) : t('untilDate')(formatDate(to!));
}

/**
 * A period the record leaves open, as the core answers for today (`holderOn` in the core's words):
 * the holder presumed in office, with the last day a source shows them there, or the answer that
 * replaced them by rule.
 */
function StillInOffice({ record, tenure, today }: { record: OrganizationRecord; tenure: Tenure; today: PlainDate }) {
  const holding = holderOn(record, tenure.office, today, { today });
  const same = holding.status === 'held' && holding.tenure.holder.person === tenure.holder.person;
  return same ? <HoldingView record={record} holding={holding} date={today} link={false} /> : <>{t('stillInOfficeRecord')}</>;
}

/** One person: offices and terms, nationality, career notes, and what is unknown or disputed. */
export function PersonPage({ record, today, person }: PageContext & { person: string }) {
  const org = record.organization.id;
  const p = record.people.find((x) => x.id === person)!;
  const name = personName(record, person);
  const tenures = tenuresOf(record, person);
  const decisionIds = tenures.flatMap((t) => t.decisions);
  const gaps = [
    ...gapsAbout(record, { person }),
    ...tenures.flatMap((t) => gapsAbout(record, { office: t.office, span: { start: t.start, end: t.end } })),
  ].filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i);
  const otherNames: [lang: string | undefined, name: string][] = [...Object.entries(p.names).filter(([lang]) => lang !== 'en').map(([lang, n]): [string, string] => [lang, n]), ...(p.transliterations ?? []).map((n): [undefined, string] => [undefined, n])];
  return (
    <>
      <p class="breadcrumb">
        <a href={paths.people(org)}>{t('people')}</a>
      </p>
      <h1>{name}</h1>
      {otherNames.length > 0 ? (
        <p class="muted">
          {t('alsoWritten')}{' '}
          {otherNames.map(([lang, n], i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}
              <span lang={lang}>{n}</span>
            </span>
          ))}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('nationality')}</dt>
        <dd>{partyName(record, p.nationality, today)}</dd>
      </dl>
      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading">{t('officesHeld')}</h2>
        {tenures.length === 0 ? <p>{t('noOffice')}</p> : null}
        {tenures.map((tenure) => {
          const decisions = tenure.decisions.map((id) => record.decisions.find((d) => d.id === id)).filter((d) => d !== undefined);
          return (
            <div class="tenure" key={`${tenure.office}-${tenure.start}`}>
              <h3>{officeName(record, tenure.office)}</h3>
              <dl class="facts">
                <dt>{t('tookOffice')}</dt>
                <dd>
                  {tenure.startUncertainUntil ? (
                    <>{t('exactDayUnknown')(windowText(tenure.start, tenure.startUncertainUntil))}</>
                  ) : (
                    <DateText date={tenure.start} />
                  )}
                </dd>
                {tenure.end ? (
                  <>
                    <dt>{t('leftOffice')}</dt>
                    <dd>{endText(record, tenure)}</dd>
                  </>
                ) : (
                  <>
                    <dt>{t('onDay')(formatDate(today))}</dt>
                    <dd>
                      <StillInOffice record={record} tenure={tenure} today={today} />
                    </dd>
                  </>
                )}
                {tenure.termEnd ? (
                  <>
                    <dt>{t('termEndCol')}</dt>
                    <dd>
                      {termEndText(tenure)}
                      {tenure.end && tenure.end > tenure.termEnd ? <span class="muted">{t('heldPast')(endText(record, tenure))}</span> : null}
                      {tenure.end === null && isPastTermEnd(tenure, today) ? <span class="badge badge-warning">{t('termEndedNoSuccessor')}</span> : null}
                    </dd>
                  </>
                ) : tenure.termEndUnknown ? (
                  <>
                    <dt>{t('termEndCol')}</dt>
                    <dd>{termEndUnknownText(record, tenure)}</dd>
                  </>
                ) : null}
              </dl>
              <ul class="decisions">
                {decisions.map((d) => (
                  <li key={d.id}>
                    <span class="muted">{formatDate(d.date)}: </span>
                    {describeDecision(record, d)}
                    {d.summit ? (
                      <>
                        {' '}
                        <a class="small" href={paths.summit(org, d.summit)}>
                          {t('atTheSummit')}
                        </a>
                      </>
                    ) : null}
                    <SourceLinks record={record} ids={d.sources ?? []} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      {p.career && p.career.length > 0 ? (
        <section aria-labelledby="career-heading">
          <h2 id="career-heading">{t('careerNotes')}</h2>
          <ul class="career">
            {p.career.map((c, i) => (
              <li key={i}>
                {c.from || c.to ? <span class="muted">{noteSpan(c.from, c.to)}: </span> : null}
                <span lang={recordLang()}>{plainText(record, c.text)}</span> <GradeBadge grade={c.grade} />
                <SourceLinks record={record} ids={c.sources ?? []} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <GapList record={record} gaps={gaps} />
      <DisputeList record={record} disputes={disputesAbout(record, decisionIds)} />
      <SourceList record={record} ids={[...(p.sources ?? []), ...(p.career ?? []).flatMap((c) => c.sources ?? [])]} title={t('sourcesOn')(name)} />
    </>
  );
}
