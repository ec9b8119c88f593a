export { describeRule, describeDuration, type DescribeRuleOptions } from './describe-rule';
export { describeReason, type DescribeReasonOptions } from './describe-reason';
export { describeHolding, describeTenure, certaintyLabel, type DescribeHoldingOptions, type HoldingDescription, type TenureDescription } from './describe-holding';
export { describeDecision, type DescribeDecisionOptions } from './describe-decision';
export { formatPartialDate, formatWindow, partialDateOf, precisionOfWindow, readWindow, type WindowReading, type DateStyle } from './format-date';
