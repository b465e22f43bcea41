export { FacilitatorEntryPage } from './FacilitatorEntryPage';
export { JoinPage } from './JoinPage';
export { JoinWithCodeForm } from './JoinWithCodeForm';
export { JoinWithCodePage } from './JoinWithCodePage';
