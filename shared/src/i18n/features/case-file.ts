import { defineMessages } from '../define.js';

/**
 * The case-file report's words added with issue #20 (faithful board
 * pictures, nothing silently dropped); the rest are in `export.ts`.
 */
export const caseFileMessages = defineMessages({
  nb: {
    cover: {
      facilitator: 'Fasilitator',
      facilitators: '{{count}} fasilitator(er)',
      prompts: 'Spørsmål i fasen',
    },
    drawing: {
      continued: 'forts. i lista',
      part: '{{phase}}: del {{part}} av {{parts}}',
      partAlt: 'Del {{part}} av {{parts}} av tavla i fasen {{phase}}, markert på oversiktskartet.',
      overview: 'Oversikt',
      continuedNote:
        'Lapper merket «forts. i lista» har mer tekst enn det er plass til på tegningen; hele teksten står i lista over innspill.',
    },
    colour: 'Farge',
    colourNormalized:
      '{{count}} lapper hadde en farge som ikke finnes i paletten og vises i nærmeste farge.',
    omitted: {
      heading: 'Vedlegg: utelatte elementer',
      intro:
        'Disse elementene på tavla kunne ikke leses og er ikke tegnet. Teksten de hadde, står her.',
      item: 'Element',
      kind: 'Type',
      reason: 'Årsak',
      text: 'Tekst',
      reasons: {
        notAnItem: 'ikke et element',
        unknownType: 'ukjent type',
        badPhase: 'ukjent fase',
        badGeometry: 'mangler plassering eller størrelse',
        invalid: 'ugyldige felt',
      },
    },
  },
  nn: {
    cover: {
      facilitator: 'Fasilitator',
      facilitators: '{{count}} fasilitator(ar)',
      prompts: 'Spørsmål i fasen',
    },
    drawing: {
      continued: 'forts. i lista',
      part: '{{phase}}: del {{part}} av {{parts}}',
      partAlt: 'Del {{part}} av {{parts}} av tavla i fasen {{phase}}, markert på oversiktskartet.',
      overview: 'Oversikt',
      continuedNote:
        'Lappar merkte «forts. i lista» har meir tekst enn det er plass til på teikninga; heile teksten står i lista over innspel.',
    },
    colour: 'Farge',
    colourNormalized:
      '{{count}} lappar hadde ein farge som ikkje finst i paletten og blir viste i nærmaste farge.',
    omitted: {
      heading: 'Vedlegg: utelatne element',
      intro:
        'Desse elementa på tavla kunne ikkje lesast og er ikkje teikna. Teksten dei hadde, står her.',
      item: 'Element',
      kind: 'Type',
      reason: 'Årsak',
      text: 'Tekst',
      reasons: {
        notAnItem: 'ikkje eit element',
        unknownType: 'ukjend type',
        badPhase: 'ukjend fase',
        badGeometry: 'manglar plassering eller storleik',
        invalid: 'ugyldige felt',
      },
    },
  },
  en: {
    cover: {
      facilitator: 'Facilitator',
      facilitators: '{{count}} facilitator(s)',
      prompts: 'Prompts of the phase',
    },
    drawing: {
      continued: 'cont. in the list',
      part: '{{phase}}: part {{part}} of {{parts}}',
      partAlt:
        'Part {{part}} of {{parts}} of the board in the {{phase}} phase, marked on the overview map.',
      overview: 'Overview',
      continuedNote:
        'Notes marked “cont. in the list” hold more text than the drawing has room for; the full text is in the list of contributions.',
    },
    colour: 'Colour',
    colourNormalized:
      '{{count}} notes had a colour that is not in the palette and are shown in the nearest one.',
    omitted: {
      heading: 'Appendix: omitted items',
      intro:
        'These items on the board could not be read and are not drawn. The text they held is given here.',
      item: 'Item',
      kind: 'Type',
      reason: 'Reason',
      text: 'Text',
      reasons: {
        notAnItem: 'not an item',
        unknownType: 'unknown type',
        badPhase: 'unknown phase',
        badGeometry: 'no position or size',
        invalid: 'invalid fields',
      },
    },
  },
});
