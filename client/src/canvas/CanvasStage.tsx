import type Konva from 'konva';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { Viewport } from './contract';
import type { CanvasController } from './controller';
import { detailPending } from './render/zoomed-out-batch';
import { useCanvas } from './use-canvas';

const FILL_STYLE = { position: 'absolute', inset: 0 } as const;

interface CanvasStageProps {
  controller: CanvasController;
  renderOverlay?: ((viewport: Viewport) => ReactNode) | undefined;
}

/**
 * The Konva stage: a static layer (everything at rest, one Shape whose
 * sceneFunc draws the visible items), an interactive layer (selection,
 * handles, previews, what is being dragged) and the presence overlay.
 * Nothing listens: hit-testing is done by the canvas's own grid index, so
 * Konva keeps no hit canvas.
 */
export function CanvasStage({ controller, renderOverlay }: CanvasStageProps) {
  const width = useCanvas(controller, (s) => s.width);
  const height = useCanvas(controller, (s) => s.height);
  const staticLayer = useRef<Konva.Layer>(null);
  const interactiveLayer = useRef<Konva.Layer>(null);

  const sized = width > 0 && height > 0;
  useEffect(() => {
    if (!sized) return;
    controller.attachLayers(staticLayer.current, interactiveLayer.current);
    return () => controller.attachLayers(null, null);
  }, [controller, sized]);

  const drawStatic = useCallback(
    (ctx: Konva.Context) => {
      controller.drawStaticScene(ctx._context);
      // Zoomed out past a step, some notes kept a stand-in look this frame: finish them in the next.
      if (detailPending()) staticLayer.current?.batchDraw();
    },
    [controller],
  );
  const drawInteractive = useCallback(
    (ctx: Konva.Context) => controller.drawInteractiveScene(ctx._context),
    [controller],
  );

  return (
    <BoardCanvasElement controller={controller}>
      {sized && (
        <Stage width={width} height={height} listening={false} style={FILL_STYLE}>
          <Layer ref={staticLayer} listening={false}>
            <Shape sceneFunc={drawStatic} listening={false} perfectDrawEnabled={false} />
          </Layer>
          <Layer ref={interactiveLayer} listening={false}>
            <Shape sceneFunc={drawInteractive} listening={false} perfectDrawEnabled={false} />
          </Layer>
          {renderOverlay && <Overlay controller={controller} render={renderOverlay} />}
        </Stage>
      )}
    </BoardCanvasElement>
  );
}

/**
 * The public hook (CONTRACT.md, "Pages and UI hooks"): the element that
 * holds the drawn board, with `data-zoom`, the current scale (1 = 100 %) to
 * four decimals. Its own component, so a zoom re-renders this div and not
 * the stage inside it; a pan re-renders nothing. Out of the flow: the
 * surface's size decides the stage's, never the other way round.
 */
function BoardCanvasElement({
  controller,
  children,
}: {
  controller: CanvasController;
  children: ReactNode;
}) {
  const scale = useCanvas(controller, (s) => s.viewport.scale);
  return (
    <div
      data-board-canvas=""
      data-zoom={String(Math.round(scale * 10_000) / 10_000)}
      style={FILL_STYLE}
    >
      {children}
    </div>
  );
}

function Overlay({
  controller,
  render,
}: {
  controller: CanvasController;
  render: (viewport: Viewport) => ReactNode;
}) {
  const viewport = useCanvas(controller, (s) => s.viewport);
  return <Layer listening={false}>{render(viewport)}</Layer>;
}
