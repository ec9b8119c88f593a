import { formatPartialDate } from './format-date';
import { ruleWords } from './_rule-words';
import type { BasisReason } from '../model/types';
import type { OrganizationRecord } from '../schema/record';
import type { Summit } from '../schema/summit';

/** Options for {@link describeReason}. */
export interface DescribeReasonOptions {
  /** The language of the sentence: `en`, `tr` or `ru`; any other falls back to English. */
  readonly lang?: string;
}

/** The sentences of the reasons in one language; dates and the summit are already in words. */
interface ReasonWords {
  readonly inferredTerm: string;
  readonly nextSummit: string;
  readonly summit: (s: Summit, date: string) => string;
  readonly calendarRule: string;
  readonly holdover: (since: string | undefined) => string;
  readonly vacantByRule: (since: string | undefined) => string;
  readonly eventNotRecorded: (event: string) => string;
  readonly eventExpected: (event: string | undefined) => string;
  readonly termExpired: (since: string | undefined) => string;
  readonly extensionUnknown: string;
  readonly rosterUnknown: (n: number, since: string | undefined) => string;
  readonly inferredRule: string;
  readonly impreciseDate: string;
  /** The knowledge horizon: the day through which the record has every event its sources report. */
  readonly knownThrough: (date: string) => string;
}

const en: ReasonWords = {
  inferredTerm: 'The term rule itself is an inference of the record: no source states it.',
  nextSummit: 'next summit',
  summit: (s, date) => `${s.name ?? (s.kind === 'ordinary' ? 'summit' : `${s.kind} summit`)}${s.city ? ` in ${s.city}` : ''} (${date})`,
  calendarRule: 'Certain by rule: the office rotates on fixed days in a known order, although the record does not list this period.',
  holdover: (since) => `The term ended${since ? ` on ${since}` : ''}; by rule the holder remains in office until a successor takes office.`,
  vacantByRule: (since) => `The term ended${since ? ` on ${since}` : ''}; by rule the office is vacant until an appointment.`,
  eventNotRecorded: (event) => `The record has the ${event} but not the handover made there; the rule says who took the office.`,
  eventExpected: (event) => (event ? `Expected by rule at the ${event}, which the record does not show as held.` : 'Expected by rule at an event whose date is estimated; the record does not have it.'),
  termExpired: (since) => `The term ended by rule${since ? ` on ${since}` : ''} and the record has no decision since: no extension, reappointment or successor.`,
  extensionUnknown: 'The term was extended for a length no source gives.',
  rosterUnknown: (n, since) => `${n} ${n === 1 ? 'seat' : 'seats'} whose ${n === 1 ? 'term' : 'terms'} ended${since ? ` on ${since}` : ''} ${n === 1 ? 'has' : 'have'} no recorded successor: the roster is not known.`,
  inferredRule: 'The rule behind this answer is an inference of the record, not a rule the organization states.',
  impreciseDate: 'The sources date this change only to the month or year, not to the day.',
  knownThrough: (date) => `The record knows events through ${date}.`,
};

const TR_KIND: Record<Summit['kind'], string> = { ordinary: 'zirve', informal: 'gayriresmî zirve', extraordinary: 'olağanüstü zirve' };

const tr: ReasonWords = {
  inferredTerm: 'Görev süresi kuralının kendisi kaydın bir çıkarımıdır: hiçbir kaynak bunu söylemiyor.',
  nextSummit: 'bir sonraki zirve',
  summit: (s, date) => `${s.name ?? TR_KIND[s.kind]}${s.city ? ` (${s.city})` : ''} (${date})`,
  calendarRule: 'Kurala göre kesin: görev, bilinen bir sırayla sabit günlerde el değiştirir; kayıt bu dönemi ayrıca listelemese de.',
  holdover: (since) => `Görev süresi ${since ? `${since} tarihinde ` : ''}sona erdi; kurala göre görevli, halefi göreve başlayana kadar görevde kalır.`,
  vacantByRule: (since) => `Görev süresi ${since ? `${since} tarihinde ` : ''}sona erdi; kurala göre görev, yeni bir atamaya kadar boştur.`,
  eventNotRecorded: (event) => `Kayıtta ${event} var, ancak orada yapılan görev devri yok; görevi kimin aldığını kural söylüyor.`,
  eventExpected: (event) => (event ? `Kurala göre ${event} sırasında bekleniyor; kayıt bu zirvenin yapıldığını göstermiyor.` : 'Kurala göre tarihi tahmin edilen bir etkinlikte bekleniyor; kayıtta bu etkinlik yok.'),
  termExpired: (since) => `Görev süresi kurala göre ${since ? `${since} tarihinde ` : ''}sona erdi ve kayıtta o günden beri bir karar yok: ne uzatma ne yeniden atama ne de halef.`,
  extensionUnknown: 'Görev süresi, hiçbir kaynağın belirtmediği bir süre için uzatıldı.',
  rosterUnknown: (n, since) => `Görev süresi ${since ? `${since} tarihinde ` : ''}sona eren ${n} sandalyenin kayıtlı bir halefi yok: üye listesi bilinmiyor.`,
  inferredRule: 'Bu yanıtın dayandığı kural, kuruluşun belirttiği bir kural değil, kaydın bir çıkarımıdır.',
  impreciseDate: 'Kaynaklar bu değişikliğin yalnızca ayını ya da yılını veriyor, gününü vermiyor.',
  knownThrough: (date) => `Kayıt, ${date} tarihine kadarki olayları biliyor.`,
};

function ru3(n: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules('ru').select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

const RU_KIND: Record<Summit['kind'], string> = { ordinary: 'саммит', informal: 'неформальный саммит', extraordinary: 'внеочередной саммит' };

const ru: ReasonWords = {
  inferredTerm: 'Само правило о сроке — вывод записи: ни один источник его не называет.',
  nextSummit: 'следующий саммит',
  summit: (s, date) => `${s.name ?? RU_KIND[s.kind]}${s.city ? ` (${s.city})` : ''} (${date})`,
  calendarRule: 'Определено правилом: должность переходит в установленные дни в известном порядке, хотя в записи этот период не указан.',
  holdover: (since) => `Срок истёк${since ? ` ${since}` : ''}; по правилу должностное лицо остаётся до вступления в должность преемника.`,
  vacantByRule: (since) => `Срок истёк${since ? ` ${since}` : ''}; по правилу должность вакантна до назначения.`,
  eventNotRecorded: (event) => `В записи есть ${event}, но нет состоявшейся там передачи полномочий; кто их принял, говорит правило.`,
  eventExpected: (event) => (event ? `Ожидается по правилу на мероприятии «${event}», которое в записи не отмечено как состоявшееся.` : 'Ожидается по правилу на мероприятии с оценочной датой; в записи его нет.'),
  termExpired: (since) => `Срок по правилу истёк${since ? ` ${since}` : ''}, и с тех пор в записи нет решений: ни продления, ни повторного назначения, ни преемника.`,
  extensionUnknown: 'Срок был продлён на период, который не называет ни один источник.',
  rosterUnknown: (n, since) =>
    `${ru3(n, 'место', 'места', 'мест')}, срок ${new Intl.PluralRules('ru').select(n) === 'one' ? 'которого' : 'которых'} истёк${since ? ` ${since}` : ''}, без записанного преемника: состав неизвестен.`,
  inferredRule: 'Правило, на котором основан ответ, — вывод записи, а не правило, установленное организацией.',
  impreciseDate: 'Источники датируют эту перемену только месяцем или годом, без дня.',
  knownThrough: (date) => `Запись знает события по ${date} включительно.`,
};

const WORDS: Record<string, ReasonWords> = { en, tr, ru };

/**
 * A sentence that says what an answer rests on or why it is uncertain, from the `reason` of a
 * tenure or of an `uncertain` holding, in English, Turkish or Russian (`lang`; any other falls
 * back to English). Dates are written as words, as precisely as they are known ("11 November
 * 2025", "2026"); summits keep the record's names.
 * @example
 * describeReason(unsc, { code: 'roster-unknown', since: '2027-01-01', seats: 5 })
 * // '5 seats whose terms ended on 1 January 2027 have no recorded successor: the roster is not known.'
 * describeReason(unsc, { code: 'calendar-rule' }, { lang: 'tr' })
 * // 'Kurala göre kesin: görev, bilinen bir sırayla sabit günlerde el değiştirir; …'
 */
export function describeReason(record: OrganizationRecord, reason: BasisReason, options: DescribeReasonOptions = {}): string {
  const primary = (options.lang ?? 'en').split('-')[0]!;
  const w = WORDS[primary] ?? en;
  const date = primary in WORDS ? ruleWords(primary).date : formatPartialDate;
  const sentence = reasonSentence(record, reason, w, date);
  const known = reason.knownThrough !== undefined ? ` ${w.knownThrough(date(reason.knownThrough))}` : '';
  return `${reason.inferred ? `${sentence} ${w.inferredTerm}` : sentence}${known}`;
}

function reasonSentence(record: OrganizationRecord, reason: BasisReason, w: ReasonWords, date: (d: string) => string): string {
  const summit = reason.summit ? record.summits.find((s) => s.id === reason.summit) : undefined;
  const event = summit ? w.summit(summit, date(summit.date)) : undefined;
  const since = reason.since ? date(reason.since) : undefined;
  switch (reason.code) {
    case 'calendar-rule':
      return w.calendarRule;
    case 'holdover':
      return w.holdover(since);
    case 'vacant-by-rule':
      return w.vacantByRule(since);
    case 'event-not-recorded':
      return w.eventNotRecorded(event ?? w.nextSummit);
    case 'event-expected':
      return w.eventExpected(event);
    case 'term-expired':
      return w.termExpired(since);
    case 'extension-of-unknown-length':
      return w.extensionUnknown;
    case 'roster-unknown':
      return w.rosterUnknown(reason.seats ?? 0, since);
    case 'inferred-rule':
      return w.inferredRule;
    case 'imprecise-date':
      return w.impreciseDate;
  }
}
