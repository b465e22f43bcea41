export { agendaHandlers } from './actions.js';
export type { ControlOutcome, Dispatch } from './controls.js';
