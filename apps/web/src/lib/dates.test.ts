import { describe, expect, it } from 'vitest';
import { dateFromQuery, formatAtPrecision, formatDate, formatSpan, localToday } from './dates';

describe('formatDate', () => {
  it('writes a full date as day, month name and year', () => {
    expect(formatDate('2021-11-12')).toBe('12 November 2021');
  });
  it('keeps the precision of partial dates', () => {
    expect(formatDate('2026-05')).toBe('May 2026');
    expect(formatDate('2014')).toBe('2014');
  });
});

describe('formatAtPrecision', () => {
  it('shows a start known only to the year as the year', () => {
    expect(formatAtPrecision('2026-01-01', 'year')).toBe('2026');
    expect(formatAtPrecision('2026-05-01', 'month')).toBe('May 2026');
    expect(formatAtPrecision('2026-05-01', 'day')).toBe('1 May 2026');
  });
});

describe('formatSpan', () => {
  it('reads an open end as present', () => {
    expect(formatSpan('2025-10-07', null)).toBe('7 October 2025 – present');
  });
});

describe('localToday', () => {
  it('reads the local calendar fields, whatever the time of day', () => {
    expect(localToday(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
    expect(localToday(new Date(2024, 2, 1, 0, 0))).toBe('2024-03-01');
  });
});

describe('dateFromQuery', () => {
  it('accepts only real calendar dates', () => {
    expect(dateFromQuery('?on=2021-11-12')).toBe('2021-11-12');
    expect(dateFromQuery('?on=2023-02-30')).toBeUndefined();
    expect(dateFromQuery('?on=<script>')).toBeUndefined();
    expect(dateFromQuery('')).toBeUndefined();
  });
});
