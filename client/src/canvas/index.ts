export { BoardViews } from './BoardViews';
export { CanvasBoard } from './CanvasBoard';
export { toScreen, toWorld, type CanvasBoardProps, type Point, type Viewport } from './contract';
