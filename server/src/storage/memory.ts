import type { RoomName } from '@moteplass/shared';
import type { EqualityStorage } from './equality-types.js';
import { MemorySeriesStore } from './memory-series.js';
import { MemoryEqualityStore } from './memory-equality.js';
import {
  JoinCodeTakenError,
  type DocumentAppend,
  type ImageRecord,
  type ParticipantRecord,
  type Storage,
  type StoredDocument,
  type WorkshopPatch,
  type WorkshopRecord,
} from './types.js';

interface StoredUpdate {
  seq: number;
  data: Uint8Array;
}

interface MemoryDocument {
  snapshot: Uint8Array | null;
  updates: StoredUpdate[];
}

/**
 * Everything in maps, gone with the process: for tests and throwaway servers.
 * Records and bytes are copied in and out, so a caller that reuses a buffer
 * (Yjs does) cannot change what was stored.
 */
export class MemoryStorage implements Storage {
  readonly kind = 'memory';

  private workshops = new Map<string, WorkshopRecord>();
  /** workshopId → participantId → participant, in join order. */
  private participants = new Map<string, Map<string, ParticipantRecord>>();
  private documents = new Map<string, Map<RoomName, MemoryDocument>>();
  private meta = new Map<string, string>();
  private caseFileSummaries = new Map<string, string>();
  /** workshopId → image id → image. */
  private images = new Map<string, Map<string, ImageRecord>>();
  /** One counter for all documents, like SQLite's AUTOINCREMENT: a seq is never reused. */
  private lastSeq = 0;
  private readonly equality = new MemoryEqualityStore();
  readonly series = new MemorySeriesStore();

  // Drafts and votes (equality controls), kept by their own store.
  openSilentRound: EqualityStorage['openSilentRound'] = (...a) =>
    this.equality.openSilentRound(...a);
  getOpenSilentRound: EqualityStorage['getOpenSilentRound'] = (...a) =>
    this.equality.getOpenSilentRound(...a);
  saveDraft: EqualityStorage['saveDraft'] = (...a) => this.equality.saveDraft(...a);
  deleteDraft: EqualityStorage['deleteDraft'] = (...a) => this.equality.deleteDraft(...a);
  listDrafts: EqualityStorage['listDrafts'] = (...a) => this.equality.listDrafts(...a);
  claimReveal: EqualityStorage['claimReveal'] = (...a) => this.equality.claimReveal(...a);
  finishReveal: EqualityStorage['finishReveal'] = (...a) => this.equality.finishReveal(...a);
  releaseReveal: EqualityStorage['releaseReveal'] = (...a) => this.equality.releaseReveal(...a);
  openVote: EqualityStorage['openVote'] = (...a) => this.equality.openVote(...a);
  getOpenVote: EqualityStorage['getOpenVote'] = (...a) => this.equality.getOpenVote(...a);
  voteProgress: EqualityStorage['voteProgress'] = (...a) => this.equality.voteProgress(...a);
  castDot: EqualityStorage['castDot'] = (...a) => this.equality.castDot(...a);
  retractDot: EqualityStorage['retractDot'] = (...a) => this.equality.retractDot(...a);
  listDots: EqualityStorage['listDots'] = (...a) => this.equality.listDots(...a);
  closeVote: EqualityStorage['closeVote'] = (...a) => this.equality.closeVote(...a);
  listVotes: EqualityStorage['listVotes'] = (...a) => this.equality.listVotes(...a);

  async createWorkshop(workshop: WorkshopRecord): Promise<void> {
    if (this.workshops.has(workshop.id)) throw new Error(`workshop ${workshop.id} exists`);
    this.assertJoinCodeFree(workshop.joinCode, workshop.id);
    this.workshops.set(workshop.id, { ...workshop });
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const workshop = this.workshops.get(id);
    return workshop ? { ...workshop } : null;
  }

  async getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const workshop = this.findByJoinCode(joinCode);
    return workshop ? { ...workshop } : null;
  }

  async updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
    const workshop = this.workshops.get(id);
    if (!workshop) return;
    if (patch.joinCode !== undefined) this.assertJoinCodeFree(patch.joinCode, id);
    // Only defined keys: `{ title: undefined }` must not blank the title.
    const changes = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    ) as WorkshopPatch;
    this.workshops.set(id, { ...workshop, ...changes });
  }

  async deleteWorkshop(id: string): Promise<void> {
    this.workshops.delete(id);
    this.participants.delete(id);
    this.documents.delete(id);
    this.equality.deleteWorkshop(id);
    this.series.deleteWorkshop(id);
    this.caseFileSummaries.delete(id);
    this.images.delete(id);
  }

  async listWorkshopsInactiveSince(timestamp: number): Promise<string[]> {
    return [...this.workshops.values()]
      .filter((workshop) => workshop.lastActivityAt < timestamp)
      .map((workshop) => workshop.id);
  }

  async getCaseFileSummary(workshopId: string): Promise<string> {
    return this.caseFileSummaries.get(workshopId) ?? '';
  }

  async setCaseFileSummary(workshopId: string, summary: string): Promise<void> {
    if (this.workshops.has(workshopId)) this.caseFileSummaries.set(workshopId, summary);
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    // Mirrors the foreign key of the SQL implementations.
    if (!this.workshops.has(participant.workshopId)) {
      throw new Error(`workshop ${participant.workshopId} does not exist`);
    }
    const inWorkshop = this.participants.get(participant.workshopId) ?? new Map();
    if (inWorkshop.has(participant.id)) throw new Error(`participant ${participant.id} exists`);
    inWorkshop.set(participant.id, { ...participant });
    this.participants.set(participant.workshopId, inWorkshop);
  }

  async getParticipant(
    workshopId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    const participant = this.participants.get(workshopId)?.get(participantId);
    return participant ? { ...participant } : null;
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const inWorkshop = [...(this.participants.get(workshopId)?.values() ?? [])];
    return inWorkshop
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((participant) => ({ ...participant }));
  }

  async revokeParticipant(workshopId: string, participantId: string): Promise<void> {
    const participant = this.participants.get(workshopId)?.get(participantId);
    if (participant) participant.revoked = true;
  }

  async loadDocument(workshopId: string, room: RoomName): Promise<StoredDocument> {
    const document = this.documents.get(workshopId)?.get(room);
    if (!document) return { snapshot: null, updates: [], lastSeq: 0 };
    return {
      snapshot: document.snapshot ? document.snapshot.slice() : null,
      updates: document.updates.map((update) => update.data.slice()),
      lastSeq: document.updates.at(-1)?.seq ?? 0,
    };
  }

  async appendUpdates(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number> {
    return this.insertUpdates({ workshopId, room, updates });
  }

  async appendUpdatesBatch(entries: readonly DocumentAppend[]): Promise<number[]> {
    return entries.map((entry) => this.insertUpdates(entry));
  }

  /** One document's updates in order; the last sequence number (protected: test storage builds on it). */
  protected insertUpdates({ workshopId, room, updates }: DocumentAppend): number {
    const document = this.documentFor(workshopId, room);
    for (const data of updates) {
      document.updates.push({ seq: ++this.lastSeq, data: data.slice() });
    }
    return document.updates.at(-1)?.seq ?? 0;
  }

  async compactDocument(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void> {
    const document = this.documentFor(workshopId, room);
    document.snapshot = snapshot.slice();
    document.updates = document.updates.filter((update) => update.seq > throughSeq);
  }

  async putImage(
    image: ImageRecord,
    options: { maxWorkshopBytes?: number } = {},
  ): Promise<boolean> {
    // Mirrors the foreign key of the SQL implementations.
    if (!this.workshops.has(image.workshopId)) {
      throw new Error(`workshop ${image.workshopId} does not exist`);
    }
    const inWorkshop = this.images.get(image.workshopId) ?? new Map<string, ImageRecord>();
    if (options.maxWorkshopBytes !== undefined) {
      let others = 0;
      for (const [id, stored] of inWorkshop) if (id !== image.id) others += stored.bytes.length;
      if (others + image.bytes.length > options.maxWorkshopBytes) return false;
    }
    inWorkshop.set(image.id, { ...image, bytes: image.bytes.slice() });
    this.images.set(image.workshopId, inWorkshop);
    return true;
  }

  async getImage(
    workshopId: string,
    id: string,
  ): Promise<{ mime: string; bytes: Uint8Array } | null> {
    const image = this.images.get(workshopId)?.get(id);
    return image ? { mime: image.mime, bytes: image.bytes.slice() } : null;
  }

  async imageBytesTotal(workshopId: string): Promise<number> {
    let total = 0;
    for (const image of this.images.get(workshopId)?.values() ?? []) total += image.bytes.length;
    return total;
  }

  async getMeta(key: string): Promise<string | null> {
    return this.meta.get(key) ?? null;
  }

  async setMetaIfAbsent(key: string, value: string): Promise<string> {
    const existing = this.meta.get(key);
    if (existing !== undefined) return existing;
    this.meta.set(key, value);
    return value;
  }

  async close(): Promise<void> {
    this.workshops.clear();
    this.participants.clear();
    this.documents.clear();
    this.meta.clear();
    this.caseFileSummaries.clear();
    this.images.clear();
    this.equality.clear();
    this.series.clear();
  }

  private findByJoinCode(joinCode: string): WorkshopRecord | undefined {
    for (const workshop of this.workshops.values()) {
      if (workshop.joinCode === joinCode) return workshop;
    }
    return undefined;
  }

  private assertJoinCodeFree(joinCode: string, forWorkshopId: string): void {
    const holder = this.findByJoinCode(joinCode);
    if (holder && holder.id !== forWorkshopId) throw new JoinCodeTakenError(joinCode);
  }

  private documentFor(workshopId: string, room: RoomName): MemoryDocument {
    const rooms = this.documents.get(workshopId) ?? new Map<RoomName, MemoryDocument>();
    this.documents.set(workshopId, rooms);
    const document = rooms.get(room) ?? { snapshot: null, updates: [] };
    rooms.set(room, document);
    return document;
  }
}
