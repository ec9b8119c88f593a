import type { Severity } from './diagnostic';

/** A catalogue entry: the default severity, a one-line title and the usual fix. */
export interface CodeInfo {
  readonly severity: Severity;
  readonly title: string;
  readonly hint: string;
}

/**
 * Every diagnostic code, stable across releases (new codes may be added; none is renamed).
 * `docs/diagnostics.md` documents each one with an example.
 */
export const DIAGNOSTIC_CODES = {
  YAML_TOO_DEEP: { severity: 'error', title: 'The text nests deeper than any record does (64 levels)', hint: 'Check the indentation or the brackets from the line shown: a record nests a few levels, never dozens.' },
  YAML_SYNTAX: { severity: 'error', title: 'The file is not valid YAML', hint: 'Fix the YAML syntax at the position shown (indentation, quotes, colons).' },
  NOT_TEXT: { severity: 'error', title: 'The file is not UTF-8 text', hint: 'Record files are UTF-8 YAML or JSON text.' },
  EMPTY_RECORD: { severity: 'error', title: 'The file holds no record', hint: 'Start from `turnus init <org-id>` or copy an existing record.' },
  FILE_TOO_LARGE: { severity: 'error', title: 'The file is too large to be a record', hint: 'Records are at most 20 MB; split the file or check it is the right one.' },
  INVALID_DATE: { severity: 'error', title: 'Not a real calendar date', hint: 'Write dates as YYYY-MM-DD (or YYYY-MM / YYYY where a source is imprecise), and check the day exists.' },
  INVALID_DURATION: { severity: 'error', title: 'Not an ISO 8601 duration', hint: 'Write durations like P3Y, P6M, P1M, P1Y6M.' },
  WRONG_TYPE: { severity: 'error', title: 'A value has the wrong type', hint: 'Check the value against the JSON Schema (record.schema.json).' },
  EXTENSION_LENGTH_UNKNOWN: { severity: 'warning', title: 'A term was extended for a length no source gives', hint: 'Give `for` or `until` when a source states it; until then the holder stays in office with no term end, and a gap should say what is not known.' },
  MISSING_FIELD: { severity: 'error', title: 'A required field is missing', hint: 'Add the field; the JSON Schema lists the required ones.' },
  UNKNOWN_FIELD: { severity: 'error', title: 'A field the format does not know', hint: 'Check the spelling; unknown fields are refused so typos cannot hide facts.' },
  INVALID_VALUE: { severity: 'error', title: 'A value outside the allowed set or format', hint: 'Use one of the values the JSON Schema allows.' },
  DUPLICATE_ID: { severity: 'error', title: 'Two entries share an id', hint: 'Ids must be unique within their list; rename one.' },
  UNKNOWN_PARTY: { severity: 'error', title: 'A reference to a party the record does not list', hint: 'Add the party to `parties` or fix the id.' },
  UNKNOWN_PERSON: { severity: 'error', title: 'A reference to a person the record does not list', hint: 'Add the person to `people` or fix the id.' },
  UNKNOWN_OFFICE: { severity: 'error', title: 'A reference to an office the record does not list', hint: 'Add the office to `offices` or fix the id.' },
  UNKNOWN_SOURCE: { severity: 'error', title: 'A reference to a source the record does not list', hint: 'Add the source to `sources` or fix the id.' },
  UNKNOWN_SUMMIT: { severity: 'error', title: 'A reference to a summit the record does not list', hint: 'Add the summit to `summits` or fix the id.' },
  UNKNOWN_RULE: { severity: 'error', title: 'A reference to a rule version the office does not have', hint: 'Add the rule version to the office or fix the id.' },
  UNKNOWN_REFERENCE: { severity: 'error', title: 'A reference to an id the record does not have', hint: 'Fix the id or add the entry it names.' },
  MISSING_SOURCE: { severity: 'error', title: 'A fact with no source', hint: 'Every dated fact needs at least one source: add its id to `sources`.' },
  WEAK_SOURCE: { severity: 'info', title: 'A fact that rests only on copies of reference works', hint: 'Find an official or agency source when one exists.' },
  PERIOD_OVERLAP: { severity: 'error', title: 'Two holders of one office at the same time', hint: 'Two appointments or handovers take effect on the same day, or a handover names the wrong outgoing holder; correct the dates or holders.' },
  PERIOD_GAP: { severity: 'warning', title: 'An office without a holder between two periods', hint: 'Record the appointment that filled it, or declare a gap if the sources do not say.' },
  HANDOVER_MISMATCH: { severity: 'error', title: 'A handover from a party that did not hold the office', hint: 'The `from` party must be the holder on the handover day.' },
  ORPHAN_DECISION: { severity: 'error', title: 'A decision about a term that nobody held', hint: 'An extension or early end must concern the holder in office on its date.' },
  DATE_ORDER: { severity: 'error', title: 'Dates in the wrong order', hint: 'An end comes after its start; an effective day comes on or after the decision.' },
  HOLDER_NOT_MEMBER: { severity: 'error', title: 'A holder who was not a full member that day', hint: 'Check the holder and the membership decisions (admit, withdraw, suspend).' },
  OBSERVER_AS_CHAIR: { severity: 'error', title: 'An observer holding a rotating office', hint: 'Observers never take a turn; check the holder or its status.' },
  TERM_EXCEEDED: { severity: 'warning', title: 'A term held longer than its rule gives, with no extension', hint: 'Record the extension decision, or declare a gap if the sources do not say.' },
  TERM_EXPIRED: { severity: 'warning', title: 'A term that ended by rule with no successor, extension or declared gap (stale record)', hint: 'Record the successor or the extension, or declare a gap.' },
  CHAIR_NOT_HOST: { severity: 'warning', title: 'A chair that is not the host of the summit where it took over', hint: 'The rule gives the chair to the summit host; check the handover or record why.' },
  GROUP_MISMATCH: { severity: 'warning', title: 'A group of holders that does not match the recorded periods', hint: 'A group lists, in order, the holders of the periods that begin between its from and to days.' },
  SUMMIT_ORDINAL_DUPLICATE: { severity: 'error', title: 'Two summits of one series with the same number', hint: 'Ordinals are unique within a series.' },
  SUMMIT_ORDINAL_ORDER: { severity: 'error', title: 'Summit numbers out of date order', hint: 'A later summit of a series has a higher number.' },
  SUMMIT_ORDINAL_KIND: { severity: 'warning', title: 'A numbered informal or extraordinary summit', hint: 'Only ordinary summits are numbered.' },
  PLANNED_SUMMIT_PAST: { severity: 'warning', title: 'A summit still marked planned after its date', hint: 'Record whether it was held, postponed or cancelled, or declare a gap.' },
  STALE_RECORD: { severity: 'warning', title: 'A record not checked against its sources for longer than its `staleAfter` (default six months)', hint: 'Check what happened since `asOf` (`turnus due` lists what the rules expect), record it and set `asOf` to the day of the check; or set `staleAfter`.' },
  RENEWALS_EXCEEDED: { severity: 'warning', title: 'A holder reappointed more times than the rule allows', hint: 'Check the appointments, or record the rule version that allowed it.' },
  SAME_NATIONALITY: { severity: 'error', title: 'Consecutive holders of one nationality where the rule forbids it', hint: 'Check the appointments or the rule.' },
  UNEXPLAINED_DEPARTURE: { severity: 'warning', title: 'A period that departs from the rule with no decision to explain it', hint: 'Record the skip, swap, defer or replacement that explains it, or the practice rule it follows.' },
  MEMBERSHIP_SEQUENCE: { severity: 'warning', title: 'A membership decision that does not change the party\'s standing', hint: 'Check for a missing withdrawal or a duplicated admission.' },
  DECISION_IN_FUTURE: { severity: 'warning', title: 'A decision dated after the day the record is checked on (or, with no such day, more than a year after its `asOf`)', hint: 'Check the date (a typo such as 9999-12-31 or 2062 for 2026?); a decision is dated when it was taken, and a later `effective` day says when it takes effect.' },
  BEFORE_FOUNDING: { severity: 'warning', title: 'A decision dated before the organization was founded', hint: 'Check the date, or record it as a summit of a predecessor series.' },
  RULE_OVERLAP: { severity: 'error', title: 'Two versions of one office\'s rule in force at once', hint: 'Give the earlier version a `to` day, or change the role of one.' },
  RULE_MISMATCH: { severity: 'error', title: 'A rule that does not fit its office', hint: 'Rotation rules govern party-held offices; term rules govern person-held offices.' },
  HORIZON_AFTER_AS_OF: { severity: 'error', title: 'A knowledge horizon after the day the record was checked (`asOf`) or the day of the check', hint: 'The horizon is the day through which the record has every event its sources report: at most the date of the newest page read, never after `asOf`.' },
  HORIZON_UNSUPPORTED: { severity: 'warning', title: 'A knowledge horizon later than the newest dated source of the record (or of the office)', hint: 'Set the horizon to the date of the newest page read (for that office), or cite the later page that shows the record complete through the horizon.' },
  MISSING_HOLDER: { severity: 'error', title: 'An appointment that names no holder', hint: 'Name a `person` for person-held offices or a `party` for party-held ones.' },
} as const satisfies Record<string, CodeInfo>;

/** A stable diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
