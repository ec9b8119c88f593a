import { history, holderOn, organizationName, partyDisplayName, project, stateOn, type Holding } from '@turnus/core';
import { audit } from '@turnus/core/audit';
import { validate } from '@turnus/core/validate';
import { describe, expect, it } from 'vitest';
import { ots, records } from './index';

function held(h: Holding) {
  if (h.status !== 'held') throw new Error(`expected a holder, got ${h.status}`);
  return h.tenure;
}

describe('the OTS record: the seed article\'s facts, through the public API', () => {
  it('has Kubanychbek Omuraliyev (Kyrgyzstan) as Secretary-General on 1 December 2022, appointed at the 9th summit for three years', () => {
    const t = held(holderOn(ots, 'secretary-general', '2022-12-01'));
    expect(t.holder).toEqual({ person: 'kubanychbek-omuraliev', party: 'KG' });
    const appointment = ots.decisions.find((d) => d.id === t.decisions[0]);
    expect(appointment).toMatchObject({ type: 'appoint', date: '2022-11-11', summit: 'ots-9-samarkand-2022' });
    // Three years from 2022-11-11, extended at Budapest on 21 May 2025 for a length no source gives.
    expect(t.termEnd).toBeUndefined();
    expect(t.termEndUnknown).toBe(true);
    expect(held(holderOn(ots, 'secretary-general', '2026-11-29')).holder.person).toBe('kubanychbek-omuraliev');
    const person = ots.people.find((p) => p.id === 'kubanychbek-omuraliev')!;
    expect(person.transliterations).toContain('Kubanychbek Omuraliyev');
  });

  it('lists his predecessors Akıncı (Türkiye), Hasan (Azerbaijan) and Amreyev (Kazakhstan), in that order', () => {
    const sg = history(ots, 'secretary-general');
    expect(sg.map((t) => [t.holder.person, t.holder.party])).toEqual([
      ['halil-akinci', 'TR'],
      ['ramil-hasanov', 'AZ'],
      ['baghdad-amreyev', 'KZ'],
      ['kubanychbek-omuraliev', 'KG'],
    ]);
  });

  it('records the one-year extension of Amreyev\'s three-year term in 2021', () => {
    const amreyev = history(ots, 'secretary-general').find((t) => t.holder.person === 'baghdad-amreyev')!;
    expect(amreyev.start).toBe('2018-09-03');
    expect(amreyev.termEnd).toBe('2022-09-03');
    expect(amreyev.decisions.map((id) => ots.decisions.find((d) => d.id === id)?.type)).toContain('extend');
  });

  it('passes the chair from Azerbaijan to Türkiye at the 8th summit (Istanbul, 12 November 2021)', () => {
    expect(held(holderOn(ots, 'chair', '2021-11-11')).holder.party).toBe('AZ');
    const t = held(holderOn(ots, 'chair', '2021-11-12'));
    expect(t.holder.party).toBe('TR');
    const handover = ots.decisions.find((d) => d.id === t.decisions[0]);
    expect(handover).toMatchObject({ type: 'handover', from: 'AZ', to: 'TR', summit: 'ots-8-istanbul-2021' });
    const summit = ots.summits.find((s) => s.id === 'ots-8-istanbul-2021')!;
    expect(summit).toMatchObject({ ordinal: 8, kind: 'ordinary', host: 'TR', city: 'Istanbul', date: '2021-11-12' });
  });

  it('renames the organization on 12 November 2021', () => {
    expect(organizationName(ots, '2021-11-11').official).toBe('Cooperation Council of Turkic Speaking States');
    expect(organizationName(ots, '2021-11-12').official ?? organizationName(ots, '2021-11-12').name).toBe('Organization of Turkic States');
  });

  it('makes Turkmenistan an observer at the 8th summit', () => {
    expect(stateOn(ots, '2021-11-11').observers.map((o) => o.party)).not.toContain('TM');
    expect(stateOn(ots, '2021-11-12').observers.map((o) => o.party)).toContain('TM');
    expect(stateOn(ots, '2021-11-12').members.map((o) => o.party)).not.toContain('TM');
  });

  it('opens the 9th summit in Samarkand on 11 November 2022', () => {
    expect(ots.summits.find((s) => s.id === 'ots-9-samarkand-2022')).toMatchObject({ ordinal: 9, city: 'Samarkand', host: 'UZ', date: '2022-11-11', status: 'held' });
  });

  it('was founded at the Nakhchivan summit in 2009', () => {
    expect(ots.organization.founded).toMatchObject({ date: '2009-10-03', place: 'Nakhchivan' });
    const founding = ots.summits.find((s) => s.id === ots.organization.founded.summit)!;
    expect(founding).toMatchObject({ city: 'Nakhchivan', date: '2009-10-02' });
    expect(stateOn(ots, '2009-10-03').members.map((m) => m.party).sort()).toEqual(['AZ', 'KG', 'KZ', 'TR']);
  });
});

describe('the OTS record: other sourced facts', () => {
  it('renames Turkey to Türkiye on 1 June 2022', () => {
    expect(partyDisplayName(ots, 'TR', '2022-05-31')).toBe('Turkey');
    expect(partyDisplayName(ots, 'TR', '2022-06-01')).toBe('Türkiye');
  });
  it('makes Uzbekistan a member on 14 October 2019, when the Nakhchivan Agreement entered into force for it', () => {
    expect(stateOn(ots, '2019-10-13').members.map((m) => m.party)).not.toContain('UZ');
    expect(stateOn(ots, '2019-10-14').members.find((m) => m.party === 'UZ')).toMatchObject({ since: '2019-10-14' });
    const admit = ots.decisions.find((d) => d.id === 'admit-uz')!;
    expect(admit).toMatchObject({ type: 'admit', party: 'UZ', effective: '2019-10-14' });
    expect(admit.sources).toContain('alaturka-aa-2019-09-14');
    expect(ots.disputes?.some((d) => d.id === 'uzbekistan-membership-date')).toBe(true);
  });
  it('does not know the day Hasanov succeeded Akıncı in 2014, and says so', () => {
    expect(holderOn(ots, 'secretary-general', '2014-06-01').status).toBe('uncertain');
    expect(held(holderOn(ots, 'secretary-general', '2014-12-29')).holder.person).toBe('ramil-hasanov');
    expect(ots.gaps?.some((g) => g.office === 'secretary-general' && g.from?.startsWith('2014'))).toBe(true);
  });
  it('holds thirteen chairmanship periods, each starting at an ordinary summit hosted by the new chair', () => {
    const chairs = history(ots, 'chair');
    expect(chairs.map((t) => t.holder.party)).toEqual(['TR', 'KZ', 'KG', 'AZ', 'TR', 'KZ', 'KG', 'AZ', 'TR', 'UZ', 'KZ', 'KG', 'AZ']);
    const practice = audit(ots, 'chair').filter((e) => e.role === 'practice');
    expect(practice.flatMap((e) => e.departures)).toEqual([]);
  });
  it('shows where practice departs from the stated rule (English alphabetical order)', () => {
    const stated = audit(ots, 'chair').filter((e) => e.role === 'stated' && e.departures.some((d) => d.kind === 'holder'));
    expect(stated.map((e) => `${e.tenure.start} ${e.tenure.holder.party} (order: ${e.expected})`)).toEqual([
      '2011-10-21 KZ (order: AZ)',
      '2013-08-16 AZ (order: TR)',
      '2014-06-05 TR (order: KZ)',
      '2015-09-11 KZ (order: AZ)',
      '2019-10-15 AZ (order: TR)',
      '2021-11-12 TR (order: KZ)',
      '2023-11-03 KZ (order: AZ)',
      '2025-10-07 AZ (order: TR)',
    ]);
  });
  it('projects the next chairs by the practice: Türkiye, Uzbekistan, Kazakhstan', () => {
    const next = project(ots, 'chair', { today: '2026-11-29', count: 3 });
    expect(next.map((t) => t.holder.party)).toEqual(['TR', 'UZ', 'KZ']);
    expect(next.every((t) => t.basis === 'projected' && t.rule === 'chair-practice')).toBe(true);
  });
  it('records the extension of Omuraliev\'s term decided at the informal summit in Budapest on 21 May 2025, with its sources and an unknown end', () => {
    const ext = ots.decisions.find((d) => d.id === 'extend-sg-omuraliev-2025')!;
    expect(ext).toMatchObject({ date: '2025-05-21', summit: 'informal-budapest-2025' });
    expect(ext.sources).toEqual(expect.arrayContaining(['kabar-2025-05-21', 'zakon-kz-2025-05-21']));
    const budapest = ots.summits.find((s) => s.id === 'informal-budapest-2025')!;
    expect(budapest).toMatchObject({ kind: 'informal', host: 'HU', city: 'Budapest', date: '2025-05-21' });
    expect(ots.gaps?.find((g) => g.id === 'sg-extension-length')).toMatchObject({ office: 'secretary-general', person: 'kubanychbek-omuraliev' });
    expect(ots.decisions.some((d) => d.id === 'adopt-afghanistan-statement-2025' && d.summit === 'informal-budapest-2025')).toBe(true);
  });
  it('grades the Secretary-General nationality rotation and the calendar anchor of the stated chair rule as inferred', () => {
    const sg = ots.offices.find((o) => o.id === 'secretary-general')!;
    expect(sg.rules.find((r) => r.id === 'sg-practice')).toMatchObject({ grade: 'inferred' });
    expect(sg.rules.find((r) => r.id === 'sg-term')?.grade).toBeUndefined();
    const chair = ots.offices.find((o) => o.id === 'chair')!;
    expect(chair.rules.find((r) => r.id === 'chair-stated')).toMatchObject({ grade: 'inferred' });
    expect(ots.decisions.find((d) => d.id === 'handover-chair-2014-tr')).toMatchObject({ grade: 'inferred' });
    expect(ots.decisions.find((d) => d.id === 'handover-chair-2015-kz')?.grade).toBeUndefined();
  });
  it('records Nazarbayev as Honorary Chairman from the announcement of 24 May 2019, the Baku ceremony in a dispute', () => {
    expect(ots.decisions.find((d) => d.id === 'appoint-honorary-chairman-nazarbayev')).toMatchObject({ date: '2019-05-24' });
    expect(held(holderOn(ots, 'honorary-chairman', '2019-06-01')).holder.person).toBe('nursultan-nazarbayev');
    expect(ots.disputes?.find((d) => d.id === 'honorary-chairman-date')?.claims.map((c) => c.value.slice(0, 10))).toContain('2019-10-15');
  });
  it('lists the ECO as an observer from the Astana summit, the Astana Act and Declaration as two documents', () => {
    expect(stateOn(ots, '2023-11-03').observers.map((o) => o.party)).toContain('eco');
    expect(ots.decisions.find((d) => d.id === 'observer-eco')?.sources).toContain('inform-12-documents-2023');
    expect(ots.decisions.filter((d) => d.id === 'adopt-astana-act-2023' || d.id === 'adopt-declaration-10th-summit-2023')).toHaveLength(2);
  });
  it('records the TRNC\'s observer status as disputed', () => {
    const dispute = ots.disputes?.find((d) => d.id === 'trnc-observer-status')!;
    expect(dispute.concerns).toContain('observer-trnc');
    expect(dispute.claims.flatMap((c) => c.sources)).toEqual(expect.arrayContaining(['tashkenttimes-9983', 'mfa-cy-2022-11-11']));
  });
  it('records the 2025–2026 meetings: heads of government in Bishkek, CFMs in Gabala and Istanbul', () => {
    const byId = (id: string) => ots.summits.find((s) => s.id === id);
    expect(byId('hog-bishkek-2025')).toMatchObject({ body: 'heads-of-government', date: '2025-09-18', city: 'Bishkek' });
    expect(byId('cfm-gabala-2025')).toMatchObject({ body: 'council-of-foreign-ministers', date: '2025-10-07' });
    expect(byId('cfm-informal-istanbul-2026')).toMatchObject({ body: 'council-of-foreign-ministers', kind: 'informal', date: '2026-03-07', host: 'TR' });
    expect(byId('ots-13-2026')).toMatchObject({ status: 'planned', host: 'TR' });
  });
  it('keeps Azerbaijan as chair into 2026; the 13th summit in Türkiye is only planned (no later handover is in the stored pages)', () => {
    expect(held(holderOn(ots, 'chair', '2025-12-31')).holder.party).toBe('AZ');
    expect(ots.gaps?.some((g) => g.id === 'next-ordinary-summit-2026')).toBe(true);
  });
  it('records the Secretary-General\'s Kyrgyz and Azerbaijani name forms with the pages that write them', () => {
    const omuraliev = ots.people.find((p) => p.id === 'kubanychbek-omuraliev')!;
    expect(omuraliev.names).toMatchObject({ ky: 'Кубанычбек Өмүралиев', az: 'Kubanıçbek Ömüraliyev' });
    const forms = omuraliev.career!.find((c) => c.text.startsWith('Name forms'))!;
    expect(forms.sources).toEqual(expect.arrayContaining(['novosti-kg-2024-03-01', 'report-az-2026-03-05', 'metbuat-az-2022-12-15']));
    expect(ots.sources.find((s) => s.id === 'novosti-kg-2024-03-01')!.quote).toContain('Кубанычбек Өмүралиев');
  });
  it('keeps Omuraliev in office to the latest page that shows him (7 March 2026), his first three-year term having run to 14 November 2025', () => {
    expect(held(holderOn(ots, 'secretary-general', '2025-11-14')).holder.person).toBe('kubanychbek-omuraliev');
    expect(held(holderOn(ots, 'secretary-general', '2026-03-07')).holder.person).toBe('kubanychbek-omuraliev');
    const gap = ots.gaps!.find((g) => g.id === 'sg-extension-length')!;
    expect(gap.sources).toEqual(expect.arrayContaining(['anews-tr-2026-03-07', 'ahaber-2026-03-07']));
    expect(ots.gaps!.find((g) => g.id === 'pages-end-2026-03')).toMatchObject({ from: '2026-03-10', to: '2026-12-08' });
  });
  it('records as a dispute the page saying the chair passed to Türkiye at Gabala, Azerbaijan adopted', () => {
    const dispute = ots.disputes!.find((d) => d.id === 'chair-after-gabala-2025')!;
    expect(dispute.adopted).toBe('Azerbaijan');
    expect(dispute.claims.map((c) => c.sources)).toEqual(expect.arrayContaining([['turkiyegazetesi-2025-10-08']]));
    expect(held(holderOn(ots, 'chair', '2025-10-07')).holder.party).toBe('AZ');
  });
  it('has a representation office in Budapest and the Council of Elders chair Binali Yıldırım', () => {
    expect(ots.organization.headquarters?.find((h) => h.kind === 'representation')).toMatchObject({ city: 'Budapest', party: 'HU', from: '2019-09-19' });
    expect(held(holderOn(ots, 'council-of-elders-chair', '2023-02-14')).holder.person).toBe('binali-yildirim');
  });
  it('finds people by their transliterations', () => {
    const omuraliev = ots.people.find((p) => p.id === 'kubanychbek-omuraliev')!;
    expect(omuraliev.transliterations).toEqual(expect.arrayContaining(['Omuraliyev', 'Ömüraliyev', 'Өмүралиев']));
    expect(omuraliev.names).toMatchObject({ tr: 'Kubanıçbek Ömüraliyev', ru: 'Кубанычбек Омуралиев' });
    expect(ots.people.find((p) => p.id === 'ramil-hasanov')!.transliterations).toEqual(expect.arrayContaining(['Ramil Hasan', 'Həsən']));
  });
  // Issue 10, item 6: each spelling the sources use finds its person the way the CLI's `--person`
  // does (apps/cli/src/args/resolve.ts: any name or transliteration, without case or accents).
  it.each([
    ['kubanychbek-omuraliev', ['Omuraliev', 'Ömüraliyev', 'Өмүралиев', 'Omuraliyev', 'Кубанычбек Омуралиев', 'Кубанычбек Өмүралиев', 'Kubanıçbek Ömüralıyev']],
    ['baghdad-amreyev', ['Amreyev', 'Amreev', 'Bagdat Amreyev', 'Багдад Амреев', 'Бағдат Әміреев']],
    ['halil-akinci', ['Akıncı', 'Akinci', 'Halil Akinci', 'Халил Акынджы']],
    ['ramil-hasanov', ['Hasanov', 'Hasan', 'Həsən', 'Рамиль Гасан']],
  ])('finds %s by every spelling the sources give', (id, spellings) => {
    const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
    for (const spelling of spellings) {
      const found = ots.people.filter((p) => [...Object.values(p.names), ...(p.transliterations ?? [])].some((n) => fold(n) === fold(spelling)));
      expect(found.map((p) => p.id), spelling).toEqual([id]);
    }
  });
  it('cites deep links for at least 95% of its sources, each touched source with a quote', () => {
    const deep = ots.sources.filter((s) => new URL(s.url).pathname.replace(/\/+$/, '') !== '' || new URL(s.url).search !== '');
    expect(deep.length / ots.sources.length).toBeGreaterThanOrEqual(0.95);
  });
  it('maps ids to records', () => {
    expect(records.ots).toBe(ots);
  });
});

describe('the OTS record validates', () => {
  it('with no errors', () => {
    const errors = validate(ots, { today: '2026-11-29' }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });
  it('with exactly the warnings explained in packages/data/README.md', () => {
    const warnings = validate(ots, { today: '2026-11-29' }).filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => `${d.code} ${d.message}`)).toMatchSnapshot();
  });
});
