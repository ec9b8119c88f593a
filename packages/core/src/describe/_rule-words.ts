import type { DurationParts } from '../calendar/duration';
import { formatPartialDate } from './format-date';

/** The languages rule sentences are written in; any other falls back to English. */
export type RuleLanguage = 'en' | 'tr' | 'ru';

/** The pieces of a rule sentence in one language. Values are already in words. */
export interface RuleWords {
  readonly office: string;
  readonly holder: string;
  readonly duration: (parts: DurationParts) => string;
  readonly every: (parts: DurationParts, duration: string) => string;
  readonly date: (date: string) => string;
  readonly since: (date: string) => string;
  readonly until: (date: string) => string;
  readonly alphabetical: (language: string, subject: 'members' | 'nationality', official: boolean) => string;
  readonly cycle: (list: readonly string[]) => string;
  readonly fixed: (list: readonly string[]) => string;
  readonly eligible: string;
  readonly calendar: (office: string, cadence: string, order: string, anchor: string, since: string, until: string, eligible: string) => string;
  readonly summit: (office: string, expected: string, order: string, since: string, until: string, eligible: string) => string;
  readonly summitsExpected: (cadence: string) => string;
  readonly start: (kind: 'appointment' | 'taking-office' | 'fixed-date', day: string | undefined) => string;
  readonly renewals: (n: number) => string;
  readonly extension: (extensible: boolean) => string;
  readonly nationality: (order: string, noConsecutiveSame: boolean) => string;
  readonly term: (office: string, term: string, start: string, renewals: string, since: string, until: string, extension: string, nationality: string) => string;
}

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const EN_LANGUAGES: Record<string, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', ru: 'Russian', tr: 'Turkish', az: 'Azerbaijani', kk: 'Kazakh', ky: 'Kyrgyz', uz: 'Uzbek', hu: 'Hungarian', ar: 'Arabic', zh: 'Chinese', pt: 'Portuguese', it: 'Italian', nl: 'Dutch', sv: 'Swedish', fi: 'Finnish', da: 'Danish', no: 'Norwegian', pl: 'Polish', ro: 'Romanian', el: 'Greek', bg: 'Bulgarian' };

function list(parts: DurationParts, unit: (n: number, key: keyof DurationParts) => string, and: string): string {
  const pieces = (['years', 'months', 'weeks', 'days'] as const).filter((k) => parts[k]).map((k) => unit(parts[k], k));
  return pieces.length > 1 ? `${pieces.slice(0, -1).join(', ')} ${and} ${pieces[pieces.length - 1]}` : (pieces[0] ?? '');
}

const only = (parts: DurationParts, key: keyof DurationParts, n: number) => Object.entries(parts).every(([k, v]) => (k === key ? v === n : v === 0));

/** A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in words in a language, at noon UTC through Intl. */
function intlDate(language: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = m === undefined ? { year: 'numeric' } : d === undefined ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12)));
}

function languageName(inLanguage: string, code: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const en: RuleWords = {
  office: 'The office',
  holder: 'The holder',
  duration: (parts) => list(parts, (n, k) => `${EN_NUMBERS[n] ?? String(n)} ${k.slice(0, -1)}${n === 1 ? '' : 's'}`, 'and'),
  every: (parts, duration) => (only(parts, 'months', 1) ? 'monthly' : only(parts, 'years', 1) ? 'every year' : only(parts, 'weeks', 1) ? 'weekly' : only(parts, 'days', 1) ? 'daily' : `every ${duration}`),
  date: formatPartialDate,
  since: (date) => `, from ${date}`,
  until: (date) => ` until ${date}`,
  alphabetical: (language, subject, official) => {
    const name = EN_LANGUAGES[language.split('-')[0]!] ?? `the ${language} language's`;
    const whose = subject === 'members' ? "the members' names" : "the member states' names";
    return `in ${name} alphabetical order of ${official ? whose.replace('names', 'official names') : whose}`;
  },
  cycle: (l) => `in the repeating cycle ${l.join(' → ')}`,
  fixed: (l) => `following a fixed schedule set by decision (${l.join(', ')}), which ends when the schedule does`,
  eligible: '; only full members take a turn, never observers or suspended members',
  calendar: (office, cadence, order, anchor, since, until, eligible) => `${office} rotates ${cadence} ${order}, on a calendar starting ${anchor}${since}${until}${eligible}.`,
  summit: (office, expected, order, since, until, eligible) => `${office} passes at each ordinary summit to its host, who holds it until the next one${expected}; hosts take their turns ${order}${since}${until}${eligible}.`,
  summitsExpected: (cadence) => ` (summits are expected ${cadence})`,
  start: (kind, day) => (kind === 'appointment' ? 'counted from the appointment' : kind === 'taking-office' ? 'counted from taking office' : `starting on the next ${day ?? 'fixed day'} after taking office`),
  renewals: (n) => (n === 0 ? ', with no renewal' : n === 1 ? ', renewable once' : `, renewable ${EN_NUMBERS[n] ?? n} times`),
  extension: (x) => (x ? '; the term can be extended by decision' : '; the term cannot be extended'),
  nationality: (order, no) => `; the holder's nationality rotates ${order}${no ? ', never the same nationality twice in a row' : ''}`,
  term: (office, term, start, renewals, since, until, extension, nationality) => `${office} serves a term of ${term}, ${start}${renewals}${since}${until}${extension}${nationality}.`,
};

const TR_UNITS: Record<keyof DurationParts, string> = { years: 'yıl', months: 'ay', weeks: 'hafta', days: 'gün' };

const tr: RuleWords = {
  office: 'Görev',
  holder: 'Görevli',
  duration: (parts) => list(parts, (n, k) => `${n} ${TR_UNITS[k]}`, 've'),
  every: (parts, duration) => (only(parts, 'months', 1) ? 'her ay' : only(parts, 'years', 1) ? 'her yıl' : only(parts, 'weeks', 1) ? 'her hafta' : only(parts, 'days', 1) ? 'her gün' : `her ${duration}da bir`),
  date: (date) => intlDate('tr', date),
  since: (date) => `, ${date} tarihinden itibaren`,
  until: (date) => `, ${date} tarihine kadar`,
  alphabetical: (language, subject, official) =>
    `${subject === 'members' ? 'üyelerin' : 'üye devletlerin'} ${languageName('tr', language.split('-')[0]!)} ${official ? 'resmî adlarının' : 'adlarının'} alfabetik sırasıyla`,
  cycle: (l) => `${l.join(' → ')} döngüsüyle`,
  fixed: (l) => `kararla belirlenmiş sabit bir takvime göre (${l.join(', ')}); takvim bitince sona erer`,
  eligible: '; yalnızca tam üyeler sıra alır, gözlemciler ve üyeliği askıya alınanlar almaz',
  calendar: (office, cadence, order, anchor, since, until, eligible) => `${office} ${cadence} ${order} el değiştirir; takvim ${anchor} tarihinde başlar${since}${until}${eligible}.`,
  summit: (office, expected, order, since, until, eligible) => `${office} her olağan zirvede ev sahibi ülkeye geçer ve bir sonraki zirveye kadar onda kalır${expected}; ev sahipleri ${order} sıra alır${since}${until}${eligible}.`,
  summitsExpected: (cadence) => ` (zirvelerin ${cadence} yapılması beklenir)`,
  start: (kind, day) => (kind === 'appointment' ? 'atamadan itibaren sayılır' : kind === 'taking-office' ? 'göreve başlamadan itibaren sayılır' : `göreve başladıktan sonraki ilk ${day ?? 'sabit gün'} tarihinde başlar`),
  renewals: (n) => (n === 0 ? ', yenilenemez' : n === 1 ? ', bir kez yenilenebilir' : `, ${n} kez yenilenebilir`),
  extension: (x) => (x ? '; süre kararla uzatılabilir' : '; süre uzatılamaz'),
  nationality: (order, no) => `; görevlinin uyruğu ${order} döner${no ? ', aynı uyruk art arda iki kez gelmez' : ''}`,
  term: (office, term, start, renewals, since, until, extension, nationality) => `${office} ${term} süreyle görev yapar; süre ${start}${renewals}${since}${until}${extension}${nationality}.`,
};

function ru3(n: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules('ru').select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

const RU_UNITS: Record<keyof DurationParts, [string, string, string]> = { years: ['год', 'года', 'лет'], months: ['месяц', 'месяца', 'месяцев'], weeks: ['неделя', 'недели', 'недель'], days: ['день', 'дня', 'дней'] };

const ru: RuleWords = {
  office: 'Должность',
  holder: 'Должностное лицо',
  duration: (parts) => list(parts, (n, k) => ru3(n, ...RU_UNITS[k]), 'и'),
  every: (parts, duration) => (only(parts, 'months', 1) ? 'ежемесячно' : only(parts, 'years', 1) ? 'ежегодно' : only(parts, 'weeks', 1) ? 'еженедельно' : only(parts, 'days', 1) ? 'ежедневно' : `каждые ${duration}`),
  date: (date) => intlDate('ru', date),
  since: (date) => `, с ${date}`,
  until: (date) => ` до ${date}`,
  alphabetical: (language, subject, official) =>
    `в алфавитном порядке ${official ? 'официальных названий' : 'названий'} ${subject === 'members' ? 'членов' : 'государств-членов'} (язык: ${languageName('ru', language.split('-')[0]!)})`,
  cycle: (l) => `по кругу: ${l.join(' → ')}`,
  fixed: (l) => `по установленному решением графику (${l.join(', ')}), который действует, пока не закончится`,
  eligible: '; очередь получают только полноправные члены, но не наблюдатели и не приостановленные члены',
  calendar: (office, cadence, order, anchor, since, until, eligible) => `${office} переходит ${cadence} ${order}, отсчёт с ${anchor}${since}${until}${eligible}.`,
  summit: (office, expected, order, since, until, eligible) => `${office} на каждом очередном саммите переходит к принимающей стороне и остаётся у неё до следующего${expected}; принимающие стороны сменяются ${order}${since}${until}${eligible}.`,
  summitsExpected: (cadence) => ` (саммиты ожидаются ${cadence})`,
  start: (kind, day) => (kind === 'appointment' ? 'считая с назначения' : kind === 'taking-office' ? 'считая со вступления в должность' : `начиная с ближайшего ${day ?? 'установленного дня'} после вступления в должность`),
  renewals: (n) => (n === 0 ? ', без повторного срока' : n === 1 ? ', с возможностью одного повторного срока' : `, с возможностью ${n} повторных сроков`),
  extension: (x) => (x ? '; срок может быть продлён решением' : '; срок не может быть продлён'),
  nationality: (order, no) => `; гражданство должностного лица чередуется ${order}${no ? ', одно и то же гражданство не повторяется дважды подряд' : ''}`,
  term: (office, term, start, renewals, since, until, extension, nationality) => `${office}: срок полномочий — ${term}, ${start}${renewals}${since}${until}${extension}${nationality}.`,
};

const WORDS: Record<RuleLanguage, RuleWords> = { en, tr, ru };

/** The words for `language` (its primary subtag), English when there are none. */
export function ruleWords(language: string | undefined): RuleWords {
  const primary = (language ?? 'en').split('-')[0] as RuleLanguage;
  return WORDS[primary] ?? en;
}
