export { CanvasBoard } from './CanvasBoard';
export type { CanvasBoardProps, Point, Viewport } from './contract';
