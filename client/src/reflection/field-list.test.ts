import { describe, expect, it } from 'vitest';
import { fieldsToSend } from './field-list';

const names = ['Kommunikasjon', 'Forankring', 'Tillit'];
const ids = ['communication', 'anchoring', 'trust'];

describe('the console’s list of reflection fields', () => {
  it('sends nothing for the default list unchanged (the server’s defaults)', () => {
    expect(fieldsToSend('Kommunikasjon\nForankring\nTillit\n', names, ids)).toBeUndefined();
  });

  it('keeps default fields as ids and own lines as labels, skipping empty lines', () => {
    expect(fieldsToSend('tillit\n\n  Felles språk  \nKommunikasjon', names, ids)).toEqual([
      'trust',
      'Felles språk',
      'communication',
    ]);
  });
});
