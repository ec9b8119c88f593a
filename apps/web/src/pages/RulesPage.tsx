import { type OrganizationRecord } from '@turnus/core';
import { audit, type AuditEntry } from '@turnus/core/audit';
import { describeRule } from '@turnus/core/describe';
import { DisputeList } from '../components/DisputeList';
import { GapList } from '../components/GapList';
import { SourceLinks } from '../components/SourceLinks';
import { disputesAbout, gapsAbout } from '../lib/concerns';
import { endText, windowText } from '../lib/tenure-end';
import { describeDecision, holderName, officeName, partyName } from '../lib/record-text';
import type { PageContext } from '../page-context';
import { ResearchNotes } from '../components/ResearchNotes';
import { GradeBadge } from '../components/GradeBadge';
import { plainText } from '../lib/prose';
import { formatDate } from '../lib/dates';
import { lang, recordLang } from '../i18n/lang';
import { t } from '../i18n/messages';

const KIND = { holder: 'depHolder', nationality: 'depNationality', host: 'depHost', length: 'depLength', 'term-length': 'depTermLength', timing: 'depTiming', 'no-renewal': 'depRenewal' } as const;
const ROLE = { stated: 'roleStated', practice: 'rolePractice' } as const;

function kindWord(kind: string): string {
  return kind in KIND ? t(KIND[kind as keyof typeof KIND]) : kind.replace(/-/g, ' ');
}

function departureText(record: OrganizationRecord, entry: AuditEntry, kind: string, message: string, expected: string | null): string {
  const held = entry.tenure.holder.party ? partyName(record, entry.tenure.holder.party, entry.tenure.start) : holderName(record, entry.tenure);
  if ((kind === 'holder' || kind === 'nationality') && expected) return t('orderGives')(partyName(record, expected, entry.tenure.start), held);
  if (kind === 'host' && expected) return t('notHost')(partyName(record, expected, entry.tenure.start));
  const text = plainText(record, message);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}

/** A departure in words; the audit's own message (in English) is marked as such on other pages. */
function DepartureText({ record, entry, kind, message, expected }: { record: OrganizationRecord; entry: AuditEntry; kind: string; message: string; expected: string | null }) {
  const own = ((kind === 'holder' || kind === 'nationality') && expected) || (kind === 'host' && expected);
  return <span lang={own ? undefined : recordLang()}>{departureText(record, entry, kind, message, expected)}</span>;
}

/** Each office's rules as the organization states them, the practice, and the audit of the record against both. */
export function RulesPage({ record }: PageContext) {
  return (
    <>
      <h1>{t('rules')}</h1>
      <p class="lede">{t('rulesLede')}</p>
      <nav aria-label={t('offices')} class="toc">
        <ul>
          {record.offices.map((o) => (
            <li key={o.id}>
              <a href={`#office-${o.id}`}>{officeName(record, o.id)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {record.offices.map((office) => {
        const entries = audit(record, office.id);
        const departing = entries.filter((e) => e.departures.length > 0);
        // The office's names in other languages than the one of the heading.
        const otherNames = Object.entries(office.names).filter(([, n]) => n !== officeName(record, office.id));
        const decisionIds = entries.flatMap((e) => e.tenure.decisions);
        return (
          <section key={office.id} id={`office-${office.id}`} aria-labelledby={`office-${office.id}-heading`} class="office-rules">
            <h2 id={`office-${office.id}-heading`}>{officeName(record, office.id)}</h2>
            {otherNames.length > 0 ? (
              <p class="muted">
                {otherNames.map(([lang, n]) => (
                  <span key={lang} lang={lang}>
                    {n}{' '}
                  </span>
                ))}
              </p>
            ) : null}
            {office.note ? <p lang={recordLang()}>{plainText(record, office.note)}</p> : null}
            {office.rules.length === 0 ? <p>{t('noRuleRecorded')}</p> : null}
            {office.rules.map((rule) => (
              <article key={rule.id} id={`rule-${rule.id}`} class="rule">
                <h3>
                  {t(ROLE[rule.role])} <GradeBadge grade={rule.grade} />
                </h3>
                <p class="small muted">{t('inForce')(formatDate(rule.from), rule.to ? formatDate(rule.to) : undefined)}</p>
                {rule.text ? (
                  <blockquote lang={rule.textLanguage ?? 'en'}>
                    <p>{rule.text}</p>
                  </blockquote>
                ) : null}
                <p>
                  <strong>{t('howReads')}</strong> {describeRule(rule, { lang: lang(), office: t('theOffice')(officeName(record, office.id)), record })}
                </p>
                <ResearchNotes record={record} notes={[rule.note]} />
                <SourceLinks record={record} ids={rule.sources ?? []} />
              </article>
            ))}
            {office.rules.length > 0 ? (
              <>
                <h3>{t('auditTitle')}</h3>
                {departing.length === 0 ? (
                  <p>{t('noDeparture')}</p>
                ) : (
                  <div class="table-scroll">
                    <table class="audit wide stack">
                      <caption>
                        {t('auditCaption')(departing.length, entries.length)}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('period')}</th>
                          <th scope="col">{t('holder')}</th>
                          <th scope="col">{t('rule')}</th>
                          <th scope="col">{t('departure')}</th>
                          <th scope="col">{t('explainedBy')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {departing.flatMap((e) =>
                          e.departures.map((d, i) => (
                            <tr key={`${e.rule}-${e.tenure.start}-${i}`}>
                              <td class="nowrap" data-label={t('period')}>
                                {windowText(e.tenure.start, e.tenure.startUncertainUntil)} – {endText(record, e.tenure)}
                              </td>
                              <td data-label={t('holder')}>{holderName(record, e.tenure)}</td>
                              <td data-label={t('rule')}>
                                <a href={`#rule-${e.rule}`}>{e.role === 'stated' ? t('asStated') : t('thePractice')}</a>
                              </td>
                              <td data-label={t('departure')}>
                                <span class="badge">{kindWord(d.kind)}</span> <DepartureText record={record} entry={e} kind={d.kind} message={d.message} expected={d.expected} />
                              </td>
                              <td data-label={t('explainedBy')}>{d.explainedBy.length > 0 ? (
                                  <ul class="plain">
                                    {d.explainedBy.map((id) => {
                                      const decision = record.decisions.find((x) => x.id === id);
                                      return <li key={id}>{decision ? describeDecision(record, decision) : t('anotherDecision')}</li>;
                                    })}
                                  </ul>
                                ) : (
                                  <span class="muted">{t('nothingRecorded')}</span>
                                )}</td>
                            </tr>
                          )),
                        )}
                      </tbody>
                    </table>
                  </div>
                )}
              </>
            ) : null}
            <GapList record={record} gaps={gapsAbout(record, { office: office.id })} heading={t('notKnownAbout')(officeName(record, office.id))} />
            <DisputeList record={record} disputes={disputesAbout(record, decisionIds)} heading={t('disagreeAbout')(officeName(record, office.id))} />
          </section>
        );
      })}
    </>
  );
}
