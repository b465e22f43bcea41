export { FacilitatorPage, type FacilitatorPageWords } from './FacilitatorPage';
