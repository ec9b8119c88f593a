import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { records } from '@turnus/data';
import { CurrentStateView } from './CurrentStateView';
import { visibleText } from '../../test/rendered-text';

const text = (org: string, today: string) => visibleText(render(h(CurrentStateView, { record: records[org]!, today })));

describe('CurrentStateView', () => {
  it('shows the UNSC presidency on 29 November 2026 as Latvia, certain by rule, and Liberia next', () => {
    const s = text('unsc', '2026-11-29');
    expect(s).toMatch(/Latvia, certain by rule From 1 November 2026 until 1 December 2026/);
    expect(s).toMatch(/Next handover: Liberia, certain by rule, from 1 December 2026 until 1 January 2027/);
    expect(s).not.toMatch(/Latvia, recorded/);
  });
  it('shows the EU Council presidency on 29 November 2026 as Ireland, certain by rule since 1 July 2026, and Lithuania next', () => {
    const s = text('eu-council', '2026-11-29');
    // Decided in advance and after the record's knowledge horizon: certain by rule, not yet a recorded fact.
    expect(s).toMatch(/Ireland, certain by rule From 1 July 2026 until 1 January 2027/);
    expect(s).toMatch(/Next handover: Lithuania, certain by rule, from 1 January 2027/);
  });
});
