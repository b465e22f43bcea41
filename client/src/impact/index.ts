import './impact.css';
export { ImpactChainView } from './ImpactChainView';
export { MeasurementsConsole } from './MeasurementsConsole';
export { IndicatorChart } from './IndicatorChart';
export { StatusBadge } from './IndicatorCard';
