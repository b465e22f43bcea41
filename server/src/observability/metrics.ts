import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DropReason, RoomObserver } from '../rooms/index.js';

/**
 * Prometheus metrics. One registry per app (tests build many apps). Labels
 * never carry workshop ids, names or text: counts only.
 */
export class Metrics implements RoomObserver {
  readonly registry = new Registry();
  /** Set by the app once the room registry exists. */
  countRooms: () => number = () => 0;
  readonly rooms: Gauge = new Gauge({
    name: 'moteplass_rooms',
    help: 'Rooms loaded',
    registers: [this.registry],
    collect: () => this.rooms.set(this.countRooms()),
  });
  readonly connections = new Gauge({
    name: 'moteplass_connections',
    help: 'Open WebSocket connections',
    registers: [this.registry],
  });
  private readonly messagesIn = new Counter({
    name: 'moteplass_messages_in_total',
    help: 'WebSocket messages received',
    registers: [this.registry],
  });
  private readonly bytesIn = new Counter({
    name: 'moteplass_bytes_in_total',
    help: 'WebSocket bytes received',
    registers: [this.registry],
  });
  private readonly messagesOutCounter = new Counter({
    name: 'moteplass_messages_out_total',
    help: 'WebSocket messages sent (one per connection)',
    registers: [this.registry],
  });
  private readonly dropped = new Counter({
    name: 'moteplass_updates_dropped_total',
    help: 'Client messages dropped by policy or rate limit',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  private readonly refused = new Counter({
    name: 'moteplass_updates_refused_total',
    help: 'Board updates refused as no honest client sends them (sender closed)',
    registers: [this.registry],
  });
  private readonly skippedOnLoad = new Counter({
    name: 'moteplass_stored_content_skipped_total',
    help: 'Damaged stored content left out when a room loaded (whole updates, or items)',
    labelNames: ['part'],
    registers: [this.registry],
  });
  private readonly closed = new Counter({
    name: 'moteplass_connections_closed_by_server_total',
    help: 'Connections the server closed',
    registers: [this.registry],
  });
  private readonly slowSockets = new Counter({
    name: 'moteplass_slow_sockets_total',
    help: 'Sockets that fell behind (no broadcasts until drained) and that were caught up with one update',
    labelNames: ['event'],
    registers: [this.registry],
  });
  private readonly presenceSuperseded = new Counter({
    name: 'moteplass_presence_superseded_total',
    help: 'Presence states replaced by a newer one before they were relayed (never sent)',
    registers: [this.registry],
  });
  private readonly appendLatency = new Histogram({
    name: 'moteplass_storage_append_seconds',
    help: 'Latency of storing document updates',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  messageIn(bytes: number): void {
    this.messagesIn.inc();
    this.bytesIn.inc(bytes);
  }

  messagesOut(count: number): void {
    this.messagesOutCounter.inc(count);
  }

  updateDropped(reason: DropReason): void {
    this.dropped.inc({ reason });
  }

  updateRefused(): void {
    this.refused.inc();
  }

  storedContentSkipped(part: 'update' | 'item', count: number): void {
    this.skippedOnLoad.inc({ part }, count);
  }

  storageAppend(seconds: number): void {
    this.appendLatency.observe(seconds);
  }

  connectionClosed(): void {
    this.closed.inc();
  }

  slowSocket(event: 'behind' | 'caught-up'): void {
    this.slowSockets.inc({ event });
  }

  presenceDropped(count: number): void {
    this.presenceSuperseded.inc(count);
  }
}
