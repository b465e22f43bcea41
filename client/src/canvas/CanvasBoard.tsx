import type { CanvasBoardProps } from './contract';

/** Stub until the canvas lands: the contract is fixed, the drawing is not yet. */
export function CanvasBoard(props: CanvasBoardProps) {
  void props;
  return <div className="canvas-board" />;
}
