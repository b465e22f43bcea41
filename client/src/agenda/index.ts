import './agenda.css';
export { AgendaPanel } from './AgendaPanel';
export { CurrentStep } from './CurrentStep';
export { MethodsLibrary } from './MethodsLibrary';
export { useAgenda } from './use-agenda';
export { useAgendaActions } from './use-agenda-actions';
export { useStepAnnouncement } from './use-step-announcement';
