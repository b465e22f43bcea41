import './reflection.css';
export { ReflectionBoardPanel } from './ReflectionBoardPanel';
export { ReflectionConsole } from './ReflectionConsole';
export { ReflectionResults } from './ReflectionResults';
export { RadarChart, type RadarProfile } from './RadarChart';
export { ScreenReflection } from './ScreenReflection';
export { useFieldText, useReflection, type ReflectionSnapshot } from './reflection-state';
export { formatChange, formatMean } from './radar-geometry';
export {
  caseFailureKey,
  useCaseAction,
  type CaseActions,
  type CaseFailure,
} from './use-case-action';
