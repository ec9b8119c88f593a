import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempFolder, turnus } from './helpers';

const CURRENT = fileURLToPath(new URL('./fixtures/current-record.yaml', import.meta.url));
const EMBEDDED = ['ots', 'unsc', 'eu-council', 'asean', 'd8', 'turkpa', 'turksoy', 'turkic-academy', 'turkic-heritage-foundation', 'turkic-investment-fund'];
const KINDS = ['handover-overdue', 'handover-by-rule', 'term-expired', 'holdover', 'office-vacant', 'summit-past', 'gap-review', 'record-stale', 'seats-unfilled', 'since-horizon'];

interface Item {
  kind: string;
  severity: string;
  office: string | null;
  summit: string | null;
  gap: string | null;
  date: string;
  dateUntil: string | null;
  expected: string | null;
  message: string;
  command: string | null;
  alternatives: string[];
}

describe('turnus due on the embedded records', () => {
  it.each(EMBEDDED)('%s on 2026-11-29: the list of the JSON contract, the same in text, exit code 3 when something is due', (org) => {
    const json = turnus(['--org', org, '--today', '2026-11-29', 'due', '--json']);
    expect(json.stderr).toBe('');
    const result = JSON.parse(json.stdout) as { org: string; today: string; asOf: string; staleAfter: string; count: number; items: Item[] };
    expect(result).toMatchObject({ org, today: '2026-11-29', count: result.items.length });
    expect(json.code).toBe(result.count > 0 ? 3 : 0);
    const dates = result.items.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    for (const item of result.items) {
      expect(KINDS).toContain(item.kind);
      expect(['action', 'review']).toContain(item.severity);
      // A day, or a year or month where only that is known (never its invented first day).
      expect(item.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(item.date <= '2026-11-29').toBe(true);
      expect(item.message.length).toBeGreaterThan(20);
      for (const command of [item.command, ...item.alternatives].filter((c) => c !== null)) expect(command).toMatch(/^turnus record [a-z-]+ .*--source <url>$/);
      if (item.kind.startsWith('handover') || item.kind === 'term-expired') expect(item.office).not.toBeNull();
      if (item.kind === 'summit-past') expect(item.summit).not.toBeNull();
    }
    // The record is older than six months on that day unless it was checked since 29 May 2026.
    expect(result.items.some((d) => d.kind === 'record-stale')).toBe(result.asOf <= '2026-05-29');

    const text = turnus(['--org', org, '--today', '2026-11-29', 'due']);
    expect(text.code).toBe(json.code);
    expect(text.stdout.split('\n')[0]).toContain(result.count === 0 ? 'nothing due on 2026-11-29' : `${result.count} thing${result.count === 1 ? '' : 's'} due on 2026-11-29`);
    for (const item of result.items) if (item.command) expect(text.stdout).toContain(item.command);
  });

  it('lists the UN Security Council presidencies the rule gives and the record does not write down, for review', () => {
    const { stdout } = turnus(['--org', 'unsc', '--today', '2026-11-29', 'due', '--json']);
    const byRule = (JSON.parse(stdout) as { items: Item[] }).items.filter((d) => d.kind === 'handover-by-rule');
    expect(byRule.every((d) => d.severity === 'review' && d.office === 'president')).toBe(true);
    const november = byRule.find((d) => d.date === '2026-11-01');
    if (november) expect(november).toMatchObject({ expected: 'LV', command: 'turnus record handover --office president --from GR --to LV --date 2026-11-01 --source <url>' });
  });
});

describe('turnus due on a record file', () => {
  it('finds nothing due on a current record: exit code 0', () => {
    const text = turnus(['--data', CURRENT, '--today', '2026-11-29', 'due']);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toBe('Current Council (CC): nothing due on 2026-11-29\n  The record (as of 2026-11-20) is current: every period its rules give is recorded and nothing is overdue.\n');
    const json = turnus(['--data', CURRENT, '--today', '2026-11-29', 'due', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ org: 'current', today: '2026-11-29', asOf: '2026-11-20', horizon: null, staleAfter: 'P6M', count: 0, items: [] });
  });

  it('lists what falls due later, with commands on the file, and the printed command records it', () => {
    const dir = tempFolder();
    const file = join(dir, 'record.yaml');
    copyFileSync(CURRENT, file);
    const later = turnus(['--data', file, '--today', '2027-06-01', 'due', '--json']);
    expect(later.code).toBe(3);
    const items = (JSON.parse(later.stdout) as { items: Item[] }).items;
    expect(items.map((d) => `${d.severity} ${d.kind} ${d.date}`)).toEqual(['action record-stale 2026-11-20', 'review handover-by-rule 2027-01-01', 'action summit-past 2027-03']);
    expect(items[1]).toMatchObject({ office: 'chair', expected: 'TR', command: `turnus --data ${file} record handover --office chair --from AZ --to TR --date 2027-01-01 --source <url>` });
    expect(items[2]).toMatchObject({ summit: 's-2', dateUntil: null, command: `turnus --data ${file} record summit --id s-2 --date YYYY-MM-DD --status held --source <url>` });
    expect(items[2]!.alternatives).toHaveLength(2);

    // Run the handover command as printed, with a source: the item is gone.
    const args = items[1]!.command!.replace('<url>', 'https://example.org/news/handover-2027').split(' ').slice(1);
    const recorded = turnus(['--today', '2027-06-01', ...args]);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('to: TR');
    const after = JSON.parse(turnus(['--data', file, '--today', '2027-06-01', 'due', '--json']).stdout) as { items: Item[] };
    expect(after.items.map((d) => d.kind)).toEqual(['record-stale', 'summit-past']);
  });

  it('refuses a day that does not exist, as a usage error', () => {
    const { code, stderr } = turnus(['--data', CURRENT, '--today', '2026-02-30', 'due']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^turnus: E_INVALID_DATE /);
  });
});

describe('turnus check on an old record', () => {
  it('warns STALE_RECORD when asOf is older than six months on --today', () => {
    expect(turnus(['check', CURRENT, '--today', '2027-05-19']).stdout).not.toContain('STALE_RECORD');
    const { code, stdout } = turnus(['check', CURRENT, '--today', '2027-06-01']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/current-record\.yaml:\d+:\d+: warning STALE_RECORD the record is as of 2026-11-20, older on 2027-06-01 than its staleAfter \(P6M\)/);
    expect(turnus(['check', CURRENT, '--today', '2027-06-01', '--strict']).code).toBe(1);
  });
});
