import type { Catalogue } from './nb.js';

/** English. */
export const en: Catalogue = {
  app: {
    name: 'Møteplass',
    tagline: 'A digital board for co-creation – equal, open and without user accounts.',
  },
  language: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', choose: 'Language' },
  roles: {
    innbygger: 'Citizen',
    kommuneansatt: 'Municipal employee',
    politiker: 'Politician',
    frivillig: 'Volunteer',
    naringsliv: 'Business / social entrepreneur',
    forsker: 'Researcher',
    annet: 'Other',
  },
  phases: {
    explore: {
      title: 'Explore',
      description: 'Understand the problem together, from several lives.',
      prompts: ['What is the problem?', 'Who feels it?', 'What do we already know?'],
    },
    design: {
      title: 'Design',
      description: 'Ideas, then a solution design – “on the drawing board”.',
      prompts: ['What could we do?', 'Which ideas combine?'],
    },
    prototype: {
      title: 'Prototype',
      description: 'Test solutions small and cheap – “in the laboratory”.',
      prompts: ['How do we test it?', 'What did we learn?'],
    },
    produce: {
      title: 'Produce',
      description: 'Put it into production together – “in the engine room”.',
      prompts: ['Who does what?', 'What resources are needed?', 'How do we measure the effect?'],
    },
  },
  errors: {
    generic: 'Something went wrong. Please try again.',
    network: 'Cannot reach the server.',
  },
};
