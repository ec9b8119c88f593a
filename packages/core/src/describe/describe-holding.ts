import type { PlainDate } from '../calendar/plain-date';
import type { Certainty, Holding, Tenure } from '../model/types';
import { touching, turnsOf } from '../query/certainty';
import { partyDisplayName, personDisplayName } from '../query/names';
import type { OrganizationRecord } from '../schema/record';
import { describeReason } from './describe-reason';
import { readWindow, type DateStyle } from './format-date';
import { ruleWords } from './_rule-words';

/** Options for {@link describeHolding} and {@link describeTenure}. */
export interface DescribeHoldingOptions {
  /** The language of the words: `en`, `tr` or `ru`; any other falls back to English. */
  readonly lang?: string;
  /** Dates as words ("10 March 2026", the default) or as ISO dates ("2026-03-10"). */
  readonly dates?: DateStyle;
  /** The day names are given as of (a party renamed later keeps that day's name); default: each period's first day. */
  readonly on?: PlainDate;
}

/** One period in words: who, how sure, when. */
export interface TenureDescription {
  /** "Kubanychbek Omuraliev (Kyrgyzstan)", "Singapore", "a national of Kazakhstan", "to be appointed". */
  readonly holder: string;
  readonly certainty: Certainty;
  /** The certainty in words: "recorded", "certain by rule", "expected by rule", "presumed", "uncertain". */
  readonly label: string;
  /** "from 14 November 2022; no source gives its end", "from 1 January 2027 until 1 January 2028". */
  readonly period: string;
  /** Why it is as sure as it is: what it rests on, or what makes it only expected or presumed. */
  readonly why: string | null;
  /** What could change it: a decision the record does not have, a dispute or gap it records. */
  readonly change: string | null;
  /** For a presumed period: the last day a source shows the holder in office, and that source. */
  readonly lastConfirmed: string | null;
}

/** A holding in words: the answer as every app shows it. */
export interface HoldingDescription {
  readonly status: Holding['status'];
  readonly certainty: Certainty;
  /** The certainty in words (see {@link TenureDescription.label}). */
  readonly label: string;
  /** The answer in one line: "Kubanychbek Omuraliev (Kyrgyzstan), presumed", "Uncertain: Azerbaijan or Türkiye", "Not recorded". */
  readonly headline: string;
  /** The holder, for a held office; else null. */
  readonly holder: string | null;
  /** The period, for a held office; else null. */
  readonly period: string | null;
  readonly why: string | null;
  readonly change: string | null;
  readonly lastConfirmed: string | null;
  /** For an uncertain holding: each candidate period in words. */
  readonly candidates: readonly TenureDescription[];
}

/** The words of answers in one language; dates and names are already in words. */
interface HoldingWords {
  readonly labels: Record<Certainty, string>;
  readonly national: (party: string) => string;
  readonly toBeAppointed: string;
  readonly between: (a: string, b: string) => string;
  readonly before: (a: string, b: string) => string;
  /** `window`: the day is known only to lie in a window ("between … and …"), which each language
   * words differently after "from", "until" and "on". */
  readonly from: (start: string, window: boolean) => string;
  readonly until: (end: string, byRule: boolean, window: boolean) => string;
  readonly endUnknown: string;
  readonly untilSuccessor: string;
  readonly termEnds: (date: string, window: boolean) => string;
  readonly open: string;
  readonly held: (holder: string, label: string) => string;
  readonly uncertain: (candidates: readonly string[]) => string;
  readonly nobodyByRule: string;
  readonly nobody: string;
  readonly notRecorded: string;
  readonly notRecordedWhy: string;
  readonly vacantWhy: string;
  readonly recordedWhy: string;
  readonly decidedInAdvance: string;
  readonly decidedButTouched: string;
  readonly confirmedTurns: string;
  readonly touched: string;
  readonly presumed: (last: string | undefined) => string;
  readonly presumedChange: (last: string | undefined) => string;
  readonly confirmedChange: string;
  readonly touchedChange: (items: string) => string;
  readonly ruleChange: string;
  readonly laterDecision: string;
  readonly lastConfirmed: (date: string, by: string) => string;
}

const en: HoldingWords = {
  labels: { recorded: 'recorded', 'certain-by-rule': 'certain by rule', 'expected-by-rule': 'expected by rule', presumed: 'presumed', uncertain: 'uncertain' },
  national: (party) => `a national of ${party}`,
  toBeAppointed: 'to be appointed',
  between: (a, b) => `between ${a} and ${b}`,
  before: (a, b) => `${a} (before ${b})`,
  from: (start, window) => `from ${window ? 'a day ' : ''}${start}`,
  until: (end, byRule, window) => ` until ${window ? 'a day ' : ''}${end}${byRule ? ' (by rule)' : ''}`,
  endUnknown: '; no source gives its end',
  untilSuccessor: '; until a successor takes office',
  termEnds: (date, window) => `; the term ends by rule on ${window ? 'a day ' : ''}${date}`,
  open: '; open',
  held: (holder, label) => `${holder}, ${label}`,
  uncertain: (c) => `Uncertain: ${c.join(' or ')}`,
  nobodyByRule: 'Nobody, by rule',
  nobody: 'Nobody',
  notRecorded: 'Not recorded',
  notRecordedWhy: 'The record names no holder that day; that does not mean the office was vacant.',
  vacantWhy: 'The record shows nobody in office that day.',
  recordedWhy: 'A fact of the record, from its sources.',
  decidedInAdvance: 'Decided in advance: the record has the decision, and nothing it knows (no gap, no dispute) touches this period.',
  decidedButTouched: 'Decided in advance, but not yet a fact: something the record knows may change it.',
  confirmedTurns: 'Expected by rule: each turn is confirmed by a decision, and the record does not have this one.',
  touched: 'Expected by rule: something the record knows may change it.',
  presumed: (last) =>
    last ? `Presumed: no source gives the end of this period, and none after ${last} shows the holder in office.` : 'Presumed: no source gives the end of this period, and none shows the holder in office since it began.',
  presumedChange: (last) => `A decision${last ? ` after ${last}` : ''} that the record does not have: a successor, or the end of the term.`,
  confirmedChange: 'A decision that confirms another member, or defers or swaps the turn.',
  touchedChange: (items) => `What the record knows that may change it: ${items}`,
  ruleChange: 'Only a change of the membership or of the rule.',
  laterDecision: 'Only a later decision.',
  lastConfirmed: (date, by) => `Last shown in office on ${date}${by ? ` (${by})` : ''}.`,
};

const tr: HoldingWords = {
  labels: { recorded: 'kayıtlı', 'certain-by-rule': 'kurala göre kesin', 'expected-by-rule': 'kurala göre beklenen', presumed: 'varsayılan', uncertain: 'belirsiz' },
  national: (party) => `${party} vatandaşı biri`,
  toBeAppointed: 'atanacak kişi',
  between: (a, b) => `${a} ile ${b} arasında`,
  before: (a, b) => `${a} (${b} tarihinden önce)`,
  from: (start, window) => (window ? `${start} bir günden itibaren` : `${start} tarihinden`),
  until: (end, byRule, window) => ` ${end} ${window ? 'bir güne' : 'tarihine'} kadar${byRule ? ' (kurala göre)' : ''}`,
  endUnknown: '; bitişini hiçbir kaynak vermiyor',
  untilSuccessor: '; halefi göreve başlayana kadar',
  termEnds: (date, window) => `; görev süresi kurala göre ${date} ${window ? 'bir günde' : 'tarihinde'} sona erer`,
  open: '; açık',
  held: (holder, label) => `${holder}, ${label}`,
  uncertain: (c) => `Belirsiz: ${c.join(' ya da ')}`,
  nobodyByRule: 'Kimse, kurala göre',
  nobody: 'Kimse',
  notRecorded: 'Kayıtlı değil',
  notRecordedWhy: 'Kayıt o gün için bir görevli belirtmiyor; bu, görevin boş olduğu anlamına gelmez.',
  vacantWhy: 'Kayda göre o gün görevde kimse yoktu.',
  recordedWhy: 'Kaydın, kaynaklarına dayanan bir olgusu.',
  decidedInAdvance: 'Önceden karara bağlandı: karar kayıtta var ve kaydın bildiği hiçbir şey (boşluk, anlaşmazlık) bu dönemi etkilemiyor.',
  decidedButTouched: 'Önceden karara bağlandı, ancak henüz bir olgu değil: kaydın bildiği bir şey bunu değiştirebilir.',
  confirmedTurns: 'Kurala göre bekleniyor: her dönem bir kararla onaylanır ve kayıtta bu karar yok.',
  touched: 'Kurala göre bekleniyor: kaydın bildiği bir şey bunu değiştirebilir.',
  presumed: (last) =>
    last
      ? `Varsayılıyor: bu dönemin bitişini hiçbir kaynak vermiyor ve ${last} tarihinden sonra görevliyi görevde gösteren bir kaynak yok.`
      : 'Varsayılıyor: bu dönemin bitişini hiçbir kaynak vermiyor ve başladığından beri görevliyi görevde gösteren bir kaynak yok.',
  presumedChange: (last) => `${last ? `${last} tarihinden sonra ` : ''}kayıtta olmayan bir karar: bir halef ya da görev süresinin sona ermesi.`,
  confirmedChange: 'Başka bir üyeyi onaylayan ya da sırayı erteleyen veya değiştiren bir karar.',
  touchedChange: (items) => `Kaydın bildiği ve bunu değiştirebilecek olan: ${items}`,
  ruleChange: 'Yalnızca üyelikte ya da kuralda bir değişiklik.',
  laterDecision: 'Yalnızca daha sonraki bir karar.',
  lastConfirmed: (date, by) => `Görevde olduğunu gösteren son kaynak: ${date}${by ? ` (${by})` : ''}.`,
};

const ru: HoldingWords = {
  labels: { recorded: 'записано', 'certain-by-rule': 'определено правилом', 'expected-by-rule': 'ожидается по правилу', presumed: 'предположительно', uncertain: 'не определено' },
  national: (party) => `гражданство: ${party}`,
  toBeAppointed: 'будет назначен',
  between: (a, b) => `между ${a} и ${b}`,
  before: (a, b) => `${a} (до ${b})`,
  from: (start, window) => `с ${window ? 'даты ' : ''}${start}`,
  until: (end, byRule, window) => ` до ${window ? 'даты ' : ''}${end}${byRule ? ' (по правилу)' : ''}`,
  endUnknown: '; окончание не называет ни один источник',
  untilSuccessor: '; до вступления в должность преемника',
  termEnds: (date, window) => `; срок по правилу истекает ${window ? 'в день ' : ''}${date}`,
  open: '; без даты окончания',
  held: (holder, label) => `${holder}, ${label}`,
  uncertain: (c) => `Не определено: ${c.join(' или ')}`,
  nobodyByRule: 'Никто, по правилу',
  nobody: 'Никто',
  notRecorded: 'Не записано',
  notRecordedWhy: 'Запись не называет должностное лицо на этот день; это не значит, что должность была вакантной.',
  vacantWhy: 'По записи в этот день должность никто не занимал.',
  recordedWhy: 'Факт записи, основанный на её источниках.',
  decidedInAdvance: 'Решено заранее: решение есть в записи, и ничто из известного записи (ни пробел, ни спор) этот период не затрагивает.',
  decidedButTouched: 'Решено заранее, но ещё не факт: известное записи может это изменить.',
  confirmedTurns: 'Ожидается по правилу: каждая очередь утверждается решением, а этого решения в записи нет.',
  touched: 'Ожидается по правилу: известное записи может это изменить.',
  presumed: (last) =>
    last
      ? `Предположительно: ни один источник не называет окончания этого периода, и ни один после ${last} не показывает это лицо в должности.`
      : 'Предположительно: ни один источник не называет окончания этого периода и не показывает это лицо в должности с его начала.',
  presumedChange: (last) => `Решение${last ? ` после ${last}` : ''}, которого нет в записи: преемник или окончание срока.`,
  confirmedChange: 'Решение, утверждающее другого члена, откладывающее или меняющее очередь.',
  touchedChange: (items) => `Что известно записи и может это изменить: ${items}`,
  ruleChange: 'Только изменение состава членов или правила.',
  laterDecision: 'Только более позднее решение.',
  lastConfirmed: (date, by) => `Последний источник, показывающий это лицо в должности: ${date}${by ? ` (${by})` : ''}.`,
};

const WORDS: Record<string, HoldingWords> = { en, tr, ru };

interface Context {
  readonly record: OrganizationRecord;
  readonly lang: string;
  readonly w: HoldingWords;
  readonly date: (d: string) => string;
  readonly on: PlainDate | undefined;
}

function contextOf(record: OrganizationRecord, options: DescribeHoldingOptions): Context {
  const primary = (options.lang ?? 'en').split('-')[0]!;
  const lang = primary in WORDS ? primary : 'en';
  const words = ruleWords(lang).date;
  return { record, lang, w: WORDS[lang]!, date: options.dates === 'iso' ? (d) => d : words, on: options.on };
}

/** The certainty in words, in `en`, `tr` or `ru`: "certain by rule", "kurala göre kesin", "определено правилом". */
export function certaintyLabel(certainty: Certainty, options: Pick<DescribeHoldingOptions, 'lang'> = {}): string {
  return (WORDS[(options.lang ?? 'en').split('-')[0]!] ?? en).labels[certainty];
}

function holderName(c: Context, t: Tenure): string {
  const on = c.on ?? t.start;
  const party = t.holder.party === null ? undefined : partyDisplayName(c.record, t.holder.party, on, c.lang);
  if (t.holder.person !== null) {
    const person = personDisplayName(c.record, t.holder.person, c.lang);
    return party ? `${person} (${party})` : person;
  }
  // A projected term names no person: only the nationality its rule gives, if any.
  if (c.record.offices.find((o) => o.id === t.office)?.heldBy === 'person') return party ? c.w.national(party) : c.w.toBeAppointed;
  return party ?? c.w.toBeAppointed;
}

function dayText(c: Context, day: PlainDate, until: PlainDate | undefined): string {
  const r = readWindow(day, until);
  if (r.kind === 'exact') return c.date(r.date);
  if (r.kind === 'before') return c.w.before(c.date(r.date), c.date(r.before));
  return c.w.between(c.date(r.from), c.date(r.to));
}

/** Whether a day is known only to lie in a window ("between … and …"). */
function isWindow(day: PlainDate, until: PlainDate | undefined): boolean {
  return readWindow(day, until).kind === 'between';
}

function periodText(c: Context, t: Tenure): string {
  const start = c.w.from(dayText(c, t.start, t.startUncertainUntil), isWindow(t.start, t.startUncertainUntil));
  if (t.end !== null) return start + c.w.until(dayText(c, t.end, t.endUncertainUntil), t.endBasis === 'rule', isWindow(t.end, t.endUncertainUntil));
  if (t.termEndUnknown) return start + c.w.endUnknown;
  if (t.reason?.code === 'holdover') return start + c.w.untilSuccessor;
  if (t.termEnd) return start + c.w.termEnds(dayText(c, t.termEnd, t.termEndUncertainUntil), isWindow(t.termEnd, t.termEndUncertainUntil));
  return start + c.w.open;
}

/** Why a held period (or a period given whole) is as sure as it is, and what could change it. */
function explain(c: Context, t: Tenure, certainty: Certainty, last: { date: PlainDate; sources: readonly string[] } | undefined): Pick<TenureDescription, 'why' | 'change' | 'lastConfirmed'> {
  // A recorded term extended for a length no source gives has no reason of its own: say so.
  const code = t.reason ?? (t.termEndUnknown ? { code: 'extension-of-unknown-length' as const } : undefined);
  const reason = code ? describeReason(c.record, code, { lang: c.lang }) : undefined;
  const lastDay = last ? c.date(last.date) : undefined;
  const by = last ? [...new Set(last.sources.map((id) => c.record.sources.find((s) => s.id === id)?.publisher ?? id))].join(', ') : '';
  const lastConfirmed = certainty === 'presumed' && last && lastDay ? c.w.lastConfirmed(lastDay, by) : null;
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');
  const items = touching(c.record, t).map((x) => ('about' in x ? x.about : x.description).trim().replace(/\s+/g, ' ').replace(/[^.!?]$/, '$&.'));
  switch (certainty) {
    case 'recorded':
      return { why: c.w.recordedWhy, change: null, lastConfirmed };
    case 'presumed':
      return { why: join(c.w.presumed(lastDay), reason), change: c.w.presumedChange(lastDay), lastConfirmed };
    case 'certain-by-rule':
      return { why: reason ?? c.w.decidedInAdvance, change: t.basis === 'recorded' ? c.w.laterDecision : c.w.ruleChange, lastConfirmed };
    case 'expected-by-rule': {
      const confirmed = t.basis === 'rule' && turnsOf(c.record, t) === 'confirmed';
      const lead = t.basis === 'recorded' ? c.w.decidedButTouched : confirmed ? c.w.confirmedTurns : t.basis === 'rule' ? c.w.touched : undefined;
      const why = join(lead, reason && code?.code !== 'calendar-rule' ? reason : undefined) || c.w.touched;
      return { why, change: items.length ? c.w.touchedChange(items.join(' ')) : confirmed ? c.w.confirmedChange : null, lastConfirmed };
    }
    default:
      return { why: reason ?? null, change: null, lastConfirmed };
  }
}

/**
 * A period in words, as a list of periods shows it (`next`, `history`, a timeline): the holder,
 * how sure the period is as a whole (`tenure.certainty`), its dates, why and what could change it.
 * @example describeTenure(unsc, project(unsc, 'president', { today: '2026-12-07' })[0]!).label // 'certain by rule'
 */
export function describeTenure(record: OrganizationRecord, tenure: Tenure, options: DescribeHoldingOptions = {}): TenureDescription {
  const c = contextOf(record, options);
  const certainty: Certainty = tenure.certainty ?? (tenure.basis === 'projected' ? 'expected-by-rule' : tenure.basis === 'rule' ? 'certain-by-rule' : 'recorded');
  return { holder: holderName(c, tenure), certainty, label: c.w.labels[certainty], period: periodText(c, tenure), ...explain(c, tenure, certainty, tenure.lastConfirmed) };
}

/**
 * The answer of `holderOn` in words, in English, Turkish or Russian (`lang`): a headline (who,
 * and how sure: "Kubanychbek Omuraliev (Kyrgyzstan), presumed"), the period, why it is as sure as
 * it is, what could change it, and for a presumed holder the last day a source shows them in
 * office. The CLI, the web pages, the timeline and the share images show these words and compose
 * no status words of their own.
 * @example
 * describeHolding(ots, holderOn(ots, 'secretary-general', '2026-12-07'), { on: '2026-12-07' }).headline
 * // 'Kubanychbek Omuraliev (Kyrgyzstan), presumed'
 * describeHolding(asean, holderOn(asean, 'chair', '2027-06-01'), { lang: 'tr' }).label // 'kurala göre beklenen'
 */
export function describeHolding(record: OrganizationRecord, holding: Holding, options: DescribeHoldingOptions = {}): HoldingDescription {
  const c = contextOf(record, options);
  const none = { holder: null, period: null, change: null, lastConfirmed: null, candidates: [] };
  if (holding.status === 'vacant') {
    const headline = holding.certainty === 'uncertain' ? c.w.notRecorded : holding.reason ? c.w.nobodyByRule : c.w.nobody;
    const why = holding.reason ? describeReason(record, holding.reason, { lang: c.lang }) : holding.certainty === 'uncertain' ? c.w.notRecordedWhy : c.w.vacantWhy;
    return { ...none, status: 'vacant', certainty: holding.certainty, label: c.w.labels[holding.certainty], headline, why };
  }
  if (holding.status === 'uncertain') {
    const candidates = holding.candidates.map((t) => describeTenure(record, t, options));
    return {
      ...none,
      status: 'uncertain',
      certainty: 'uncertain',
      label: c.w.labels.uncertain,
      headline: c.w.uncertain(candidates.map((t) => t.holder)),
      why: describeReason(record, holding.reason, { lang: c.lang }),
      candidates,
    };
  }
  const t = holding.tenure;
  const holder = holderName(c, t);
  const label = c.w.labels[holding.certainty];
  return { status: 'held', certainty: holding.certainty, label, headline: c.w.held(holder, label), holder, period: periodText(c, t), ...explain(c, t, holding.certainty, holding.lastConfirmed), candidates: [] };
}
