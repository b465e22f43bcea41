import { describe, expect, it } from 'vitest';
import {
  BLOCK_PX,
  FRAME_TITLE_PX,
  READABLE_PX,
  frameTitlePlace,
  headlineOf,
  scaleStep,
  textDetail,
} from './lod';

describe('LOD-1: the level of detail follows the size on screen', () => {
  it('draws the text as laid out where its font is readable', () => {
    expect(textDetail(172, 24)).toBe('full');
    expect(textDetail(80, READABLE_PX)).toBe('full');
  });

  it('draws a headline where the box holds a word but the full text is too small', () => {
    expect(textDetail(60, READABLE_PX - 0.5)).toBe('headline');
    expect(textDetail(BLOCK_PX, 2)).toBe('headline');
  });

  it('draws only a coloured block where the box is a few pixels across', () => {
    expect(textDetail(BLOCK_PX - 0.1, 2)).toBe('block');
    expect(textDetail(3, 30)).toBe('block');
    expect(textDetail(Number.NaN, 12)).toBe('block');
  });

  it('moves a frame title above the frame when its band would show it too small', () => {
    expect(frameTitlePlace(36)).toBe('inside');
    expect(frameTitlePlace(FRAME_TITLE_PX)).toBe('inside');
    expect(frameTitlePlace(FRAME_TITLE_PX - 1)).toBe('above');
  });
});

describe('LOD-2: headlines are laid out once per zoom step, never smaller than asked', () => {
  it('rounds the scale down to steps of a quarter power of two', () => {
    expect(scaleStep(1)).toBe(1);
    expect(scaleStep(0.5)).toBe(0.5);
    for (const scale of [0.07, 0.1, 0.18, 0.26, 0.33, 0.49, 0.9, 1.7]) {
      const step = scaleStep(scale);
      expect(step).toBeLessThanOrEqual(scale);
      expect(step).toBeGreaterThan(scale / 2 ** 0.25 - 1e-12);
    }
  });

  it('gives the same step to nearby scales, so a slow zoom reuses its layouts', () => {
    expect(scaleStep(0.2)).toBe(scaleStep(0.205));
    expect(scaleStep(0)).toBe(1);
    expect(scaleStep(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe("LOD-3: a headline is the text's first words", () => {
  it('keeps a short text whole', () => {
    expect(headlineOf('Flere benker')).toBe('Flere benker');
    expect(headlineOf('  Flere \t benker  ')).toBe('Flere benker');
  });

  it('takes the first words of a long text and says there is more', () => {
    expect(headlineOf('Tiltak for bedre kollektivtransport til skolen og fritidsaktiviteter')).toBe(
      'Tiltak for bedre kollektivtransport…',
    );
  });

  it('stops at the word limit', () => {
    expect(headlineOf('en to tre fire fem seks sju', 3)).toBe('en to tre…');
  });

  it('uses the first paragraph that has words', () => {
    expect(headlineOf('\n\nTrygg skolevei\nMer lys i parken')).toBe('Trygg skolevei…');
  });

  it('keeps a first word longer than the limit (the layout breaks it)', () => {
    const word = 'barnehageplassdekningsgradsundersøkelsen';
    expect(headlineOf(`${word} i kommunen`, 5, 20)).toBe(`${word}…`);
  });

  it('drops punctuation before the ellipsis', () => {
    expect(headlineOf('Hvem, hva, hvor, når, hvorfor, hvordan', 2)).toBe('Hvem, hva…');
  });

  it('is empty for a text without words', () => {
    expect(headlineOf('')).toBe('');
    expect(headlineOf(' \n \t')).toBe('');
  });
});
