import type { PhaseId } from '@moteplass/shared';
import type Konva from 'konva';
import { isEditable } from '../kinds';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { BoardModel } from './board-model';
import { ClosedTallies } from './closed-tallies';
import { afterFirstPaint } from './first-paint';
import { BoardWrites } from './board-writes';
import { toWorld, type CanvasSize, type Insets, type Point, type Viewport } from './contract';
import { fitRectInside, READABLE_SCALE, unionRects, zoomAt, type Rect } from './geometry';
import { drawInteractive, drawStatic, liftedIds, type SceneState } from './render/scene';
import { createCanvasStore, prunedSelection, type CanvasUiState } from './store';
import { handleAt, toolContextOf } from './tool-context';
import {
  TOOLS,
  WRITING_TOOLS,
  type PointerInput,
  type ToolContext,
  type ToolEffect,
  type ToolEvent,
  type ToolId,
} from './tools';

/** Hit tolerance for thin lines and handles, screen pixels (larger for fingers). */
const HIT_PX = 6;
const TOUCH_HIT_PX = 14;

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface CanvasCallbacks {
  onPointerWorld?: (p: Point | null) => void;
  onSelectionChange?: (ids: string[]) => void;
  onViewportChange?: (v: Viewport, size: CanvasSize) => void;
  onFirstPaint?: () => void;
}

/**
 * The canvas's engine, plain TypeScript: the model of the board, the writes,
 * the local UI store, the viewport, the active tool's state machine and the
 * two drawing layers. `CanvasController` adds the commands (keyboard,
 * toolbar, clipboard); React components only mount it and forward DOM events.
 */
export class CanvasEngine {
  readonly store = createCanvasStore();
  readonly model: BoardModel;
  readonly writes: BoardWrites;
  callbacks: CanvasCallbacks = {};
  readOnly = false;
  /**
   * Silent writing: a new note in this phase becomes the person's private
   * draft (`draftAt` opens its editor) instead of an item on the shared board.
   */
  draftPhase: PhaseId | null = null;
  /** Screen pixels along each edge covered by floating panels (fits avoid them). */
  insets: Insets = NO_INSETS;
  currentPhase: PhaseId = 'explore';
  renderedCount = 0;
  /** Loaded pictures by image id (CanvasImages fills it); drawn instead of their placeholder. */
  readonly images = new Map<string, CanvasImageSource>();
  readonly tallies = new ClosedTallies(); // closed votes' counts: a poll's bars
  private readonly control: WorkshopConnection['workshop'] | undefined;

  private toolState: unknown;
  private activeTool: ToolId = 'select';
  private staticLayer: Konva.Layer | null = null;
  private interactiveLayer: Konva.Layer | null = null;
  private drawQueued = { static: false, interactive: false };
  private frame: number | null = null;
  private lastLiftedKey = '';
  private painted = false;
  private fitted = false;
  private pointerType = 'mouse';
  lastPointerWorld: Point | null = null;
  private readonly unsubscribers: (() => void)[] = [];

  constructor(connection: WorkshopConnection, session: Session) {
    this.model = new BoardModel(connection.items);
    this.control = connection.workshop;
    this.writes = new BoardWrites(
      connection.items,
      this.model,
      { participantId: session.participantId, role: session.role },
      () => this.currentPhase,
      () => ({ color: this.state.noteColor, shape: this.state.shapeKind }),
    );
    this.toolState = TOOLS.select.initial;
  }

  /** Follow the board and the UI state; `stop` undoes it (React may mount twice). */
  start(): void {
    this.stop();
    this.model.start();
    this.unsubscribers.push(
      this.model.subscribe(() => {
        this.pruneSelection();
        this.fitOnce();
        this.requestDraw(true);
      }),
      this.store.subscribe((next, prev) => this.onStoreChange(next, prev)),
      this.tallies.follow(this.control, () => this.requestDraw(true)),
    );
    // A canvas opened on a board that has synced already (a phone's tab) fits now.
    this.fitOnce();
  }

  /** What the page decides: whether the board is locked for this person, the phase, the callbacks. */
  configure(options: {
    readOnly: boolean;
    currentPhase: PhaseId;
    draftPhase?: PhaseId | null;
    insets?: Insets;
    callbacks: CanvasCallbacks;
  }): void {
    this.insets = options.insets ?? NO_INSETS;
    const lockedNow = options.readOnly && !this.readOnly;
    this.readOnly = options.readOnly;
    this.draftPhase = options.draftPhase ?? null;
    this.currentPhase = options.currentPhase;
    this.callbacks = options.callbacks;
    if (lockedNow) {
      this.dispatch({ type: 'cancel' });
      this.store.setState({ editing: null, preview: null });
      this.requestDraw(false);
    }
  }

  stop(): void {
    for (const off of this.unsubscribers.splice(0)) off();
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.writes.destroy();
    this.model.stop();
  }

  get state(): CanvasUiState {
    return this.store.getState();
  }

  // ---- layers and drawing ----
  attachLayers(staticLayer: Konva.Layer | null, interactiveLayer: Konva.Layer | null): void {
    this.staticLayer = staticLayer;
    this.interactiveLayer = interactiveLayer;
    this.requestDraw(true);
  }

  private sceneState(): SceneState {
    const s = this.state;
    return {
      viewport: s.viewport,
      width: s.width,
      height: s.height,
      selection: s.selection,
      preview: s.preview,
      focused: s.focused,
      readOnly: this.readOnly,
      tallies: this.tallies.current,
    };
  }

  /** Called by the static layer's one Shape. */
  drawStaticScene = (ctx: CanvasRenderingContext2D): void => {
    const scene = this.sceneState();
    this.renderedCount = drawStatic(
      ctx,
      this.model,
      scene,
      liftedIds(this.model, scene),
      this.images,
    );
    if (!this.painted && this.model.items.size > 0) {
      this.painted = true;
      afterFirstPaint(this.callbacks.onFirstPaint);
    }
  };

  drawInteractiveScene = (ctx: CanvasRenderingContext2D): void => {
    const scene = this.sceneState();
    drawInteractive(ctx, this.model, scene, liftedIds(this.model, scene), this.images);
  };

  /** Redraw at the next animation frame; the static layer only when asked (it is the big one). */
  requestDraw(staticToo: boolean): void {
    if (staticToo) this.drawQueued.static = true;
    this.drawQueued.interactive = true;
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const { x, y, scale } = this.state.viewport;
      for (const layer of [this.staticLayer, this.interactiveLayer]) {
        layer?.position({ x, y });
        layer?.scale({ x: scale, y: scale });
      }
      if (this.drawQueued.static) this.staticLayer?.draw();
      if (this.drawQueued.interactive) this.interactiveLayer?.draw();
      this.drawQueued = { static: false, interactive: false };
    });
  }

  private onStoreChange(next: CanvasUiState, prev: CanvasUiState): void {
    const liftedKey = [...liftedIds(this.model, next)].sort().join();
    const viewMoved =
      next.viewport !== prev.viewport || next.width !== prev.width || next.height !== prev.height;
    const staticToo = viewMoved || liftedKey !== this.lastLiftedKey;
    this.lastLiftedKey = liftedKey;
    if (
      staticToo ||
      next.preview !== prev.preview ||
      next.selection !== prev.selection ||
      next.focused !== prev.focused
    )
      this.requestDraw(staticToo);
    // A new size shows another part of the board too (follow mode fits views to screens).
    if (viewMoved)
      this.callbacks.onViewportChange?.(next.viewport, { width: next.width, height: next.height });
    if (next.selection !== prev.selection) this.callbacks.onSelectionChange?.(next.selection);
    if (next.width !== prev.width || next.height !== prev.height) this.fitOnce();
  }

  private pruneSelection(): void {
    const patch = prunedSelection(this.state, (id) => this.model.items.has(id));
    if (patch) this.store.setState(patch);
  }

  // ---- viewport ----

  setViewport = (viewport: Viewport): void => {
    this.store.setState({ viewport });
  };

  setSize(width: number, height: number): void {
    this.store.setState({ width, height });
  }

  panBy(dx: number, dy: number): void {
    const v = this.state.viewport;
    this.setViewport({ ...v, x: v.x + dx, y: v.y + dy });
  }

  zoomBy(factor: number, at?: Point): void {
    const { width, height, viewport } = this.state;
    this.setViewport(zoomAt(viewport, at ?? { x: width / 2, y: height / 2 }, factor));
  }

  /** Show `rect` whole; `readable`: not below READABLE_SCALE where the canvas is wide. */
  zoomToRect(rect: Rect | null, readable = false): void {
    const { width, height } = this.state;
    if (!rect || width === 0) return;
    const floor = readable ? READABLE_SCALE : 0;
    this.setViewport(fitRectInside(rect, width, height, this.insets, floor));
  }

  zoomToFit(): void {
    const rects: Rect[] = [];
    for (const id of this.model.items.keys()) {
      const r = this.model.rectOf(id);
      if (r) rects.push(r);
    }
    this.zoomToRect(unionRects(rects));
  }

  /** First view: the frame of the current phase, or everything when there is no such frame. */
  private fitOnce(): void {
    if (this.fitted || this.state.width === 0 || this.model.items.size === 0) return;
    this.fitted = true;
    const frame = this.phaseFrameRect();
    if (frame) this.zoomToRect(frame, true);
    else this.zoomToFit();
  }

  protected phaseFrameRect(): Rect | null {
    return this.model.phaseFrameRect(this.currentPhase);
  }

  /** The view was set from outside (follow mode, a test): do not fit over it later. */
  markFitted(): void {
    this.fitted = true;
  }

  // ---- tools ----

  effectiveTool(): ToolId {
    const { tool, spaceHeld } = this.state;
    if (spaceHeld) return 'hand';
    if (this.readOnly && WRITING_TOOLS.has(tool)) return 'select';
    return tool;
  }

  setTool(tool: ToolId): void {
    this.dispatch({ type: 'cancel' });
    this.store.setState({ tool, preview: null });
  }

  protected toolContext(): ToolContext {
    return toolContextOf(
      this.model,
      this.state.selection,
      this.state.viewport.scale,
      this.readOnly,
    );
  }

  dispatch(event: ToolEvent): void {
    const id = event.type === 'down' ? this.effectiveTool() : this.activeTool;
    if (event.type === 'down' && id !== this.activeTool) {
      this.activeTool = id;
      this.toolState = TOOLS[id].initial;
    }
    const tool = TOOLS[this.activeTool];
    const step = tool.transition(this.toolState, event, this.toolContext());
    this.toolState = step.state;
    for (const effect of step.effects) this.apply(effect);
  }

  private apply(effect: ToolEffect): void {
    switch (effect.type) {
      case 'select':
        this.store.setState({ selection: effect.ids, focused: null });
        return;
      case 'preview':
        this.store.setState({ preview: effect.preview });
        return;
      case 'pan':
        this.panBy(effect.dx, effect.dy);
        return;
      case 'edit':
        this.startEditing(effect.id);
        return;
      default:
        if (this.readOnly) return;
    }
    switch (effect.type) {
      case 'move':
        this.writes.move(effect.ids, effect.dx, effect.dy);
        return;
      case 'resize':
        this.writes.resize(effect.rects);
        return;
      case 'create': {
        const spec = effect.spec;
        if (spec.kind === 'note' && this.draftPhase !== null) {
          const phase = this.model.phaseAt(spec.at) ?? this.currentPhase;
          if (phase === this.draftPhase) {
            this.store.setState({ tool: 'select', draftAt: spec.at, selection: [] });
            return;
          }
        }
        const id = this.writes.create(spec);
        if (!id) return;
        // After placing one item the board goes back to selecting, except for the pen and connector.
        const keep = spec.kind === 'drawing' || spec.kind === 'connector';
        this.store.setState({ selection: [id], ...(keep ? {} : { tool: 'select' as const }) });
        // What has words is edited at once (a pen stroke or a connector has none).
        this.startEditing(id);
        return;
      }
    }
  }

  startEditing(id: string): void {
    const item = this.model.items.get(id);
    if (this.readOnly || !isEditable(item)) return;
    this.store.setState({ editing: id, selection: [id] });
  }

  stopEditing(text: string | null): void {
    const { editing } = this.state;
    if (!editing) return;
    if (text !== null && !this.readOnly) this.writes.setText(editing, text);
    this.store.setState({ editing: null });
  }

  // ---- pointer input ----

  pointerInput(screen: Point, shift: boolean, clicks: number, pointerType: string): PointerInput {
    this.pointerType = pointerType;
    const v = this.state.viewport;
    const world = toWorld(screen, v);
    const tolerance = (pointerType === 'touch' ? TOUCH_HIT_PX : HIT_PX) / v.scale;
    return {
      world,
      screen,
      shift,
      clicks,
      hit: this.model.hitTest(world, tolerance),
      handle: this.readOnly
        ? null
        : handleAt(this.model, this.state.selection, world, tolerance, v.scale),
    };
  }

  pointerMovedTo(world: Point | null): void {
    this.lastPointerWorld = world;
    this.callbacks.onPointerWorld?.(world);
  }

  get isTouch(): boolean {
    return this.pointerType === 'touch';
  }
}
