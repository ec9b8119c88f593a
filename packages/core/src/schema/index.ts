export {
  PlainDate,
  PartialDate,
  MonthDay,
  IsoDuration,
  Slug,
  PartyId,
  LanguageTag,
  SourceRefs,
  NameForms,
  LocalizedNames,
  Grade,
} from './common';
export { Source, SourceTier } from './source';
export { Attestation } from './attestation';
export { Organization, Founding, Seat, Affiliation, Languages } from './organization';
export { Party, PartyKind } from './party';
export { Person, CareerNote } from './person';
export { Summit, SummitKind, SummitMode, SummitStatus } from './summit';
export {
  Decision,
  EndCause,
  DocumentKind,
  AppointDecision,
  ExtendDecision,
  EndTermDecision,
  HandoverDecision,
  AdmitDecision,
  ObserverDecision,
  SuspendDecision,
  ReinstateDecision,
  WithdrawDecision,
  RenameDecision,
  AdoptDecision,
  ChangeRuleDecision,
  SkipDecision,
  DeferDecision,
  SwapDecision,
  ReplaceDecision,
  OtherDecision,
} from './decision';
export { Rule, RotationRule, TermRule, RotationOrder, RotationTrigger, NationalityRotation } from './rule';
export { Office, HolderGroup } from './office';
export { Gap, Dispute, Claim } from './gap';
export { OrganizationRecord } from './record';
export { recordJsonSchema } from './json-schema';
