import './board-layout.css';
import './cards.css';
export { BoardPage } from './BoardPage';
export { ConnectionStatus } from './ConnectionStatus';
export { AuthorBadge } from './NoteList';
export { boardByPhase, type BoardByPhase } from './by-phase';
