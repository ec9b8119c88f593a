import { describe, expect, it } from 'vitest';
import { TODAY, turnus } from './helpers';

const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Sao_Paulo'];
const COMMANDS: string[][] = [
  ['who', 'chair', '--on', '2021-11-12', '--json'],
  ['who', 'secretary-general', '--on', '2014-06-01'],
  ['history', 'secretary-general', '--json'],
  ['next', 'chair', '--count', '6', '--json'],
  ['next', 'secretary-general'],
  ['state', '--on', '2022-06-01', '--json'],
  ['summits', '--json'],
  ['summit', '8'],
  ['timeline'],
  ['audit', 'chair', '--json'],
  ['what-if', 'chair', '--swap', 'TR', 'UZ', '--json'],
  ['export', '--format', 'ics'],
  ['export', '--format', 'csv', '--projected', '3'],
  ['check', '--level', 'info'],
];

describe('time zones', () => {
  it.each(COMMANDS.map((c) => [c.join(' '), c]))('gives the same output for "%s" in UTC, Kiritimati (UTC+14) and São Paulo (UTC−3)', (_name, command) => {
    const outputs = ZONES.map((TZ) => turnus([...TODAY, ...(command as string[])], { TZ }));
    for (const o of outputs) expect(o.code).toBe(0);
    expect(new Set(outputs.map((o) => o.stdout)).size).toBe(1);
  });
});
