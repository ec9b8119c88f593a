export { describeRule, describeDuration, type DescribeRuleOptions } from './describe-rule';
export { describeReason } from './describe-reason';
export { formatPartialDate, formatWindow, partialDateOf, precisionOfWindow } from './format-date';
