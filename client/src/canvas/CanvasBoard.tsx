import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BoardItem } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { useControlState } from '../sync';
import { errorMessageKey } from '../api';
import { CanvasImages } from './CanvasImages';
import { CanvasStage } from './CanvasStage';
import { toWorld, type CanvasBoardProps } from './contract';
import { CanvasController } from './controller';
import { describeFocus } from './describe';
import { allowImageDrop, handleImageDrop, handleImagePaste } from './images';
import { keyCommand } from './keyboard';
import { TextEditor } from './TextEditor';
import { Toolbar } from './Toolbar';
import { useCanvas } from './use-canvas';
import { useCanvasInput } from './use-canvas-input';
import { useModelVersion } from './use-model';
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
  viewportRequest,
}: CanvasBoardProps & { controller: CanvasController }) {
  const { t } = useTranslation();
  const surface = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const control = useControlState(connection.workshop);
  useModelVersion(controller);
  const announcement = useCanvas(controller, (s) => s.announcement);

  useLayoutEffect(() => {
    controller.configure({
      readOnly,
      currentPhase: control.phase,
      callbacks: {
        ...(onPointerWorld ? { onPointerWorld } : {}),
        ...(onSelectionChange ? { onSelectionChange } : {}),
        ...(onViewportChange ? { onViewportChange } : {}),
      },
    });
  });

  useCanvasInput(surface, controller);

  useEffect(() => {
    const el = surface.current;
    if (!el) return;
    const observer = new ResizeObserver(() => controller.setSize(el.clientWidth, el.clientHeight));
    observer.observe(el);
    controller.setSize(el.clientWidth, el.clientHeight);
    return () => observer.disconnect();
  }, [controller]);

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
    phase: control.phase,
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
  const model = controller.model;
  const frames = [...model.items.entries()]
    .filter(([, item]) => item.type === 'frame')
    .map(([id, item]) => ({
      id,
      label: item.type === 'frame' && item.title ? item.title : t('canvas.itemTypes.frame'),
    }));
  const malformed = model.malformed.size;
  const refocus = () => surface.current?.focus({ preventScroll: true });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === ' ') {
      controller.store.setState({ spaceHeld: true });
      e.preventDefault();
      return;
    }
    const command = keyCommand({
      key: e.key,
      shift: e.shiftKey,
      mod: e.ctrlKey || e.metaKey,
      alt: e.altKey,
    });
    if (!command) return;
    switch (command.type) {
      case 'focusNext':
        // At either end Tab leaves the canvas: no keyboard trap.
        if (!controller.focusNext(command.backwards)) return;
        announceFocus();
        break;
      case 'undo':
        controller.undo();
        break;
      case 'redo':
        controller.redo();
        break;
      case 'delete': {
        const count = controller.deleteSelection();
        if (count > 0) controller.announce(t('canvas.deleted', { count }));
        break;
      }
      case 'duplicate':
        controller.duplicateSelection();
        break;
      case 'selectAll':
        controller.selectAll();
        break;
      case 'restack':
        controller.restack(command.direction);
        break;
      case 'nudge': {
        const result = controller.nudge(command.dx, command.dy);
        if (result === 'nothing') return;
        // Arrows on a connector stay on the canvas (no page scroll) and say why nothing moved.
        if (result === 'connector') controller.announce(t('canvas.connectorFollows'));
        break;
      }
      case 'edit': {
        const id = controller.state.focused ?? controller.state.selection[0];
        if (!id) return;
        controller.startEditing(id);
        break;
      }
      case 'escape':
        controller.dispatch({ type: 'cancel' });
        controller.store.setState({ selection: [], focused: null, tool: 'select', preview: null });
        break;
      case 'tool':
        controller.setTool(command.tool);
        break;
      case 'zoom':
        controller.zoomBy(command.factor);
        break;
      case 'zoomFit':
        controller.zoomToFit();
        break;
    }
    e.preventDefault();
  };

  const announceFocus = () => {
    const id = controller.state.focused;
    const text = id ? describeFocus(t, model.items, id, controller.tabOrder()) : null;
    if (text) controller.announce(text);
  };

  return (
    <div className="canvas-board">
      <Toolbar controller={controller} readOnly={readOnly} frames={frames} onAfter={refocus} />
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
