import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { BoardItem } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { useControlState } from '../sync';
import { errorMessageKey } from '../api';
import { CanvasImages } from './CanvasImages';
import { CanvasStage } from './CanvasStage';
import { toWorld, type CanvasBoardProps } from './contract';
import { CanvasController } from './controller';
import { DraftNoteEditor } from './DraftNoteEditor';
import { allowImageDrop, handleImageDrop, handleImagePaste } from './images';
import { TextEditor } from './TextEditor';
import { Toolbar } from './Toolbar';
import { useCanvas } from './use-canvas';
import { useCanvasInput } from './use-canvas-input';
import { useCanvasKeys } from './use-canvas-keys';
import { useModelVersion } from './use-model';
import { useSurfaceSize } from './use-surface-size';
import { ZoomWidget } from './ZoomWidget';
import './canvas.css';

declare global {
  interface Window {
    /** For end-to-end tests and the render benchmark. */
    __moteplassCanvas?: {
      readonly viewport: { x: number; y: number; scale: number };
      setViewport(v: { x: number; y: number; scale: number }): void;
      readonly itemCount: number;
      readonly renderedCount: number;
      /** The items as the canvas holds them, for tests to check what arrived. */
      items(): ({ id: string } & BoardItem)[];
    };
  }
}

/** The board as a canvas: Konva drawing, tools, keyboard access, undo of one's own changes. */
export function CanvasBoard(props: CanvasBoardProps) {
  // Another connection or session is another canvas: remount (undo history is per connection).
  return (
    <CanvasInstance key={`${connectionKey(props.connection)}:${props.session.token}`} {...props} />
  );
}

const connectionKeys = new WeakMap<object, number>();
let connectionCount = 0;
function connectionKey(connection: object): number {
  const known = connectionKeys.get(connection);
  if (known !== undefined) return known;
  connectionCount += 1;
  connectionKeys.set(connection, connectionCount);
  return connectionCount;
}

function CanvasInstance(props: CanvasBoardProps) {
  const [controller] = useState(() => new CanvasController(props.connection, props.session));
  useEffect(() => {
    controller.start();
    return () => controller.stop();
  }, [controller]);
  return <LiveCanvas {...props} controller={controller} />;
}

function LiveCanvas({
  controller,
  connection,
  session,
  workshopId,
  readOnly,
  renderOverlay,
  onPointerWorld,
  onSelectionChange,
  onViewportChange,
  onFirstPaint,
  viewportRequest,
  phase,
  silentDraft,
  compact = false,
  insets,
  focusRect,
}: CanvasBoardProps & { controller: CanvasController }) {
  const { t } = useTranslation();
  const surface = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const control = useControlState(connection.workshop);
  useModelVersion(controller);
  const announcement = useCanvas(controller, (s) => s.announcement);
  const viewedPhase = phase ?? control.phase;

  useLayoutEffect(() => {
    controller.configure({
      readOnly,
      currentPhase: viewedPhase,
      draftPhase: silentDraft?.phase ?? null,
      ...(insets ? { insets } : {}),
      callbacks: {
        ...(onPointerWorld ? { onPointerWorld } : {}),
        ...(onSelectionChange ? { onSelectionChange } : {}),
        ...(onViewportChange ? { onViewportChange } : {}),
        ...(onFirstPaint ? { onFirstPaint } : {}),
      },
    });
  });

  useCanvasInput(surface, controller);
  const onKeyDown = useCanvasKeys(controller);

  // Another phase chosen (or the facilitator moved everybody): go to its frame.
  const shownPhase = useRef(viewedPhase);
  useEffect(() => {
    if (shownPhase.current === viewedPhase) return;
    shownPhase.current = viewedPhase;
    controller.markFitted();
    controller.zoomToPhase();
  }, [controller, viewedPhase]);

  useSurfaceSize(surface, controller);

  // A breakout group's frame (or the phase after a recall): once per key, once the canvas has a size.
  const sized = useCanvas(controller, (s) => s.width > 0);
  const focusKey = focusRect?.key;
  const focused = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!focusRect || !sized || focused.current === focusRect.key) return;
    focused.current = focusRect.key;
    controller.markFitted();
    controller.zoomToRect(focusRect.rect, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key says when the rect is new
  }, [controller, focusKey, sized]);

  useEffect(() => {
    if (!viewportRequest) return;
    controller.markFitted();
    controller.setViewport(viewportRequest);
  }, [controller, viewportRequest]);

  useEffect(() => {
    window.__moteplassCanvas = {
      get viewport() {
        return controller.state.viewport;
      },
      setViewport(v) {
        controller.markFitted();
        controller.setViewport(v);
      },
      get itemCount() {
        return controller.model.items.size;
      },
      get renderedCount() {
        return controller.renderedCount;
      },
      items() {
        controller.model.flush();
        return [...controller.model.items].map(([id, item]) => ({ id, ...item }));
      },
    };
    return () => {
      delete window.__moteplassCanvas;
    };
  }, [controller]);

  const placement = () => ({
    items: connection.items,
    phase: viewedPhase,
    author: session.participantId,
    authorRole: session.role,
    workshopId,
    token: session.token,
    origin: controller.writes.origin,
  });
  // An upload that fails (too large, wrong type, quota) is said in the live region.
  const reportUpload = (upload: Promise<string[]>) => {
    upload.then(
      (ids) => controller.store.setState({ selection: ids }),
      (error: unknown) => controller.announce(t(errorMessageKey(error))),
    );
  };
  const malformed = controller.model.malformed.size;
  const refocus = () => surface.current?.focus({ preventScroll: true });

  return (
    <div className={`canvas-board${compact ? ' canvas-board-compact' : ''}`}>
      {/* The tools float over the bottom of the canvas: the palette in the middle, zoom at the side. */}
      <div className="canvas-dock">
        <Toolbar controller={controller} readOnly={readOnly} compact={compact} onAfter={refocus} />
        <ZoomWidget controller={controller} compact={compact} onAfter={refocus} />
      </div>
      {readOnly && <p className="canvas-locked">{t('canvas.locked')}</p>}
      <div
        ref={surface}
        className="canvas-surface"
        tabIndex={0}
        role="application"
        aria-label={t('canvas.label')}
        aria-describedby={helpId}
        data-tool={controller.effectiveTool()}
        onKeyDown={onKeyDown}
        onKeyUp={(e) => {
          if (e.key === ' ') controller.store.setState({ spaceHeld: false });
        }}
        onBlur={(e) => {
          if (e.target === e.currentTarget) controller.store.setState({ spaceHeld: false });
        }}
        onCopy={(e) => {
          if (e.target !== e.currentTarget) return;
          const text = controller.copySelection();
          if (!text) return;
          e.clipboardData.setData('text/plain', text);
          e.preventDefault();
        }}
        onCut={(e) => {
          if (e.target !== e.currentTarget) return;
          const text = controller.copySelection();
          if (!text || readOnly) return;
          e.clipboardData.setData('text/plain', text);
          controller.deleteSelection();
          e.preventDefault();
        }}
        onPaste={(e) => {
          if (e.target !== e.currentTarget) return;
          if (!readOnly) {
            const at = controller.lastPointerWorld ?? controller.viewCentre();
            const upload = handleImagePaste(e.nativeEvent, at, placement());
            if (upload) {
              reportUpload(upload);
              return;
            }
          }
          if (controller.paste(e.clipboardData.getData('text/plain'))) e.preventDefault();
        }}
        onDragOver={(e) => {
          if (!readOnly) allowImageDrop(e.nativeEvent);
        }}
        onDrop={(e) => {
          if (readOnly) return;
          const box = e.currentTarget.getBoundingClientRect();
          const at = toWorld(
            { x: e.clientX - box.left, y: e.clientY - box.top },
            controller.state.viewport,
          );
          const upload = handleImageDrop(e.nativeEvent, at, placement());
          if (upload) reportUpload(upload);
        }}
      >
        <CanvasStage controller={controller} renderOverlay={renderOverlay} />
        <CanvasImages controller={controller} workshopId={workshopId} token={session.token} />
        <TextEditor controller={controller} onDone={refocus} />
        {silentDraft && (
          <DraftNoteEditor
            controller={controller}
            onDone={refocus}
            onSave={(text) => {
              silentDraft.save(text);
              controller.announce(t('layout.draftSaved'));
            }}
          />
        )}
        {malformed > 0 && (
          <p className="canvas-malformed">{t('canvas.malformed', { count: malformed })}</p>
        )}
      </div>
      <p id={helpId} className="visually-hidden">
        {t('canvas.help')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
