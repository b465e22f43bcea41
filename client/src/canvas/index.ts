export { BoardViews, preloadCanvas } from './BoardViews';
export { PresentationView } from './PresentationView';
export { MiniatureView } from './MiniatureView';
export {
  toScreen,
  toWorld,
  type CanvasBoardProps,
  type CanvasSize,
  type Insets,
  type Point,
  type Viewport,
} from './contract';
export { clampScale, fitRect, MAX_SCALE, MIN_SCALE, visibleWorld, type Rect } from './geometry';
