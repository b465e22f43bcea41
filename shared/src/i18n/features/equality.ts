import type { Language } from '../../languages.js';
import { defineMessages } from '../define.js';
import { anonymityMessages } from './equality/anonymity.js';
import { silentMessages } from './equality/silent.js';
import { speakingMessages } from './equality/speaking.js';
import { voteMessages } from './equality/voting.js';

/** The equality panel and the errors of the equality actions. */
const panelMessages = defineMessages({
  nb: {
    panel: {
      heading: 'Likeverd i rommet',
      intro: 'Hver rolles andel av taletiden og av lappene, mot andelen av dem som er til stede.',
      chartLabel: 'Stolpediagram: andel til stede, andel taletid og andel lapper for hver rolle',
      present: 'Til stede',
      airtime: 'Taletid',
      notes: 'Lapper',
      role: 'Rolle',
      tableCaption: 'Tallene bak diagrammet',
      share: '{{value}} ({{percent}} %)',
      anonymousNotes_one: '{{count}} anonym lapp er ikke regnet med på noen rolle.',
      anonymousNotes_other: '{{count}} anonyme lapper er ikke regnet med på noen rolle.',
      facilitatorAirtime: 'Fasilitatorens taletid (ikke regnet med): {{time}}',
      nobodyYet: 'Ingen tall ennå.',
    },
    errors: {
      VOTE_BUDGET_EXHAUSTED: 'Du har brukt alle prikkene dine.',
      NO_OPEN_VOTE: 'Avstemningen er ikke åpen.',
      VOTE_ALREADY_OPEN: 'En avstemning er allerede åpen.',
      ITEM_NOT_VOTABLE: 'Den lappen er ikke med i avstemningen.',
      OWN_NOTE_VOTE_FORBIDDEN: 'Du kan ikke stemme på dine egne lapper i denne avstemningen.',
      NO_DOT_TO_RETRACT: 'Du har ingen prikk på den lappen.',
      ANONYMOUS_INPUT_OFF: 'Anonyme innspill er ikke slått på.',
      BOARD_LOCKED: 'Fasilitatoren har låst tavla.',
      NO_SILENT_WRITING: 'Stille skriving pågår ikke.',
      SILENT_WRITING_ACTIVE: 'Stille skriving pågår allerede. Vis lappene først.',
      WRONG_PHASE: 'Stille skriving pågår i en annen fase.',
      TOO_MANY_DRAFTS: 'Du har nådd grensen for hvor mange utkast du kan ha.',
      DRAFT_NOT_FOUND: 'Fant ikke utkastet.',
      PARTICIPANT_NOT_FOUND: 'Deltakeren er ikke lenger med.',
      NO_CURRENT_TURN: 'Ingen har ordet.',
      NOT_YOUR_TURN: 'Du har ikke ordet.',
      NO_ROUND: 'Ingen runde pågår.',
      NOBODY_PRESENT: 'Ingen deltakere er til stede.',
    },
  },
  nn: {
    panel: {
      heading: 'Likeverd i rommet',
      intro: 'Kvar rolle sin del av taletida og av lappane, mot delen av dei som er til stades.',
      chartLabel: 'Stolpediagram: del til stades, del taletid og del lappar for kvar rolle',
      present: 'Til stades',
      airtime: 'Taletid',
      notes: 'Lappar',
      role: 'Rolle',
      tableCaption: 'Tala bak diagrammet',
      share: '{{value}} ({{percent}} %)',
      anonymousNotes_one: '{{count}} anonym lapp er ikkje rekna med på nokon rolle.',
      anonymousNotes_other: '{{count}} anonyme lappar er ikkje rekna med på nokon rolle.',
      facilitatorAirtime: 'Taletida til fasilitatoren (ikkje rekna med): {{time}}',
      nobodyYet: 'Ingen tal enno.',
    },
    errors: {
      VOTE_BUDGET_EXHAUSTED: 'Du har brukt alle prikkane dine.',
      NO_OPEN_VOTE: 'Røystinga er ikkje open.',
      VOTE_ALREADY_OPEN: 'Ei røysting er alt open.',
      ITEM_NOT_VOTABLE: 'Den lappen er ikkje med i røystinga.',
      OWN_NOTE_VOTE_FORBIDDEN: 'Du kan ikkje røyste på dine eigne lappar i denne røystinga.',
      NO_DOT_TO_RETRACT: 'Du har ingen prikk på den lappen.',
      ANONYMOUS_INPUT_OFF: 'Anonyme innspel er ikkje slått på.',
      BOARD_LOCKED: 'Fasilitatoren har låst tavla.',
      NO_SILENT_WRITING: 'Stille skriving er ikkje i gang.',
      SILENT_WRITING_ACTIVE: 'Stille skriving er alt i gang. Vis lappane først.',
      WRONG_PHASE: 'Stille skriving er i gang i ein annan fase.',
      TOO_MANY_DRAFTS: 'Du har nådd grensa for kor mange utkast du kan ha.',
      DRAFT_NOT_FOUND: 'Fann ikkje utkastet.',
      PARTICIPANT_NOT_FOUND: 'Deltakaren er ikkje lenger med.',
      NO_CURRENT_TURN: 'Ingen har ordet.',
      NOT_YOUR_TURN: 'Du har ikkje ordet.',
      NO_ROUND: 'Ingen runde er i gang.',
      NOBODY_PRESENT: 'Ingen deltakarar er til stades.',
    },
  },
  en: {
    panel: {
      heading: 'Equality in the room',
      intro:
        'Each role’s share of the airtime and of the notes, against its share of the people present.',
      chartLabel: 'Bar chart: share present, share of airtime and share of notes for each role',
      present: 'Present',
      airtime: 'Airtime',
      notes: 'Notes',
      role: 'Role',
      tableCaption: 'The numbers behind the chart',
      share: '{{value}} ({{percent}} %)',
      anonymousNotes_one: '{{count}} anonymous note is not counted for any role.',
      anonymousNotes_other: '{{count}} anonymous notes are not counted for any role.',
      facilitatorAirtime: 'The facilitator’s airtime (not counted): {{time}}',
      nobodyYet: 'No figures yet.',
    },
    errors: {
      VOTE_BUDGET_EXHAUSTED: 'You have used all your dots.',
      NO_OPEN_VOTE: 'The vote is not open.',
      VOTE_ALREADY_OPEN: 'A vote is open already.',
      ITEM_NOT_VOTABLE: 'That note is not part of the vote.',
      OWN_NOTE_VOTE_FORBIDDEN: 'In this vote you cannot vote on your own notes.',
      NO_DOT_TO_RETRACT: 'You have no dot on that note.',
      ANONYMOUS_INPUT_OFF: 'Anonymous input is not switched on.',
      BOARD_LOCKED: 'The facilitator has locked the board.',
      NO_SILENT_WRITING: 'Silent writing is not under way.',
      SILENT_WRITING_ACTIVE: 'Silent writing is under way already. Show the notes first.',
      WRONG_PHASE: 'Silent writing is under way in another phase.',
      TOO_MANY_DRAFTS: 'You have reached the limit of drafts you can keep.',
      DRAFT_NOT_FOUND: 'The draft was not found.',
      PARTICIPANT_NOT_FOUND: 'The participant is no longer here.',
      NO_CURRENT_TURN: 'Nobody has the floor.',
      NOT_YOUR_TURN: 'You do not have the floor.',
      NO_ROUND: 'No round is under way.',
      NOBODY_PRESENT: 'No participants are present.',
    },
  },
});

const inLanguage = (language: Language) => ({
  ...speakingMessages[language],
  ...anonymityMessages[language],
  ...silentMessages[language],
  ...voteMessages[language],
  ...panelMessages[language],
});

/**
 * Equality controls (issue 5): speaking turns, the equality panel, anonymous
 * input, silent writing and dot voting, one file per control under
 * `equality/`, mounted together under the one key `equality`.
 */
export const equalityMessages = {
  nb: inLanguage('nb'),
  nn: inLanguage('nn'),
  en: inLanguage('en'),
};
