import { defineMessages } from '../../define.js';

/** Anonymous input. `anonymousGuarantee` is the text the export prints next to anonymous notes. */
export const anonymityMessages = defineMessages({
  nb: {
    anonymousGuarantee:
      'Anonyme lapper er laget av Møteplass-tjeneren, ikke av deltakeren. De har ingen forfatter eller rolle, og verken tavla, lagringen, loggene eller eksporten knytter dem til den som skrev dem. Heller ikke fasilitatoren kan finne ut hvem som skrev en anonym lapp.',
    anonymity: {
      heading: 'Anonyme innspill',
      mode: 'Anonym modus',
      modes: { off: 'Av', workshop: 'Hele verkstedet', phase: 'Bare fasen {{phase}}' },
      allowSingle: 'La deltakerne sende enkeltinnspill anonymt',
      apply: 'Bruk',
      statusWorkshop: 'Alle lapper er anonyme i dette verkstedet.',
      statusPhase: 'Alle lapper er anonyme i fasen {{phase}}.',
      statusSingle: 'Deltakerne kan sende enkeltinnspill anonymt.',
      statusOff: 'Lappene viser rollen til den som skrev dem.',
      composeHeading: 'Skriv en anonym lapp',
      notice:
        'Lappene dine blir anonyme: tjeneren lager dem uten navn eller rolle, og ingen – heller ikke fasilitatoren – kan se hvem som skrev dem.',
      sendAnonymously: 'Send anonymt',
      sendAnonymouslyHint: 'Ingen får vite at lappen er fra deg.',
      sent: 'Den anonyme lappen er lagt til.',
    },
  },
  nn: {
    anonymousGuarantee:
      'Anonyme lappar er laga av Møteplass-tenaren, ikkje av deltakaren. Dei har ingen forfattar eller rolle, og verken tavla, lagringa, loggane eller eksporten knyter dei til den som skreiv dei. Heller ikkje fasilitatoren kan finne ut kven som skreiv ein anonym lapp.',
    anonymity: {
      heading: 'Anonyme innspel',
      mode: 'Anonym modus',
      modes: { off: 'Av', workshop: 'Heile verkstaden', phase: 'Berre fasen {{phase}}' },
      allowSingle: 'La deltakarane sende enkeltinnspel anonymt',
      apply: 'Bruk',
      statusWorkshop: 'Alle lappar er anonyme i denne verkstaden.',
      statusPhase: 'Alle lappar er anonyme i fasen {{phase}}.',
      statusSingle: 'Deltakarane kan sende enkeltinnspel anonymt.',
      statusOff: 'Lappane viser rolla til den som skreiv dei.',
      composeHeading: 'Skriv ein anonym lapp',
      notice:
        'Lappane dine blir anonyme: tenaren lagar dei utan namn eller rolle, og ingen – heller ikkje fasilitatoren – kan sjå kven som skreiv dei.',
      sendAnonymously: 'Send anonymt',
      sendAnonymouslyHint: 'Ingen får vite at lappen er frå deg.',
      sent: 'Den anonyme lappen er lagd til.',
    },
  },
  en: {
    anonymousGuarantee:
      'Anonymous notes were created by the Møteplass server, not by the participant. They carry no author or role, and neither the board, the storage, the logs nor the export link them to the person who wrote them. Not even the facilitator can find out who wrote an anonymous note.',
    anonymity: {
      heading: 'Anonymous input',
      mode: 'Anonymous mode',
      modes: { off: 'Off', workshop: 'The whole workshop', phase: 'Only the {{phase}} phase' },
      allowSingle: 'Let participants send single contributions anonymously',
      apply: 'Apply',
      statusWorkshop: 'Every note in this workshop is anonymous.',
      statusPhase: 'Every note in the {{phase}} phase is anonymous.',
      statusSingle: 'Participants may send single contributions anonymously.',
      statusOff: 'Notes show the role of the person who wrote them.',
      composeHeading: 'Write an anonymous note',
      notice:
        'Your notes will be anonymous: the server creates them without a name or role, and nobody – not even the facilitator – can see who wrote them.',
      sendAnonymously: 'Send anonymously',
      sendAnonymouslyHint: 'Nobody will know the note is from you.',
      sent: 'The anonymous note has been added.',
    },
  },
});
