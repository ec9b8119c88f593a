import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { otsCopy, STACK, turnus, turnusAsync } from './helpers';

const TODAY = ['--today', '2026-11-28'];
const SOURCE = 'https://www.report.az/en/foreign-politics/13th-ots-summit-istanbul';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The lines of `before` appear in `after` in the same order: nothing was removed or rewritten. */
function onlyAdded(before: string, after: string): boolean {
  const lines = after.split('\n');
  let i = 0;
  for (const line of before.split('\n')) {
    while (i < lines.length && lines[i] !== line) i++;
    if (i === lines.length) return false;
    i++;
  }
  return true;
}

function check(dir: string) {
  return turnus([...TODAY, '--data', dir, 'check', '--level', 'error']);
}

describe('turnus record', () => {
  it('records a handover where a person would put it, keeping every comment and line', () => {
    const { dir, file } = otsCopy();
    const before = readFileSync(file, 'utf8');
    const run = turnus([...TODAY, '--data', dir, 'record', 'handover', '--to', 'TR', '--date', '2026-11-20', '--summit', '13', '--source', SOURCE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Recorded handover-chair-2026-tr in ${file}:\n  The Chairmanship-in-Office passes from Azerbaijan to Türkiye.\n  added source report-az-13th-ots-summit-istanbul (${SOURCE})\n`);
    const after = readFileSync(file, 'utf8');
    expect(onlyAdded(before, after)).toBe(true);
    expect(after.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(before.split('\n').filter((l) => l.trimStart().startsWith('#')));
    // Right after the last chair handover (its sources line), before the comment that opens the next section.
    const lines = before.split('\n');
    const section = lines.findIndex((l) => l.startsWith('  # ===== 5. Secretary-General'));
    let last = section - 1;
    while (lines[last]!.trim() === '') last--;
    expect(after).toContain(
      [
        lines[last]!,
        '  - id: handover-chair-2026-tr',
        '    type: handover',
        '    office: chair',
        '    from: AZ',
        '    to: TR',
        "    date: '2026-11-20'",
        '    summit: ots-13-2026',
        '    sources: [report-az-13th-ots-summit-istanbul]',
        ...lines.slice(last + 1, section + 1),
      ].join('\n'),
    );
    expect(check(dir).code).toBe(0);
    const chair = JSON.parse(turnus([...TODAY, '--data', dir, 'who', 'chair', '--json']).stdout);
    expect(chair).toMatchObject({ holder: { party: 'TR', partyName: 'Türkiye' }, start: '2026-11-20', basis: 'recorded', sources: ['report-az-13th-ots-summit-istanbul'] });
  });

  it('records that the planned 13th summit was held, updating it in place', () => {
    const { dir, file } = otsCopy();
    const run = turnus([...TODAY, '--data', dir, 'record', 'summit', '--id', 'ots-13-2026', '--date', '2026-11-20', '--city', 'Istanbul', '--mode', 'in-person', '--note', 'Held in Istanbul.', '--source', SOURCE]);
    expect(run.code).toBe(0);
    const summit = JSON.parse(turnus([...TODAY, '--data', dir, 'summit', '13', '--json']).stdout);
    expect(summit).toMatchObject({ id: 'ots-13-2026', status: 'held', date: '2026-11-20', city: 'Istanbul', mode: 'in-person', host: 'TR' });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("    mode: in-person\n    status: held\n    name: 13th OTS Summit\n    host: TR\n    city: Istanbul\n    date: '2026-11-20'\n");
    // The note goes after the summit's notes, the new source after its sources (a list too long for one line is written one item a line).
    expect(text).toMatch(/ {6}- Held in Istanbul\.\n {4}sources:(?: \[[^\]\n]*, report-az-13th-ots-summit-istanbul\]\n|\n(?: {6}- [a-z0-9-]+\n)+? {6}- report-az-13th-ots-summit-istanbul\n)/);
  });

  it('adds a new summit in date order', () => {
    const { dir, file } = otsCopy();
    const run = turnus([...TODAY, '--data', dir, 'record', 'summit', '--kind', 'extraordinary', '--host', 'KZ', '--city', 'Astana', '--date', '2026-09-01', '--source', SOURCE, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'extraordinary-astana-2026', list: 'summits', entry: { kind: 'extraordinary', status: 'held', host: 'KZ', date: '2026-09-01' } });
    const text = readFileSync(file, 'utf8');
    expect(text.indexOf('id: informal-turkistan-2026')).toBeLessThan(text.indexOf('id: extraordinary-astana-2026'));
    expect(text.indexOf('id: extraordinary-astana-2026')).toBeLessThan(text.indexOf('id: ots-13-2026'));
  });

  it('appoints a Secretary-General new to the record, adding the person', () => {
    const { dir } = otsCopy();
    const run = turnus([...TODAY, '--data', dir, 'record', 'appoint', '--person-name', 'Ayşe Yılmaz', '--nationality', 'TR', '--date', '2026-11-20', '--source', SOURCE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Recorded appoint-secretary-general-ayse-yilmaz-2026');
    expect(run.stdout).toContain('added person ayse-yilmaz (Ayşe Yılmaz)');
    const sg = JSON.parse(turnus([...TODAY, '--data', dir, 'who', 'sg', '--json']).stdout);
    expect(sg).toMatchObject({ holder: { person: 'ayse-yilmaz', personName: 'Ayşe Yılmaz', party: 'TR' }, start: '2026-11-20', termEnd: '2029-11-20' });
  });

  it('extends and ends the term of whoever holds the office that day', () => {
    const { dir, file } = otsCopy();
    const extended = turnus([...TODAY, '--data', dir, 'record', 'extend', '--until', '2027-06-30', '--date', '2026-11-20', '--source', SOURCE]);
    expect(extended.code).toBe(0);
    expect(extended.stdout).toContain('The term of Kubanychbek Omuraliev as Secretary-General is extended until 2027-06-30.');
    const ended = turnus([...TODAY, '--data', dir, 'record', 'end-term', '--cause', 'expired', '--date', '2027-06-30', '--source', SOURCE]);
    expect(ended.code).toBe(0);
    expect(ended.stdout).toContain('The term of Kubanychbek Omuraliev as Secretary-General ends (expired).');
    // Both name the holder that day, found by the CLI.
    const text = readFileSync(file, 'utf8');
    for (const id of ['extend-secretary-general-kubanychbek-omuraliev-2026', 'end-term-secretary-general-kubanychbek-omuraliev-2027']) {
      expect(text).toMatch(new RegExp(`- id: ${id}\\n {4}type: [a-z-]+\\n {4}office: secretary-general\\n {4}person: kubanychbek-omuraliev\\n`));
    }
    expect(check(dir).code).toBe(0);
  });

  it('admits a party new to the record, grants observer status, suspends, renames and adopts', () => {
    const { dir } = otsCopy();
    const steps: string[][] = [
      ['observer', '--party', 'MN', '--party-name', 'Mongolia', '--date', '2026-11-20'],
      ['admit', '--party', 'TM', '--date', '2026-11-20', '--summit', '13'],
      ['suspend', '--party', 'KG', '--date', '2026-11-21'],
      ['rename', '--party', 'KG', '--name', 'Kyrgyz Republic', '--date', '2026-11-22'],
      ['adopt', '--title', 'Istanbul Declaration (2026)', '--document', 'declaration', '--date', '2026-11-20', '--summit', '13'],
      ['withdraw', '--party', 'HU', '--date', '2026-11-23'],
    ];
    for (const step of steps) {
      const run = turnus([...TODAY, '--data', dir, 'record', ...step, '--source', SOURCE]);
      expect(run.stderr, step.join(' ')).toBe('');
      expect(run.code).toBe(0);
    }
    const state = JSON.parse(turnus([...TODAY, '--data', dir, 'state', '--json']).stdout);
    expect(state.members.map((m: { party: string }) => m.party)).toContain('TM');
    expect(state.observers.map((m: { party: string; name: string }) => `${m.party} ${m.name}`)).toContain('MN Mongolia');
    expect(state.observers.map((m: { party: string }) => m.party)).not.toContain('HU');
    expect(state.suspended).toEqual([{ party: 'KG', name: 'Kyrgyz Republic', since: '2026-11-21' }]);
    expect(JSON.parse(turnus([...TODAY, '--data', dir, 'summit', '13', '--json']).stdout).decisions.map((d: { id: string }) => d.id)).toEqual(['admit-tm-2026', 'adopt-istanbul-declaration-2026']);
    expect(check(dir).code).toBe(0);
  });

  it('refuses a decision that would make the record invalid, leaving the file byte for byte', () => {
    const { dir, file } = otsCopy();
    const hash = sha(file);
    const run = turnus([...TODAY, '--data', dir, 'record', 'handover', '--from', 'KZ', '--to', 'TR', '--date', '2026-11-25', '--source', SOURCE]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: turnus: E_RECORD_REFUSED the decision would make the record invalid \\(1 error\\); .+ is unchanged$`));
    expect(run.stderr).toMatch(/error HANDOVER_MISMATCH handover "handover-chair-2026-tr" is from KZ, but AZ held chair until 2026-11-25/);
    expect(run.stderr).not.toMatch(STACK);
    expect(sha(file)).toBe(hash);
    expect(readdirSync(dir)).toEqual(['record.yaml']);
  });

  it('prints the change as a diff with --dry-run and writes nothing', () => {
    const { dir, file } = otsCopy();
    const hash = sha(file);
    const run = turnus([...TODAY, '--data', dir, 'record', 'handover', '--to', 'TR', '--date', '2026-11-20', '--source', SOURCE, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`--- ${file}\tnow\n+++ ${file}\tafter turnus record\n`);
    expect(run.stdout).toContain('+  - id: handover-chair-2026-tr\n');
    expect(run.stdout).toContain(`Dry run: ${file} is unchanged.`);
    expect(sha(file)).toBe(hash);
  });

  it('needs a source, a date and a file to write to (usage errors, exit code 2)', () => {
    const { dir } = otsCopy();
    expect(turnus([...TODAY, '--data', dir, 'record', 'handover', '--to', 'TR', '--date', '2026-11-20']).stderr).toMatch(/^turnus: E_USAGE record handover needs --source URL\n/);
    expect(turnus([...TODAY, '--data', dir, 'record', 'handover', '--to', 'TR', '--source', SOURCE]).code).toBe(2);
    const embedded = turnus([...TODAY, 'record', 'handover', '--to', 'TR', '--date', '2026-11-20', '--source', SOURCE]);
    expect(embedded.code).toBe(2);
    expect(embedded.stderr).toMatch(/^turnus: E_USAGE record writes to a record file, and none was given\n/);
    expect(turnus([...TODAY, '--data', dir, 'record', 'handover', '--to', 'AZ', '--date', '2026-11-20', '--source', SOURCE]).stderr).toMatch(/^turnus: E_INVALID_OPTION AZ already holds the chair on 2026-11-20/);
  });

  it('queues 20 concurrent writers: all 20 decisions are recorded and the file is valid', async () => {
    const { dir, file } = otsCopy();
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        turnusAsync([...TODAY, '--data', dir, 'record', 'other', '--title', `Concurrent decision ${i + 1}`, '--date', `2026-11-${String(i + 1).padStart(2, '0')}`, '--source', `https://example.org/news/${i + 1}`]),
      ),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const text = readFileSync(file, 'utf8');
    for (let i = 1; i <= 20; i++) expect(text).toContain(`  - id: concurrent-decision-${i}-2026\n    type: other\n    title: Concurrent decision ${i}\n`);
    expect(check(dir).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['record.yaml']);
  });
});

describe('turnus record killed in the middle of a write', () => {
  const hooked = inject('hookedBin');

  /** Starts a writer that stops at `moment` (test build only), and kills it with SIGKILL there. */
  function killAt(moment: string, dir: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [hooked, ...TODAY, '--data', dir, 'record', 'handover', '--to', 'TR', '--date', '2026-11-20', '--source', SOURCE], {
        env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TURNUS_TEST_PAUSE: moment },
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        const paused = /TURNUS_TEST_PAUSED \S+ (.+)\n/.exec(stderr);
        if (paused) child.kill('SIGKILL');
      });
      child.on('close', (code, signal) => (signal === 'SIGKILL' ? resolve(/TURNUS_TEST_PAUSED \S+ (.+)\n/.exec(stderr)![1]!) : reject(new Error(`the writer was not killed (code ${code}): ${stderr}`))));
    });
  }

  it('leaves the old file whole when killed half-way through writing the new one', async () => {
    const { dir, file } = otsCopy();
    const hash = sha(file);
    const temporary = await killAt('mid-write', dir);
    // The kill landed mid-write: a partial temporary file, the record untouched, the lock left behind.
    expect(existsSync(temporary)).toBe(true);
    expect(readFileSync(temporary).length).toBeLessThan(readFileSync(file).length);
    expect(sha(file)).toBe(hash);
    expect(existsSync(`${file}.lock`)).toBe(true);
    expect(check(dir).code).toBe(0);
    // The next writer takes over the stale lock, clears the leftover and records its decision.
    const next = await turnusAsync([...TODAY, '--data', dir, 'record', 'handover', '--to', 'TR', '--date', '2026-11-20', '--source', SOURCE]);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['record.yaml']);
    expect(JSON.parse(turnus([...TODAY, '--data', dir, 'who', 'chair', '--json']).stdout).holder.party).toBe('TR');
  });

  it('leaves the whole new file when killed after the rename', async () => {
    const { dir, file } = otsCopy();
    const before = readFileSync(file, 'utf8');
    await killAt('after-rename', dir);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    expect(onlyAdded(before, after)).toBe(true);
    expect(after).toContain('  - id: handover-chair-2026-tr\n');
    expect(check(dir).code).toBe(0);
  });

  it('would notice a half-written record: one cut half-way does not validate', () => {
    // What makes the test above meaningful: had the kill left a half-written record in place, check would fail.
    const { dir, file } = otsCopy();
    const text = readFileSync(file, 'utf8');
    const cut = join(dir, 'cut.yaml');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    expect(turnus([...TODAY, 'check', cut]).code).toBe(1);
  });
});
