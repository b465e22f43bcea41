import { defineMessages } from '../define.js';

/** Who is here, live cursors and following someone's view. */
export const presence = defineMessages({
  nb: {
    heading: 'Hvem er her',
    count_one: '{{count}} person på tavla',
    count_other: '{{count}} personer på tavla',
    anonymous: 'Anonym deltaker',
    facilitator: 'Fasilitator',
    you: '{{name}} (deg)',
    follow: 'Følg {{name}}',
    following: 'Du følger {{name}}.',
    stopFollowing: 'Slutt å følge',
    followEnded: 'Du følger ikke lenger {{name}}.',
    cursorsHidden: 'Fasilitatoren har skjult markørene.',
  },
  nn: {
    heading: 'Kven er her',
    count_one: '{{count}} person på tavla',
    count_other: '{{count}} personar på tavla',
    anonymous: 'Anonym deltakar',
    facilitator: 'Fasilitator',
    you: '{{name}} (deg)',
    follow: 'Følg {{name}}',
    following: 'Du følgjer {{name}}.',
    stopFollowing: 'Slutt å følgje',
    followEnded: 'Du følgjer ikkje lenger {{name}}.',
    cursorsHidden: 'Fasilitatoren har skjult markørane.',
  },
  en: {
    heading: 'Who is here',
    count_one: '{{count}} person on the board',
    count_other: '{{count}} people on the board',
    anonymous: 'Anonymous participant',
    facilitator: 'Facilitator',
    you: '{{name}} (you)',
    follow: 'Follow {{name}}',
    following: 'You are following {{name}}.',
    stopFollowing: 'Stop following',
    followEnded: 'You no longer follow {{name}}.',
    cursorsHidden: 'The facilitator has hidden the cursors.',
  },
});
