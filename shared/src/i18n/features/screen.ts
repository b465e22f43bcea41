import { defineMessages } from '../define.js';

/** The shared-screen view for the projector. */
export const screen = defineMessages({
  nb: {
    title: 'Storskjerm',
    needsFacilitator:
      'Storskjermvisningen åpnes fra fasilitatorpanelet, i samme nettleser som fasilitatoren bruker.',
    joinHeading: 'Bli med',
    joinAt: 'Gå til',
    codeLabel: 'og skriv koden',
    qrLabel: 'QR-kode til deltakerlenken',
    scan: 'Eller skann QR-koden med mobilen.',
    overviewHeading: 'Tavla så langt',
    noNotes: 'Ingen lapper ennå.',
    more: '… og {{count}} til',
    cards: 'Tiltak: {{actions}} · Indikatorer: {{indicators}}',
    present_one: '{{count}} person er med nå',
    present_other: '{{count}} personer er med nå',
  },
  nn: {
    title: 'Storskjerm',
    needsFacilitator:
      'Storskjermvisinga blir opna frå fasilitatorpanelet, i same nettlesar som fasilitatoren brukar.',
    joinHeading: 'Bli med',
    joinAt: 'Gå til',
    codeLabel: 'og skriv koden',
    qrLabel: 'QR-kode til deltakarlenkja',
    scan: 'Eller skann QR-koden med mobilen.',
    overviewHeading: 'Tavla så langt',
    noNotes: 'Ingen lappar enno.',
    more: '… og {{count}} til',
    cards: 'Tiltak: {{actions}} · Indikatorar: {{indicators}}',
    present_one: '{{count}} person er med no',
    present_other: '{{count}} personar er med no',
  },
  en: {
    title: 'Shared screen',
    needsFacilitator:
      'The shared screen view is opened from the facilitator’s console, in the same browser the facilitator uses.',
    joinHeading: 'Join',
    joinAt: 'Go to',
    codeLabel: 'and enter the code',
    qrLabel: 'QR code of the participant link',
    scan: 'Or scan the QR code with your phone.',
    overviewHeading: 'The board so far',
    noNotes: 'No notes yet.',
    more: '… and {{count}} more',
    cards: 'Actions: {{actions}} · Indicators: {{indicators}}',
    present_one: '{{count}} person here now',
    present_other: '{{count}} people here now',
  },
});
