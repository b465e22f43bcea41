import type { Language, Role } from '@moteplass/shared';

/** A workshop as stored. `storage.workshops` keeps these, their participants and join codes. */
export interface WorkshopRecord {
  id: string;
  title: string;
  caseDescription: string;
  language: Language;
  /** Normalised join code (upper case, no separators). Unique among live workshops. */
  joinCode: string;
  /** SHA-256 (hex) of the facilitator key; the key itself is never stored. */
  facilitatorKeyHash: string;
  createdAt: number;
  /** Last time anybody joined or changed something; drives retention. */
  lastActivityAt: number;
}

export type WorkshopPatch = Partial<
  Pick<WorkshopRecord, 'title' | 'caseDescription' | 'language' | 'joinCode' | 'lastActivityAt'>
>;

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  /** Display name or pseudonym; optional by design (GDPR: collect little). */
  name: string | null;
  /** Role category; null for a facilitator who did not give one. */
  role: Role | null;
  facilitator: boolean;
  createdAt: number;
  /** A removed participant's token stops working. */
  revoked: boolean;
}

/**
 * Workshops, their participants and join codes, and the facilitator's
 * case-file summary. Deleting a workshop spans every part, so it is
 * `storage.deleteWorkshop`, not here.
 */
export interface WorkshopStore {
  /** Throws `JoinCodeTakenError` when another workshop has the join code. */
  create(workshop: WorkshopRecord): Promise<void>;
  get(id: string): Promise<WorkshopRecord | null>;
  getByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  /** Throws `JoinCodeTakenError` when a new join code is taken. No-op for an unknown id. */
  update(id: string, patch: WorkshopPatch): Promise<void>;
  /** Ids of workshops whose last activity is before `timestamp` (for retention). */
  listInactiveSince(timestamp: number): Promise<string[]>;

  /** The facilitator's summary for the case-file report; '' when none was written. */
  getCaseFileSummary(workshopId: string): Promise<string>;
  /** Replaces the summary; no-op for an unknown workshop. */
  setCaseFileSummary(workshopId: string, summary: string): Promise<void>;

  /** Throws for a workshop that does not exist. */
  addParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(workshopId: string, participantId: string): Promise<ParticipantRecord | null>;
  /** In join order. */
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  revokeParticipant(workshopId: string, participantId: string): Promise<void>;
}

export class JoinCodeTakenError extends Error {
  constructor(joinCode: string) {
    super(`join code ${joinCode} is taken`);
    this.name = 'JoinCodeTakenError';
  }
}
