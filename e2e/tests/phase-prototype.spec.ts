import { phaseSpec } from './flow/phase-spec';

phaseSpec({
  title: 'Prøve ut',
  prompt: 'Hvordan tester vi det?',
  notes: ['Prøv ett treff i mars med fem deltakere', 'Spør dem som kom, etterpå'],
});
