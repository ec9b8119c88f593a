import { type OrganizationRecord } from '@turnus/core';
import { audit, type AuditEntry } from '@turnus/core/audit';
import { describeRule } from '@turnus/core/describe';
import { DateText } from '../components/DateText';
import { DisputeList } from '../components/DisputeList';
import { GapList } from '../components/GapList';
import { SourceLinks } from '../components/SourceLinks';
import { disputesAbout, gapsAbout } from '../lib/concerns';
import { formatAtPrecision } from '../lib/dates';
import { describeDecision, holderName, officeName, partyName } from '../lib/record-text';
import type { PageContext } from '../page-context';
import { ResearchNotes } from '../components/ResearchNotes';
import { GradeBadge } from '../components/GradeBadge';
import { plainText, plural } from '../lib/prose';

const KIND: Record<string, string> = { holder: 'holder', nationality: 'nationality', host: 'host', length: 'length', 'term-length': 'term length', timing: 'timing', 'no-renewal': 'renewal' };
const ROLE: Record<string, string> = { stated: 'As stated by the organization', practice: 'As practised (observed in the record)' };

function departureText(record: OrganizationRecord, entry: AuditEntry, kind: string, message: string, expected: string | null): string {
  const held = entry.tenure.holder.party ? partyName(record, entry.tenure.holder.party, entry.tenure.start) : holderName(record, entry.tenure);
  if ((kind === 'holder' || kind === 'nationality') && expected) return `The order gives ${partyName(record, expected, entry.tenure.start)}; the record has ${held}.`;
  if (kind === 'host' && expected) return `The chair is not the summit’s host (${partyName(record, expected, entry.tenure.start)}).`;
  const text = plainText(record, message);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}

/** Each office's rules as the organization states them, the practice, and the audit of the record against both. */
export function RulesPage({ record }: PageContext) {
  return (
    <>
      <h1>Rules</h1>
      <p class="lede">
        Each office’s rule as the organization states it and, where the record shows it, the practice. The audit measures every recorded period against every
        rule in force when it began and lists each departure, with the decisions that explain it.
      </p>
      <nav aria-label="Offices" class="toc">
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
        const otherNames = Object.entries(office.names).filter(([lang]) => lang !== 'en');
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
            {office.note ? <p>{plainText(record, office.note)}</p> : null}
            {office.rules.length === 0 ? <p>No rule of succession is recorded for this office.</p> : null}
            {office.rules.map((rule) => (
              <article key={rule.id} id={`rule-${rule.id}`} class="rule">
                <h3>
                  {ROLE[rule.role]} <GradeBadge grade={rule.grade} />
                </h3>
                <p class="small muted">
                  In force from <DateText date={rule.from} />
                  {rule.to ? (
                    <>
                      {' '}
                      until <DateText date={rule.to} />
                    </>
                  ) : null}
                  .
                </p>
                {rule.text ? (
                  <blockquote lang={rule.textLanguage ?? 'en'}>
                    <p>{rule.text}</p>
                  </blockquote>
                ) : null}
                <p>
                  <strong>How Turnus reads it:</strong> {describeRule(rule, { language: 'en', office: `The ${officeName(record, office.id)}`, record })}
                </p>
                <ResearchNotes record={record} notes={[rule.note]} />
                <SourceLinks record={record} ids={rule.sources ?? []} />
              </article>
            ))}
            {office.rules.length > 0 ? (
              <>
                <h3>The audit: departures from the rules</h3>
                {departing.length === 0 ? (
                  <p>No recorded period departs from these rules.</p>
                ) : (
                  <div class="table-scroll">
                    <table class="audit wide stack">
                      <caption>
                        {plural(departing.length, { one: '# period', other: '# periods' })} of {entries.length} depart from the rule in force
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Period</th>
                          <th scope="col">Holder</th>
                          <th scope="col">Rule</th>
                          <th scope="col">Departure</th>
                          <th scope="col">Explained by</th>
                        </tr>
                      </thead>
                      <tbody>
                        {departing.flatMap((e) =>
                          e.departures.map((d, i) => (
                            <tr key={`${e.rule}-${e.tenure.start}-${i}`}>
                              <td class="nowrap" data-label="Period">
                                {formatAtPrecision(e.tenure.start, e.tenure.startPrecision)} – {e.tenure.end ? formatAtPrecision(e.tenure.end, 'day') : 'present'}
                              </td>
                              <td data-label="Holder">{holderName(record, e.tenure)}</td>
                              <td data-label="Rule">
                                <a href={`#rule-${e.rule}`}>{e.role === 'stated' ? 'as stated' : 'the practice'}</a>
                              </td>
                              <td data-label="Departure">
                                <span class="badge">{KIND[d.kind] ?? d.kind.replace(/-/g, ' ')}</span> {departureText(record, e, d.kind, d.message, d.expected)}
                              </td>
                              <td data-label="Explained by">{d.explainedBy.length > 0 ? (
                                  <ul class="plain">
                                    {d.explainedBy.map((id) => {
                                      const decision = record.decisions.find((x) => x.id === id);
                                      return <li key={id}>{decision ? describeDecision(record, decision) : 'another decision of the record'}</li>;
                                    })}
                                  </ul>
                                ) : (
                                  <span class="muted">nothing recorded</span>
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
            <GapList record={record} gaps={gapsAbout(record, { office: office.id })} heading={`What is not known about the ${officeName(record, office.id)}`} />
            <DisputeList record={record} disputes={disputesAbout(record, decisionIds)} heading={`Where sources disagree about the ${officeName(record, office.id)}`} />
          </section>
        );
      })}
    </>
  );
}
