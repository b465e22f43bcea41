export { BoardViews } from './BoardViews';
export { CanvasBoard } from './CanvasBoard';
export {
  toScreen,
  toWorld,
  type CanvasBoardProps,
  type CanvasSize,
  type Point,
  type Viewport,
} from './contract';
export { clampScale, MAX_SCALE, MIN_SCALE, type Rect } from './geometry';
