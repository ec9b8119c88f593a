import type { Office, OrganizationRecord, Rule } from '@turnus/core';
import { describeRule } from '@turnus/core/describe';
import { officeName } from './decision';

/** A rule version as one sentence, naming the office and its parties: "The Chairmanship-in-Office passes at each ordinary summit…". */
export function ruleSentence(record: OrganizationRecord, office: Office, rule: Rule): string {
  return describeRule(rule, { language: 'en', office: `The ${officeName(record, office.id)}`, record });
}

/** The rule version of an office with this id, if any. */
export function findRule(office: Office, id: string | undefined): Rule | undefined {
  return id === undefined ? undefined : office.rules.find((r) => r.id === id);
}
