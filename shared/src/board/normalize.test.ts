import { describe, expect, it } from 'vitest';
import { nearestNoteColor, normalizeBoardItem } from './normalize.js';

const note = {
  type: 'note',
  x: 0,
  y: 0,
  w: 200,
  h: 200,
  phase: 'explore',
  text: 'Fritidsklubbtilbudet',
  color: 'yellow',
};

describe('EXPORT-4 items are normalized, not dropped', () => {
  it('finds the nearest palette colour for a colour another client wrote', () => {
    expect(nearestNoteColor('#ffe066')).toBe('yellow');
    expect(nearestNoteColor('#FF99CC')).toBe('pink');
    expect(nearestNoteColor('rgb(200, 230, 255)')).toBe('blue');
    expect(nearestNoteColor('teal')).toBe('green');
    expect(nearestNoteColor('not a colour')).toBe('yellow');
  });

  it('keeps a note with a foreign colour, without the fields it does not know', () => {
    const result = normalizeBoardItem({ ...note, color: '#ffe066', votesFromOtherTool: 3 });
    expect(result).toEqual({ ok: true, changed: true, item: { ...note, color: 'yellow' } });
  });

  it('keeps text over the limit whole', () => {
    const long = 'ord '.repeat(700);
    const result = normalizeBoardItem({ ...note, text: long });
    expect(result.ok && result.item.type === 'note' && result.item.text).toBe(long);
  });

  it('says why it cannot read an item, and keeps its text for the appendix', () => {
    expect(normalizeBoardItem({ type: 'survey', text: 'Kafé?' })).toEqual({
      ok: false,
      reason: 'unknownType',
      type: 'survey',
      text: 'Kafé?',
    });
    expect(normalizeBoardItem({ ...note, phase: 'later' })).toMatchObject({ reason: 'badPhase' });
    expect(normalizeBoardItem({ ...note, x: 'left' })).toMatchObject({
      reason: 'badGeometry',
      text: 'Fritidsklubbtilbudet',
    });
    expect(normalizeBoardItem(42)).toMatchObject({ ok: false, reason: 'notAnItem' });
  });
});

describe('KIND-4 and KIND-6 normalizing reads through the migrations', () => {
  const indicator = {
    type: 'indicator',
    x: 0,
    y: 0,
    w: 200,
    h: 200,
    phase: 'produce',
    kind: 'impact',
    text: 'Flere i jobb',
    baseline: '',
    target: '',
    measure: 'NAV-statistikk',
  };

  it('KIND-6 reads a version-1 indicator as version 2, its measure kept as the data source', () => {
    const result = normalizeBoardItem(indicator);
    expect(result).toMatchObject({
      ok: true,
      changed: true,
      item: { v: 2, dataSource: 'NAV-statistikk' },
    });
  });

  it('KIND-4 reports an item of a newer version instead of reading it', () => {
    expect(normalizeBoardItem({ ...note, v: 5 })).toEqual({
      ok: false,
      reason: 'newerVersion',
      type: 'note',
      text: 'Fritidsklubbtilbudet',
    });
  });
});
