import { project, type OrganizationRecord, type PlainDate, type Tenure } from '@turnus/core';

/**
 * Who comes next in an office after `today`, by its rule: the first projected period that is not
 * already under way by rule. `project` starts from the period under way, which for a calendar
 * rotation is today's holder by rule (the UNSC's presidency on 29 November 2026 is Latvia's; the
 * next is Liberia's).
 */
export function nextTenure(record: OrganizationRecord, office: string, today: PlainDate): Tenure | undefined {
  return project(record, office, { today, count: 3 }).find((t) => !(t.basis === 'rule' && t.start <= today));
}
