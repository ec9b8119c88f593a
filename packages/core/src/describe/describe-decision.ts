import { addDays } from '../calendar/plain-date';
import { parseDuration } from '../calendar/duration';
import { effectiveDay } from '../model/compile';
import { partyDisplayName, personDisplayName } from '../query/names';
import type { Decision } from '../schema/decision';
import type { NameForms } from '../schema/common';
import type { OrganizationRecord } from '../schema/record';
import { formatPartialDate, type DateStyle } from './format-date';
import { ruleWords } from './_rule-words';

/** Options for {@link describeDecision}. */
export interface DescribeDecisionOptions {
  /** The language of the sentence: `en`, `tr` or `ru`; any other falls back to English. */
  readonly lang?: string;
  /** Dates as words ("21 May 2025", the default) or as ISO dates ("2025-05-21"). */
  readonly dates?: DateStyle;
}

/** The sentences of the decisions in one language; names, dates and durations are already in words. */
interface DecisionWords {
  readonly theHolder: string;
  readonly aHolder: string;
  readonly theOrganization: string;
  readonly appoint: (who: string, office: string, effective: string | undefined, term: string | undefined) => string;
  readonly extend: (who: string, office: string, by: string | undefined, until: string | undefined) => string;
  readonly endTerm: (who: string, office: string, cause: string) => string;
  readonly handover: (office: string, from: string | undefined, to: string, on: string | undefined) => string;
  readonly admit: (party: string, founding: boolean) => string;
  readonly observer: (party: string) => string;
  readonly suspend: (party: string) => string;
  readonly reinstate: (party: string) => string;
  readonly withdraw: (party: string) => string;
  readonly rename: (what: string, name: string, effective: string | undefined) => string;
  readonly adopt: (title: string, document: string) => string;
  readonly changeRule: (office: string, from: string | undefined) => string;
  readonly skip: (party: string, office: string) => string;
  readonly defer: (party: string, office: string) => string;
  readonly swap: (a: string, b: string, office: string) => string;
  readonly replace: (w: string, office: string, party: string) => string;
}

const en: DecisionWords = {
  theHolder: 'the holder',
  aHolder: 'A holder',
  theOrganization: 'The organization',
  appoint: (who, office, effective, term) => `${who} appointed ${office}${effective ? `, taking office on ${effective}` : ''}${term ? ` for a term of ${term}` : ''}.`,
  extend: (who, office, by, until) => `The term of ${who} as ${office} extended${by ? ` by ${by}` : ''}${until ? ` until ${until}` : ''}.`,
  endTerm: (who, office, cause) => `The term of ${who} as ${office} ended (${cause}).`,
  handover: (office, from, to, on) => `The ${office} passed ${from ? `from ${from} ` : ''}to ${to}${on ? ` on ${on}` : ''}.`,
  admit: (party, founding) => `${party} ${founding ? 'became a founding member' : 'admitted as a member'}.`,
  observer: (party) => `${party} granted observer status.`,
  suspend: (party) => `${party} suspended.`,
  reinstate: (party) => `${party} reinstated.`,
  withdraw: (party) => `${party} withdrew.`,
  rename: (what, name, effective) => `${what} renamed ${name}${effective ? `, with effect from ${effective}` : ''}.`,
  adopt: (title, document) => `Adopted: ${title} (${document}).`,
  changeRule: (office, from) => `The rule of the ${office} changed${from ? `; the new rule is in force from ${from}` : ''}.`,
  skip: (party, office) => `${party} skips its next turn as ${office}.`,
  defer: (party, office) => `${party} defers its next turn as ${office}.`,
  swap: (a, b, office) => `${a} and ${b} swap their next turns as ${office}.`,
  replace: (w, office, party) => `${w} holds the ${office} in place of ${party} for one turn.`,
};

const tr: DecisionWords = {
  theHolder: 'görevli',
  aHolder: 'Bir görevli',
  theOrganization: 'Kuruluş',
  appoint: (who, office, effective, term) => `${who} ${office} görevine atandı${effective ? `; göreve başlama ${effective}` : ''}${term ? `; görev süresi ${term}` : ''}.`,
  extend: (who, office, by, until) => `${who} adlı görevlinin ${office} görev süresi${by ? ` ${by}` : ''}${until ? ` ${until} tarihine kadar` : ''} uzatıldı.`,
  endTerm: (who, office, cause) => `${who} adlı görevlinin ${office} görevi sona erdi (${cause}).`,
  handover: (office, from, to, on) => `${office} ${from ? `${from} tarafından ` : ''}${to} tarafına geçti${on ? ` (${on})` : ''}.`,
  admit: (party, founding) => `${party} ${founding ? 'kurucu üye oldu' : 'üye olarak kabul edildi'}.`,
  observer: (party) => `${party} gözlemci statüsü aldı.`,
  suspend: (party) => `${party} üyeliği askıya alındı.`,
  reinstate: (party) => `${party} üyeliği yeniden başladı.`,
  withdraw: (party) => `${party} ayrıldı.`,
  rename: (what, name, effective) => `${what} adını değiştirdi: ${name}${effective ? ` (${effective} tarihinden itibaren)` : ''}.`,
  adopt: (title, document) => `Kabul edildi: ${title} (${document}).`,
  changeRule: (office, from) => `${office} kuralı değişti${from ? `; yeni kural ${from} tarihinden itibaren yürürlükte` : ''}.`,
  skip: (party, office) => `${party}, ${office} görevindeki bir sonraki sırasını atlıyor.`,
  defer: (party, office) => `${party}, ${office} görevindeki bir sonraki sırasını erteliyor.`,
  swap: (a, b, office) => `${a} ve ${b}, ${office} görevindeki bir sonraki sıralarını değiştiriyor.`,
  replace: (w, office, party) => `${w}, bir dönem için ${party} yerine ${office} görevini üstleniyor.`,
};

const ru: DecisionWords = {
  theHolder: 'должностного лица',
  aHolder: 'Должностное лицо',
  theOrganization: 'Организация',
  appoint: (who, office, effective, term) => `${who}: назначение (${office})${effective ? `, вступление в должность ${effective}` : ''}${term ? `, срок — ${term}` : ''}.`,
  extend: (who, office, by, until) => `Срок полномочий (${office}: ${who}) продлён${by ? ` на ${by}` : ''}${until ? ` до ${until}` : ''}.`,
  endTerm: (who, office, cause) => `Полномочия (${office}: ${who}) прекращены (${cause}).`,
  handover: (office, from, to, on) => `${office}: переход${from ? ` от стороны «${from}»` : ''} к стороне «${to}»${on ? ` ${on}` : ''}.`,
  admit: (party, founding) => `${party}: ${founding ? 'член-учредитель' : 'принят(а) в члены'}.`,
  observer: (party) => `${party}: статус наблюдателя.`,
  suspend: (party) => `${party}: членство приостановлено.`,
  reinstate: (party) => `${party}: членство восстановлено.`,
  withdraw: (party) => `${party}: выход из организации.`,
  rename: (what, name, effective) => `${what}: новое название — ${name}${effective ? `, с ${effective}` : ''}.`,
  adopt: (title, document) => `Принято: ${title} (${document}).`,
  changeRule: (office, from) => `Изменено правило (${office})${from ? `; новое правило действует с ${from}` : ''}.`,
  skip: (party, office) => `${party} пропускает свою следующую очередь (${office}).`,
  defer: (party, office) => `${party} откладывает свою следующую очередь (${office}).`,
  swap: (a, b, office) => `${a} и ${b} меняются следующими очередями (${office}).`,
  replace: (w, office, party) => `${w} на одну очередь занимает должность (${office}) вместо стороны «${party}».`,
};

const WORDS: Record<string, DecisionWords> = { en, tr, ru };

/** A name with its full form and abbreviation: "Turkic Council (Cooperation Council of Turkic Speaking States, CCTS)". */
function fullName(names: NameForms): string {
  const extra = [names.official, names.abbreviation].filter((x, i, all): x is string => x !== undefined && x !== names.name && all.indexOf(x) === i);
  return extra.length > 0 ? `${names.name} (${extra.join(', ')})` : names.name;
}

/**
 * One plain sentence saying what a decision did, in English, Turkish or Russian (`lang`; any
 * other falls back to English), with parties named as they were on the day it took effect and
 * offices and people in that language where the record has them. Titles of documents and free
 * text stay as the record writes them. The CLI and the web app both render it, so a decision
 * reads the same everywhere.
 * @example
 * describeDecision(ots, ots.decisions.find((d) => d.id === 'handover-chair-2025-az')!)
 * // 'The Chairmanship-in-Office passed from Kyrgyzstan to Azerbaijan on 7 October 2025.'
 * describeDecision(ots, decision, { lang: 'tr', dates: 'words' })
 */
export function describeDecision(record: OrganizationRecord, d: Decision, options: DescribeDecisionOptions = {}): string {
  const lang = (options.lang ?? 'en').split('-')[0]!;
  const w = WORDS[lang] ?? en;
  const words = ruleWords(lang);
  const written = lang in WORDS ? words.date : formatPartialDate;
  const date = (x: string | undefined) => (x === undefined ? undefined : options.dates === 'iso' ? x : written(x));
  const duration = (iso: string) => {
    const parts = parseDuration(iso);
    return (parts && words.duration(parts)) || iso;
  };
  const on = effectiveDay(d);
  const office = (id: string) => {
    const o = record.offices.find((x) => x.id === id);
    return o?.names[lang] ?? o?.names.en ?? Object.values(o?.names ?? {})[0] ?? id;
  };
  const party = (id: string) => partyDisplayName(record, id, on, lang);
  const who = (x: { person?: string | undefined; party?: string | undefined }, fallback: string) =>
    x.person ? personDisplayName(record, x.person, lang) : x.party ? party(x.party) : fallback;
  switch (d.type) {
    case 'appoint':
      return w.appoint(who(d, w.aHolder), office(d.office), date(d.effective), d.term ? duration(d.term) : undefined);
    case 'extend':
      return w.extend(who(d, w.theHolder), office(d.office), d.for ? duration(d.for) : undefined, date(d.until));
    case 'end-term':
      return w.endTerm(who(d, w.theHolder), office(d.office), d.cause);
    case 'handover':
      return w.handover(office(d.office), d.from ? party(d.from) : undefined, party(d.to), date(d.effective));
    case 'admit':
      return w.admit(party(d.party), d.founding === true);
    case 'observer':
      return w.observer(party(d.party));
    case 'suspend':
      return w.suspend(party(d.party));
    case 'reinstate':
      return w.reinstate(party(d.party));
    case 'withdraw':
      return w.withdraw(party(d.party));
    case 'rename': {
      const names = d.names[lang] ?? d.names.en ?? Object.values(d.names)[0];
      // The name the party had the day before the new one took effect.
      const what = d.party ? partyDisplayName(record, d.party, addDays(on, -1), lang) : w.theOrganization;
      return w.rename(what, names ? fullName(names) : '', date(d.effective));
    }
    case 'adopt':
      return w.adopt(d.title, d.document);
    case 'change-rule': {
      const rule = record.offices.find((o) => o.id === d.office)?.rules.find((r) => r.id === d.rule);
      return w.changeRule(office(d.office), rule ? date(rule.from) : undefined);
    }
    case 'skip':
      return w.skip(party(d.party), office(d.office));
    case 'defer':
      return w.defer(party(d.party), office(d.office));
    case 'swap':
      return w.swap(party(d.parties[0]), party(d.parties[1]), office(d.office));
    case 'replace':
      return w.replace(party(d.with), office(d.office), party(d.party));
    case 'other':
      // A title that already ends its sentence keeps its one full stop.
      return /[.!?]$/.test(d.title) ? d.title : `${d.title}.`;
  }
}
