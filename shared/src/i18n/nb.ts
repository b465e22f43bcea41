/** Norsk bokmål — the default language. Every key here must exist in nn and en (a test checks it). */
export const nb = {
  app: {
    name: 'Møteplass',
    tagline: 'Digital tavle for samskaping – likeverdig, åpen og uten brukerkonto.',
  },
  language: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', choose: 'Språk' },
  roles: {
    innbygger: 'Innbygger',
    kommuneansatt: 'Kommuneansatt',
    politiker: 'Politiker',
    frivillig: 'Frivillig',
    naringsliv: 'Næringsliv / sosial entreprenør',
    forsker: 'Forsker',
    annet: 'Annet',
  },
  phases: {
    explore: {
      title: 'Utforske',
      description: 'Forstå problemet sammen, fra flere liv.',
      prompts: ['Hva er problemet?', 'Hvem kjenner det på kroppen?', 'Hva vet vi allerede?'],
    },
    design: {
      title: 'Designe',
      description: 'Ideer, og så et løsningsdesign – «på tegnebrettet».',
      prompts: ['Hva kan vi gjøre?', 'Hvilke ideer kan kombineres?'],
    },
    prototype: {
      title: 'Prøve ut',
      description: 'Test løsninger smått og billig – «i laboratoriet».',
      prompts: ['Hvordan tester vi det?', 'Hva lærte vi?'],
    },
    produce: {
      title: 'Produsere',
      description: 'Sett det i drift sammen – «i maskinrommet».',
      prompts: ['Hvem gjør hva?', 'Hvilke ressurser trengs?', 'Hvordan måler vi effekten?'],
    },
  },
  errors: {
    generic: 'Noe gikk galt. Prøv igjen.',
    network: 'Får ikke kontakt med tjeneren.',
    badRequest: 'Noe av det du skrev ble ikke godtatt. Sjekk feltene og prøv igjen.',
    workshopNotFound: 'Fant ikke verkstedet. Sjekk lenken eller koden.',
    invalidJoinCode: 'Koden stemmer ikke for dette verkstedet.',
    unauthorized: 'Økten er ikke lenger gyldig. Bli med på nytt.',
    forbidden: 'Du har ikke lov til å gjøre dette.',
    facilitatorKey:
      'Fasilitatorlenken stemmer ikke for dette verkstedet. Bruk hele lenken du fikk da verkstedet ble laget.',
    tooLarge: 'Teksten er for lang.',
    rateLimited: 'For mange forespørsler akkurat nå. Vent litt og prøv igjen.',
  },
  shell: {
    home: 'Møteplass – til forsiden',
    notFoundTitle: 'Fant ikke siden',
    notFoundBody: 'Lenken kan være skrevet feil, eller siden finnes ikke lenger.',
    backHome: 'Gå til forsiden',
  },
  start: {
    intro:
      'En felles tavle for samskapingsmøter. Alle skriver lapper på samme tavle – fra mobil eller PC, i rommet eller hjemmefra. Ingen trenger konto, og navn er valgfritt.',
    joinHeading: 'Bli med i et verksted',
    joinCode: 'Kode',
    joinCodeHint: 'Koden står på skjermen i rommet, for eksempel ABC 234.',
    joinSubmit: 'Bli med',
    joinLooking: 'Ser etter verkstedet …',
    joinCodeRequired: 'Skriv inn koden.',
    joinCodeMalformed: 'Koden har seks tegn. Sjekk den og prøv igjen.',
    joinCodeUnknown: 'Fant ikke noe verksted med den koden.',
    createHeading: 'Lag et nytt verksted',
    title: 'Tittel',
    titleHint: 'For eksempel «Ensomhet blant eldre i Nordbygda».',
    titleRequired: 'Skriv en tittel.',
    titleTooLong: 'Tittelen kan ha høyst {{max}} tegn.',
    caseDescription: 'Beskrivelse av saken (valgfritt)',
    caseDescriptionHint: 'Hva er floken dere skal jobbe med?',
    caseDescriptionTooLong: 'Beskrivelsen kan ha høyst {{max}} tegn.',
    language: 'Språk i verkstedet',
    languageHint: 'Hver deltaker kan bytte språk selv.',
    createSubmit: 'Lag verksted',
    creating: 'Lager verkstedet …',
  },
  created: {
    heading: 'Verkstedet er klart',
    participantHeading: 'For deltakerne',
    participantHelp:
      'Del lenken, eller vis koden på skjermen. Deltakerne skriver koden inn på forsiden.',
    joinCode: 'Kode',
    participantLink: 'Deltakerlenke',
    facilitatorHeading: 'For deg som fasilitator',
    facilitatorHelp:
      'Behold fasilitatorlenken for deg selv – den gir full kontroll over verkstedet.',
    facilitatorLink: 'Fasilitatorlenke',
    copyParticipantLink: 'Kopier deltakerlenken',
    copyFacilitatorLink: 'Kopier fasilitatorlenken',
    copied: 'Kopiert.',
    copyFailed: 'Kunne ikke kopiere. Merk lenken og kopier den selv.',
    openBoard: 'Åpne tavla som fasilitator',
  },
  join: {
    loading: 'Henter verkstedet …',
    heading: 'Bli med',
    intro: 'Du er invitert til å skrive på tavla i dette verkstedet.',
    code: 'Kode',
    codeHint: 'Koden står på skjermen i rommet.',
    codeRequired: 'Skriv inn koden.',
    name: 'Navn eller kallenavn (valgfritt)',
    nameHint: 'Du kan la feltet stå tomt. Navnet vises ikke på lappene dine.',
    nameTooLong: 'Navnet kan ha høyst {{max}} tegn.',
    role: 'Rolle',
    rolePlaceholder: 'Velg rolle',
    roleWhy:
      'Vi spør om rolle for å gjøre likeverd synlig – hvem som er med og hvem som får ordet – ikke for å rangere noen.',
    roleRequired: 'Velg en rolle.',
    submit: 'Bli med',
    joining: 'Blir med …',
  },
  facilitator: {
    entering: 'Åpner tavla som fasilitator …',
    missingKey:
      'Lenken mangler fasilitatornøkkelen. Bruk hele lenken du fikk da verkstedet ble laget.',
  },
  board: {
    loading: 'Henter tavla …',
    phaseHeading: 'Fase: {{phase}}',
    promptLabel: 'Spørsmål å starte med:',
    participatingAs: 'Du er med som {{role}}.',
    participatingAsNamed: 'Du er med som {{name}} ({{role}}).',
    participatingAsFacilitator: 'Du er fasilitator for dette verkstedet.',
    composeHeading: 'Skriv en lapp',
    composeLabel: 'Tekst på lappen',
    composeHint: 'Én tanke per lapp. Trykk Ctrl + Enter for å legge den til.',
    addNote: 'Ny lapp',
    noteAdded: 'Lappen er lagt til.',
    textRequired: 'Skriv noe på lappen først.',
    locked: 'Fasilitatoren har låst tavla. Du kan lese lappene, men ikke legge til nye.',
    lockedForOthers: 'Tavla er låst for deltakerne. Du kan fortsatt skrive som fasilitator.',
    notesHeading: 'Lapper',
    noNotes: 'Ingen lapper ennå. Skriv den første!',
    noRole: 'Uten rolle',
    anonymous: 'Anonym',
    authorRole: 'Rolle: {{role}}',
    malformed_one: '{{count}} element på tavla kunne ikke vises.',
    malformed_other: '{{count}} elementer på tavla kunne ikke vises.',
    rejoin: 'Bli med på nytt',
    reopenFacilitatorLink: 'Åpne fasilitatorlenken på nytt for å fortsette.',
  },
  connection: {
    connecting: 'Kobler til …',
    connected: 'Tilkoblet. Endringer deles med alle.',
    reconnecting:
      'Frakoblet – prøver å koble til igjen. Lappene dine sendes når forbindelsen er tilbake.',
    unauthorized: 'Økten er ikke lenger gyldig. Bli med på nytt.',
    gone: 'Verkstedet finnes ikke lenger.',
  },
};

/** The shape every catalogue must have: same keys, strings anywhere. */
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };
export type Catalogue = Widen<typeof nb>;
