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
  },
};

/** The shape every catalogue must have: same keys, strings anywhere. */
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };
export type Catalogue = Widen<typeof nb>;
