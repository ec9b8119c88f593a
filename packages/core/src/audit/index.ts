// The audit has its own entry: it is needed by rule pages and by validation, not by every page
// that only asks who held an office, so the query entry stays small.
export { audit, type AuditEntry, type Departure, type DepartureKind } from '../query/audit';
