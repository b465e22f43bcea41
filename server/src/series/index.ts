import type { ActionHandler } from '../actions/index.js';
import { deleteMeasurement, recordMeasurement, setImpactChain } from './impact.js';
import { closeReflection, startReflection, submitReflection } from './reflection.js';

export { seriesRoutes } from './routes.js';
export { continueSeries } from './continue-series.js';

/** The reflection and impact-chain actions (issue 18), for the dispatcher's list. */
export const SERIES_HANDLERS = [
  startReflection,
  submitReflection,
  closeReflection,
  setImpactChain,
  recordMeasurement,
  deleteMeasurement,
] as ActionHandler[];
