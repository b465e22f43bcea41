import { defineMessages } from '../define.js';

/**
 * Process reflection (SAMSON-style) and the impact chain's shared words: the
 * default fields' names and the statements people rate, said the way a
 * facilitator would say them to the room, the rating scale, and an
 * indicator's status. Field keys are the ids in `control/reflection.ts`; the scale's keys are
 * `rating1`…`rating5`.
 */
export const reflectionMessages = defineMessages({
  nb: {
    actionFields: 'Handlingsfelt',
    values: 'Verdier',
    fieldNames: {
      safeguardingEquality: 'Ivaretakelse av likeverdighet',
      sharedGoals: 'Arbeide med felles mål',
      communication: 'Kommunikasjon',
      anchoring: 'Forankring',
      facilitation: 'Tilrettelegging',
      resourceFocus: 'Arbeide med ressursfokus',
      complementaryCompetence: 'Kompetanse-komplementaritet',
      openness: 'Åpenhet',
      democracy: 'Demokrati',
      equality: 'Likeverd',
      trust: 'Tillit',
    },
    statements: {
      safeguardingEquality:
        'Alle blir hørt og tatt på alvor, uansett hvem de er og hvilken rolle de har.',
      sharedGoals: 'Vi er enige om hva vi vil oppnå sammen, og vi jobber mot det samme.',
      communication:
        'Vi snakker åpent med hverandre, og informasjonen når fram til alle som trenger den.',
      anchoring:
        'Arbeidet vårt har støtte og mandat hos ledelsen og i organisasjonene vi kommer fra.',
      facilitation: 'Møtene og arbeidet er lagt til rette slik at alle kan delta på en god måte.',
      resourceFocus: 'Vi ser etter det hver enkelt kan bidra med, ikke bare etter det som mangler.',
      complementaryCompetence:
        'Vi får brukt at vi kan ulike ting, og erfaringskunnskap teller like mye som fagkunnskap.',
      openness: 'Vi er åpne om hva vi tenker, hva vi vet og hvordan beslutninger blir tatt.',
      democracy: 'De som saken gjelder, har reell innflytelse på det vi bestemmer.',
      equality: 'Vi møter hverandre som likeverdige, uansett utdanning, stilling eller bakgrunn.',
      trust: 'Vi stoler på hverandre og på at de andre gjør det de har sagt.',
    },
    scale: {
      rating1: 'Helt uenig',
      rating2: 'Uenig',
      rating3: 'Verken enig eller uenig',
      rating4: 'Enig',
      rating5: 'Helt enig',
    },
    indicatorStatus: {
      onTrack: 'I rute',
      notYet: 'Ikke ennå',
      reached: 'Nådd',
      unknown: 'Ukjent',
    },
  },
  nn: {
    actionFields: 'Handlingsfelt',
    values: 'Verdiar',
    fieldNames: {
      safeguardingEquality: 'Ivaretaking av likeverd',
      sharedGoals: 'Arbeide med felles mål',
      communication: 'Kommunikasjon',
      anchoring: 'Forankring',
      facilitation: 'Tilrettelegging',
      resourceFocus: 'Arbeide med ressursfokus',
      complementaryCompetence: 'Kompetanse-komplementaritet',
      openness: 'Openheit',
      democracy: 'Demokrati',
      equality: 'Likeverd',
      trust: 'Tillit',
    },
    statements: {
      safeguardingEquality:
        'Alle blir høyrde og tekne på alvor, same kven dei er og kva rolle dei har.',
      sharedGoals: 'Vi er samde om kva vi vil oppnå saman, og vi jobbar mot det same.',
      communication:
        'Vi snakkar ope med kvarandre, og informasjonen når fram til alle som treng han.',
      anchoring: 'Arbeidet vårt har støtte og mandat hos leiinga og i organisasjonane vi kjem frå.',
      facilitation: 'Møta og arbeidet er lagde til rette slik at alle kan delta på ein god måte.',
      resourceFocus:
        'Vi ser etter det kvar enkelt kan bidra med, ikkje berre etter det som manglar.',
      complementaryCompetence:
        'Vi får nytta at vi kan ulike ting, og erfaringskunnskap tel like mykje som fagkunnskap.',
      openness: 'Vi er opne om kva vi tenkjer, kva vi veit og korleis avgjerder blir tekne.',
      democracy: 'Dei som saka gjeld, har reell innverknad på det vi bestemmer.',
      equality: 'Vi møter kvarandre som likeverdige, same utdanning, stilling eller bakgrunn.',
      trust: 'Vi stolar på kvarandre og på at dei andre gjer det dei har sagt.',
    },
    scale: {
      rating1: 'Heilt usamd',
      rating2: 'Usamd',
      rating3: 'Verken samd eller usamd',
      rating4: 'Samd',
      rating5: 'Heilt samd',
    },
    indicatorStatus: {
      onTrack: 'I rute',
      notYet: 'Ikkje enno',
      reached: 'Nådd',
      unknown: 'Ukjend',
    },
  },
  en: {
    actionFields: 'Fields of action',
    values: 'Values',
    fieldNames: {
      safeguardingEquality: 'Safeguarding equality',
      sharedGoals: 'Working towards shared goals',
      communication: 'Communication',
      anchoring: 'Anchoring (mandate)',
      facilitation: 'Facilitation',
      resourceFocus: 'Focusing on resources',
      complementaryCompetence: 'Complementary competence',
      openness: 'Openness',
      democracy: 'Democracy',
      equality: 'Equality',
      trust: 'Trust',
    },
    statements: {
      safeguardingEquality:
        'Everyone is heard and taken seriously, whoever they are and whatever their role.',
      sharedGoals: 'We agree on what we want to achieve together, and we are working towards it.',
      communication:
        'We talk openly with each other, and information reaches everyone who needs it.',
      anchoring:
        'Our work has the backing and the mandate of management and of the organisations we come from.',
      facilitation: 'Meetings and work are arranged so that everyone can take part properly.',
      resourceFocus: 'We look for what each of us can contribute, not only for what is missing.',
      complementaryCompetence:
        'We make use of knowing different things, and lived experience counts as much as professional knowledge.',
      openness: 'We are open about what we think, what we know and how decisions are made.',
      democracy: 'The people the case is about have a real say in what we decide.',
      equality: 'We meet each other as equals, whatever our education, position or background.',
      trust: 'We trust each other, and we trust the others to do what they said they would.',
    },
    scale: {
      rating1: 'Strongly disagree',
      rating2: 'Disagree',
      rating3: 'Neither agree nor disagree',
      rating4: 'Agree',
      rating5: 'Strongly agree',
    },
    indicatorStatus: {
      onTrack: 'On track',
      notYet: 'Not yet',
      reached: 'Reached',
      unknown: 'Unknown',
    },
  },
});
