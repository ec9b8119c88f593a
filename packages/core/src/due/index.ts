// What a record needs has its own entry: the people who keep records current need it (the CLI's
// `turnus due`, a sources page built ahead of time), not every page that asks who held an office,
// so the query entry stays within its size budget.
export { due, type DueItem, type DueKind, type DueOptions } from '../query/due';
