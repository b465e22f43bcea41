import { phaseSpec } from './flow/phase-spec';

phaseSpec({
  title: 'Designe',
  prompt: 'Hvilke ideer kan kombineres?',
  notes: ['Besøksvenner fra frivilligsentralen', 'Seniortreff på biblioteket'],
});
