import {
  JoinCodeTakenError,
  type ParticipantRecord,
  type WorkshopPatch,
  type WorkshopRecord,
  type WorkshopStore,
} from '../parts/workshops.js';

/** Workshops, participants and case-file summaries in maps. */
export class MemoryWorkshops implements WorkshopStore {
  private workshops = new Map<string, WorkshopRecord>();
  /** workshopId → participantId → participant, in join order. */
  private participants = new Map<string, Map<string, ParticipantRecord>>();
  private caseFileSummaries = new Map<string, string>();

  /** For the other parts, which mirror the SQL foreign keys to `workshops`. */
  has(id: string): boolean {
    return this.workshops.has(id);
  }

  async create(workshop: WorkshopRecord): Promise<void> {
    if (this.workshops.has(workshop.id)) throw new Error(`workshop ${workshop.id} exists`);
    this.assertJoinCodeFree(workshop.joinCode, workshop.id);
    this.workshops.set(workshop.id, { ...workshop });
  }

  async get(id: string): Promise<WorkshopRecord | null> {
    const workshop = this.workshops.get(id);
    return workshop ? { ...workshop } : null;
  }

  async getByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const workshop = this.findByJoinCode(joinCode);
    return workshop ? { ...workshop } : null;
  }

  async update(id: string, patch: WorkshopPatch): Promise<void> {
    const workshop = this.workshops.get(id);
    if (!workshop) return;
    if (patch.joinCode !== undefined) this.assertJoinCodeFree(patch.joinCode, id);
    // Only defined keys: `{ title: undefined }` must not blank the title.
    const changes = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    ) as WorkshopPatch;
    this.workshops.set(id, { ...workshop, ...changes });
  }

  async listInactiveSince(timestamp: number): Promise<string[]> {
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

  /** Part of `MemoryStorage.deleteWorkshop`. */
  deleteWorkshop(id: string): void {
    this.workshops.delete(id);
    this.participants.delete(id);
    this.caseFileSummaries.delete(id);
  }

  clear(): void {
    this.workshops.clear();
    this.participants.clear();
    this.caseFileSummaries.clear();
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
}
