import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { OTS_YAML, otsCopy, STACK, tempFolder, turnus } from './helpers';

/** Records kept as their owners wrote them: links, line endings, final newline, mode, JSON. */
const TODAY = ['--today', '2026-11-28'];
const SOURCE = 'https://example.org/news/13th-summit';
const HANDOVER = ['record', 'handover', '--to', 'TR', '--date', '2026-11-20', '--source', SOURCE];

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

describe('turnus record keeps the file as its owner wrote it', () => {
  it('writes through a symbolic link to its target, and the link stays a link', () => {
    const { dir, file } = otsCopy();
    const link = join(tempFolder(), 'record.yaml');
    symlinkSync(file, link);
    const run = turnus([...TODAY, '--data', link, ...HANDOVER]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('id: handover-chair-2026-tr');
    expect(readdirSync(dir)).toEqual(['record.yaml']);
  });

  it('keeps CR LF line endings everywhere, the new lines included', () => {
    const { dir, file } = otsCopy();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const run = turnus([...TODAY, '--data', dir, ...HANDOVER]);
    expect(run.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('id: handover-chair-2026-tr\r\n');
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(turnus([...TODAY, '--data', dir, 'check', '--level', 'error']).code).toBe(0);
  });

  it('reads and keeps old Mac line endings (a CR alone)', () => {
    const { dir, file } = otsCopy();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r'));
    expect(JSON.parse(turnus([...TODAY, '--data', dir, 'who', 'chair', '--on', '2021-11-12', '--json']).stdout).holder.party).toBe('TR');
    const run = turnus([...TODAY, '--data', dir, ...HANDOVER]);
    expect(run.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('id: handover-chair-2026-tr\r');
    expect(after).not.toContain('\n');
  });

  it('keeps a file without a final line break without one', () => {
    const { dir, file } = otsCopy();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n+$/, ''));
    expect(turnus([...TODAY, '--data', dir, ...HANDOVER]).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('id: handover-chair-2026-tr');
    expect(after.endsWith('\n')).toBe(false);
  });

  it('keeps a UTF-8 byte-order mark, and the rest of the bytes, in YAML and in JSON', () => {
    const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
    const { dir, file } = otsCopy();
    const yaml = readFileSync(file);
    writeFileSync(file, Buffer.concat([BOM, yaml]));
    const run = turnus([...TODAY, '--data', dir, ...HANDOVER]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = readFileSync(file);
    expect(after.subarray(0, 3)).toEqual(BOM);
    expect(after.subarray(3, 3 + 200)).toEqual(yaml.subarray(0, 200));
    expect(after.toString('utf8')).toContain('id: handover-chair-2026-tr');
    expect(after.indexOf(BOM, 1)).toBe(-1);
    // The dry run's diff does not show the mark as a change of the first line.
    writeFileSync(file, Buffer.concat([BOM, yaml]));
    const dry = turnus([...TODAY, '--data', dir, ...HANDOVER, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+  - id: handover-chair-2026-tr');
    expect(dry.stdout).not.toMatch(/^[-+]\uFEFF/m);

    const json = join(tempFolder(), 'record.json');
    writeFileSync(json, Buffer.concat([BOM, Buffer.from(`${JSON.stringify(parse(yaml.toString('utf8')), null, 2)}\n`)]));
    expect(turnus([...TODAY, '--data', json, ...HANDOVER]).code).toBe(0);
    const jsonAfter = readFileSync(json);
    expect(jsonAfter.subarray(0, 3)).toEqual(BOM);
    expect(jsonAfter.indexOf(BOM, 1)).toBe(-1);
    expect(JSON.parse(jsonAfter.subarray(3).toString('utf8')).decisions.some((d: { id: string }) => d.id === 'handover-chair-2026-tr')).toBe(true);
  });

  it("keeps the file's mode", () => {
    const { dir, file } = otsCopy();
    chmodSync(file, 0o640);
    expect(turnus([...TODAY, '--data', dir, ...HANDOVER]).code).toBe(0);
    expect(statSync(file).mode & 0o7777).toBe(0o640);
  });

  it('writes a JSON record back as JSON, in its indentation', () => {
    const dir = tempFolder();
    const file = join(dir, 'record.json');
    writeFileSync(file, `${JSON.stringify(parse(readFileSync(OTS_YAML, 'utf8')), null, 2)}\n`);
    const run = turnus([...TODAY, '--data', dir, ...HANDOVER, '--note', 'From the JSON test.']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const record = JSON.parse(text) as { decisions: { id: string; note?: string }[] };
    expect(record.decisions.find((d) => d.id === 'handover-chair-2026-tr')?.note).toBe('From the JSON test.');
    expect(text).toMatch(/^\{\n {2}"/);
    expect(turnus([...TODAY, '--data', dir, 'check', '--level', 'error']).code).toBe(0);
  });
});

describe('turnus record refuses at once what it may not write', () => {
  it('refuses a read-only file with E_READ_ONLY, leaving it as it was', () => {
    const { dir, file } = otsCopy();
    const before = readFileSync(file, 'utf8');
    chmodSync(file, 0o444);
    const run = turnus([...TODAY, '--data', dir, ...HANDOVER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^turnus: E_READ_ONLY .+record\.yaml is read-only\n {2}hint: .*chmod u\+w/);
    expect(run.stderr).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('refuses a file in a read-only folder with E_PERMISSION', () => {
    const { dir, file } = otsCopy();
    chmodSync(dir, 0o555);
    restore.push(() => chmodSync(dir, 0o755));
    const run = turnus([...TODAY, '--data', dir, ...HANDOVER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^turnus: E_PERMISSION cannot write .+: its folder .+ is read-only/);
    expect(run.stderr).toMatch(/hint: Check the permissions of the folder/);
    expect(readdirSync(dir)).toEqual(['record.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(OTS_YAML, 'utf8'));
  });

  it('fails at once, with E_LOCKED, when something other than a lock is where the lock goes', () => {
    const { dir, file } = otsCopy();
    writeFileSync(`${file}.lock`, 'not a lock');
    const run = turnus([...TODAY, '--data', dir, ...HANDOVER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^turnus: E_LOCKED .+record\.yaml\.lock is in the way of the lock: it is not a lock folder\n {2}hint: .*rm /);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe('not a lock');
  });

});

describe('turnus record on a hostile file', () => {
  it('refuses text nested thousands deep at its line, without a stack overflow, leaving it as it was', () => {
    const file = join(tempFolder(), 'deep.yaml');
    const content = `formatVersion: 1\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    writeFileSync(file, content);
    const { code, stderr } = turnus([...TODAY, '--data', file, ...HANDOVER]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:67: turnus: E_DATA_INVALID the record already has errors, so nothing was recorded: YAML_TOO_DEEP `));
    expect(stderr).not.toMatch(STACK);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
