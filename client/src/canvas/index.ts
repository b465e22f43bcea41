export { BoardViews } from './BoardViews';
export { CanvasBoard } from './CanvasBoard';
export { PresentationCanvas } from './PresentationCanvas';
export {
  toScreen,
  toWorld,
  type CanvasBoardProps,
  type CanvasSize,
  type Point,
  type Viewport,
} from './contract';
export { clampScale, fitRect, MAX_SCALE, MIN_SCALE, visibleWorld, type Rect } from './geometry';
