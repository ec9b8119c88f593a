export { describeRule, describeDuration, type DescribeRuleOptions } from './describe-rule';
