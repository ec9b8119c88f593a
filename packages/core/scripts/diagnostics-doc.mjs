#!/usr/bin/env node
// Writes docs/diagnostics.md from the catalogue in src/validate/codes.ts (via the built dist), so
// the documentation of the codes can never drift from the code. A test checks they agree.
import { writeFileSync } from 'node:fs';
import { DIAGNOSTIC_CODES } from '../dist/validate.js';

export function diagnosticsDoc(codes) {
  const rows = Object.entries(codes)
    .map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.title} | ${info.hint.replace(/\|/g, '\\|')} |`)
    .join('\n');
  return `# Diagnostics

\`validate(record)\` (from \`@turnus/core/validate\`), \`parseYamlRecord(text)\` (from
\`@turnus/core/yaml\`) and the CLI report problems as diagnostics: data, never exceptions. Each
has a **stable code** (codes are added, never renamed), a severity, a message naming the value,
a path into the record, a hint, and — for files — the line and column:

\`\`\`
records/ots/record.yaml:412:11: error INVALID_DATE not a real calendar date (got the text "2023-02-30")
  hint: Write dates as YYYY-MM-DD (or YYYY-MM / YYYY where a source is imprecise), and check the day exists.
\`\`\`

Severities:
- **error**: the record is wrong and is refused (the build of \`@turnus/data\` fails);
- **warning**: the record is usable, but something needs a person's attention;
- **info**: worth knowing, and already explained by the record (a declared gap, a recorded practice).

A declared \`gap\` (a known unknown) that covers an office, or a person, over a span turns
PERIOD_GAP, TERM_EXCEEDED and TERM_EXPIRED about it into infos; a gap whose \`concerns\` names a
summit does the same for PLANNED_SUMMIT_PAST. A departure from a **stated** rule by a period that
follows the record's **practice** rule is an info; a departure from the practice, or from a stated
rule when the record has no practice, is a warning. Semantic checks run only once the record fits
the schema, and the rule checks only once references resolve, so one typo gives one diagnostic.

| code | severity | meaning | usual fix |
|---|---|---|---|
${rows}

This file is generated from \`packages/core/src/validate/codes.ts\` by
\`node packages/core/scripts/diagnostics-doc.mjs\`.
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../../../docs/diagnostics.md', import.meta.url), diagnosticsDoc(DIAGNOSTIC_CODES));
}
