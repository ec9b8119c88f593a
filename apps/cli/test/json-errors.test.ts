import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otsCopy, tempFolder, turnus } from './helpers';

/** With --json, an error is one JSON object on stderr: {"error":{code,message,hint,file,line,column}}. */
const TODAY = ['--today', '2026-11-28'];

function jsonError(stderr: string) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  return (JSON.parse(stderr) as { error: Record<string, unknown> }).error;
}

describe('errors with --json', () => {
  it('gives a usage error as JSON, with no file', () => {
    const run = turnus([...TODAY, '--json', 'who', 'chair', '--bogus']);
    expect(run.code).toBe(2);
    expect(jsonError(run.stderr)).toEqual({ code: 'E_USAGE', message: "unknown option '--bogus'", hint: 'run turnus --help for usage', file: null, line: null, column: null });
  });

  it('gives an unknown office as JSON', () => {
    const run = turnus([...TODAY, '--json', 'who', 'nobody']);
    expect(run.code).toBe(2);
    expect(jsonError(run.stderr)).toMatchObject({ code: 'E_UNKNOWN_OFFICE', hint: expect.stringContaining('chair'), file: null, line: null, column: null });
  });

  it('gives a data error with its file, line and column', () => {
    const file = join(tempFolder(), 'bad.yaml');
    writeFileSync(file, 'formatVersion: 1\nasOf: [\n');
    const run = turnus([...TODAY, '--json', '--data', file, 'who', 'chair']);
    expect(run.code).toBe(1);
    const error = jsonError(run.stderr);
    expect(error).toMatchObject({ code: 'E_DATA_INVALID', file, line: expect.any(Number), column: expect.any(Number) });
    expect(String(error.message)).toMatch(/^YAML_SYNTAX /);
  });

  it('gives a refused decision as JSON, with the diagnostics as details', () => {
    const { dir } = otsCopy();
    const run = turnus([...TODAY, '--json', '--data', dir, 'record', 'handover', '--to', 'TR', '--date', '1990-01-01', '--source', 'https://example.org/x']);
    expect(run.code).toBe(1);
    const error = jsonError(run.stderr);
    expect(error.code).toMatch(/^E_(RECORD_REFUSED|INVALID_OPTION|DATA_INVALID)$/);
    expect(error.hint).toEqual(expect.any(String));
  });

  it('keeps plain text without --json', () => {
    const run = turnus([...TODAY, 'who', 'nobody']);
    expect(run.stderr).toMatch(/^turnus: E_UNKNOWN_OFFICE /);
  });
});
