import { phaseFrame, type PhaseId } from '@moteplass/shared';
import { useEffect, useRef, useState } from 'react';
import { isContainer } from '../kinds';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { CanvasImages } from './CanvasImages';
import { CanvasStage } from './CanvasStage';
import { CanvasController } from './controller';
import type { Rect } from './geometry';
import { useModelVersion } from './use-model';
import { useSurfaceSize } from './use-surface-size';
import './canvas.css';

export interface PresentationCanvasProps {
  connection: WorkshopConnection;
  session: Session;
  workshopId: string;
  /** The phase whose frame fills the view; the view follows it when it changes. */
  phase: PhaseId;
}

/** Room around the frame, CSS pixels: enough that its border and title are not cut. */
const FIT_PADDING = 16;

/**
 * The board drawn for a room to watch (the shared screen): the real canvas,
 * read-only, without tools or input, always fitted to the current phase's
 * frame. Nobody steers it; it follows the workshop.
 */
export function PresentationCanvas(props: PresentationCanvasProps) {
  // Another connection or session is another canvas, as in CanvasBoard.
  return <PresentationInstance key={props.session.token} {...props} />;
}

function PresentationInstance({ connection, session, workshopId, phase }: PresentationCanvasProps) {
  const [controller] = useState(() => new CanvasController(connection, session));
  const surface = useRef<HTMLDivElement>(null);
  useModelVersion(controller);

  useEffect(() => {
    controller.start();
    // The engine's own first fit would pick its own rectangle; ours is the phase's.
    controller.markFitted();
    return () => controller.stop();
  }, [controller]);

  useEffect(() => {
    controller.configure({ readOnly: true, currentPhase: phase, callbacks: {} });
  }, [controller, phase]);

  useSurfaceSize(surface, controller);

  // Fit now, and again whenever the size or the board changes (a frame moved, notes arrived).
  useEffect(() => {
    let last = '';
    const fit = () => {
      const { width, height } = controller.state;
      const rect = phaseRect(controller, phase);
      const key = `${width}x${height}:${rect.x},${rect.y},${rect.w},${rect.h}`;
      if (width === 0 || key === last) return;
      last = key;
      const padded = {
        x: rect.x - FIT_PADDING,
        y: rect.y - FIT_PADDING,
        w: rect.w + 2 * FIT_PADDING,
        h: rect.h + 2 * FIT_PADDING,
      };
      controller.zoomToRect(padded);
    };
    fit();
    const offModel = controller.model.subscribe(fit);
    const offStore = controller.store.subscribe((next, prev) => {
      if (next.width !== prev.width || next.height !== prev.height) fit();
    });
    return () => {
      offModel();
      offStore();
    };
  }, [controller, phase]);

  return (
    <div ref={surface} className="canvas-surface presentation-canvas">
      <CanvasStage controller={controller} />
      <CanvasImages controller={controller} workshopId={workshopId} token={session.token} />
    </div>
  );
}

/** The phase's frame on the board, or where the layout puts it when the board has none. */
function phaseRect(controller: CanvasController, phase: PhaseId): Rect {
  for (const [id, item] of controller.model.items) {
    if (isContainer(item) && item.phase === phase) return controller.model.rectOf(id) ?? item;
  }
  return phaseFrame(phase);
}
