// The query entry: pure functions over already-typed records. It never loads zod; parsing and
// validation live in '@turnus/core/schema', '@turnus/core/validate' and '@turnus/core/yaml'.
export * from './calendar/index';
export type {
  OrganizationRecord,
} from './schema/record';
export type { Organization, Founding, Seat } from './schema/organization';
export type { Party, PartyKind } from './schema/party';
export type { Person, CareerNote } from './schema/person';
export type { Summit, SummitKind, SummitMode, SummitStatus } from './schema/summit';
export type {
  Decision,
  DecisionType,
  EndCause,
  DocumentKind,
  AppointDecision,
  ExtendDecision,
  EndTermDecision,
  HandoverDecision,
  RenameDecision,
  SkipDecision,
  DeferDecision,
  SwapDecision,
  ReplaceDecision,
} from './schema/decision';
export type { Rule, RotationRule, TermRule, RotationOrder, RotationTrigger, NationalityRotation } from './schema/rule';
export type { Office, HolderGroup } from './schema/office';
export type { Source, SourceTier } from './schema/source';
export type { Gap, Dispute, Claim } from './schema/gap';
export type { Attestation } from './schema/attestation';
export type { NameForms, LocalizedNames } from './schema/common';
export type { Holder, Tenure, Holding, Certainty, Confirmation, MembershipPeriod, MembershipStatus, BasisCode, BasisReason } from './model/types';
export type { UnfilledSeats } from './query/_roster';
export { termEnd, termStart } from './rules/term';
export { gridIndex, gridDayAtOrBefore, gridDayAfter } from './rules/grid';
export { holderOn, type HolderOnOptions } from './query/holder-on';
export { tenureCertainty, lastConfirmation, type TenureCertainty } from './query/certainty';
export { history, type DateRange } from './query/history';
export { project, projectionOf, PROJECTION_STEP_LIMIT, type ProjectOptions } from './query/project';
export { stateOn, type OrganizationState, type Standing, type StateOnOptions } from './query/state-on';
export { whatIf, applyChanges, type WhatIfChanges, type WhatIfOptions, type WhatIfOffice } from './query/what-if';
export { termEndOn, isPastTermEnd } from './query/term-end';
export { effectiveDay } from './model/compile';
export { organizationName, partyDisplayName, personDisplayName, membershipHistory } from './query/names';
export { TurnusError, UnknownReferenceError, InvalidDateError, ErrorCode } from './errors';
