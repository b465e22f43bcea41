import { phaseSpec } from './flow/phase-spec';

phaseSpec({
  title: 'Utforske',
  prompt: 'Hvem kjenner det på kroppen?',
  notes: ['Eldre som bor alene i Nordbygda', 'Bussen går sjelden etter klokka fire'],
});
