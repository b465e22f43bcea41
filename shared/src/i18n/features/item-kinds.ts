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
    action: {
      status: 'Status',
      statuses: {
        planned: 'Planlagt',
        underway: 'I gang',
        done: 'Gjennomført',
        stopped: 'Stoppet',
      },
      statusHints: {
        planned: 'Bestemt, ikke startet ennå.',
        underway: 'Noen holder på med det.',
        done: 'Ferdig, slik det var tenkt.',
        stopped: 'Lagt bort eller erstattet av noe annet.',
      },
    },
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
    action: {
      status: 'Status',
      statuses: {
        planned: 'Planlagt',
        underway: 'I gang',
        done: 'Gjennomført',
        stopped: 'Stoppa',
      },
      statusHints: {
        planned: 'Bestemt, ikkje starta enno.',
        underway: 'Nokon held på med det.',
        done: 'Ferdig, slik det var tenkt.',
        stopped: 'Lagt bort eller erstatta av noko anna.',
      },
    },
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
    action: {
      status: 'Status',
      statuses: {
        planned: 'Planned',
        underway: 'Under way',
        done: 'Done',
        stopped: 'Stopped',
      },
      statusHints: {
        planned: 'Decided, not started yet.',
        underway: 'Somebody is working on it.',
        done: 'Finished, as intended.',
        stopped: 'Dropped or replaced by something else.',
      },
    },
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
