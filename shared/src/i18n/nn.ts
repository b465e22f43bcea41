import type { Catalogue } from './nb.js';

/** Norsk nynorsk. */
export const nn: Catalogue = {
  app: {
    name: 'Møteplass',
    tagline: 'Digital tavle for samskaping – likeverdig, open og utan brukarkonto.',
  },
  language: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', choose: 'Språk' },
  roles: {
    innbygger: 'Innbyggjar',
    kommuneansatt: 'Kommunetilsett',
    politiker: 'Politikar',
    frivillig: 'Frivillig',
    naringsliv: 'Næringsliv / sosial entreprenør',
    forsker: 'Forskar',
    annet: 'Anna',
  },
  phases: {
    explore: {
      title: 'Utforske',
      description: 'Forstå problemet saman, frå fleire liv.',
      prompts: ['Kva er problemet?', 'Kven kjenner det på kroppen?', 'Kva veit vi allereie?'],
    },
    design: {
      title: 'Designe',
      description: 'Idear, og så eit løysingsdesign – «på teiknebrettet».',
      prompts: ['Kva kan vi gjere?', 'Kva idear kan kombinerast?'],
    },
    prototype: {
      title: 'Prøve ut',
      description: 'Test løysingar smått og billeg – «i laboratoriet».',
      prompts: ['Korleis testar vi det?', 'Kva lærte vi?'],
    },
    produce: {
      title: 'Produsere',
      description: 'Set det i drift saman – «i maskinrommet».',
      prompts: ['Kven gjer kva?', 'Kva ressursar trengst?', 'Korleis måler vi effekten?'],
    },
  },
  errors: {
    generic: 'Noko gjekk gale. Prøv igjen.',
    network: 'Får ikkje kontakt med tenaren.',
  },
};
