import { defineMessages } from '../define.js';

/**
 * Words of the kinds table (shared/src/kinds): each kind's name, the
 * indicator's v2 fields and the poll card, as the exports and the server's
 * messages use them. The client's own poll and indicator UI strings live in
 * the client helper's catalogue.
 */
export const itemKindMessages = defineMessages({
  nb: {
    names: {
      note: 'Lapp',
      text: 'Tekst',
      shape: 'Figur',
      connector: 'Kobling',
      frame: 'Ramme',
      drawing: 'Tegning',
      action: 'Tiltak',
      indicator: 'Indikator',
      image: 'Bilde',
      poll: 'Avstemning',
    },
    unknownKind: 'Ukjent element',
    indicator: {
      dataSource: 'Datakilde',
      measuredBy: 'Hvem måler',
      schedule: 'Når det måles',
    },
    poll: {
      heading: 'Avstemninger',
      question: 'Spørsmål',
      option: 'Alternativ',
      tally: 'Stemmer',
      open: 'Ikke avsluttet',
    },
    omitted: {
      newerVersion: 'laget av en nyere versjon av Møteplass',
    },
  },
  nn: {
    names: {
      note: 'Lapp',
      text: 'Tekst',
      shape: 'Figur',
      connector: 'Kopling',
      frame: 'Ramme',
      drawing: 'Teikning',
      action: 'Tiltak',
      indicator: 'Indikator',
      image: 'Bilete',
      poll: 'Avstemming',
    },
    unknownKind: 'Ukjent element',
    indicator: {
      dataSource: 'Datakjelde',
      measuredBy: 'Kven måler',
      schedule: 'Når det blir målt',
    },
    poll: {
      heading: 'Avstemmingar',
      question: 'Spørsmål',
      option: 'Alternativ',
      tally: 'Røyster',
      open: 'Ikkje avslutta',
    },
    omitted: {
      newerVersion: 'laga av ein nyare versjon av Møteplass',
    },
  },
  en: {
    names: {
      note: 'Note',
      text: 'Text',
      shape: 'Shape',
      connector: 'Connector',
      frame: 'Frame',
      drawing: 'Drawing',
      action: 'Action',
      indicator: 'Indicator',
      image: 'Image',
      poll: 'Poll',
    },
    unknownKind: 'Unknown item',
    indicator: {
      dataSource: 'Data source',
      measuredBy: 'Measured by',
      schedule: 'When it is measured',
    },
    poll: {
      heading: 'Polls',
      question: 'Question',
      option: 'Option',
      tally: 'Votes',
      open: 'Not closed',
    },
    omitted: {
      newerVersion: 'made by a newer version of Møteplass',
    },
  },
});
