import {
  AGENDA_KEY,
  agendaFromMethod,
  findMethod,
  BOARD_ITEMS,
  CLOSE_CODES,
  CONTROL_KEYS,
  CONTROL_ROOT,
  DEFAULT_LANGUAGE,
  PHASE_IDS,
  isWellFormedJoinCode,
  normalizeJoinCode,
  type CreateSessionBody,
  type CreateWorkshopBody,
  type ParticipantListReply,
  type Role,
  type SessionReply,
  type WorkshopSummary,
} from '@moteplass/shared';
import type { WorkshopCluster } from '../cluster/types.js';
import { AppError } from '../http/errors.js';
import type { Peer, RoomLogger, RoomRegistry } from '../rooms/index.js';
import { JoinCodeTakenError, type Storage, type WorkshopRecord } from '../storage/index.js';
import { hashKey, keyMatches, newFacilitatorKey, newId, newJoinCode } from './ids.js';
import { rotateJoinCode } from './invitation.js';
import { listParticipants } from './participants.js';
import { PresenceTracker } from './presence.js';
import { placeLateJoiner } from '../breakout/late-joiner.js';
import { layOutPhaseFrames } from './template.js';
import { ActivityRecorder } from './retention.js';
import type { TokenSigner } from './tokens.js';

const silent: RoomLogger = { warn: () => {}, error: () => {} };

export interface CreatedWorkshop {
  workshop: WorkshopRecord;
  /** Shown once to the creator; only its hash is stored. */
  facilitatorKey: string;
}

/**
 * Workshops and sessions: creating a workshop, joining it by code or
 * facilitator key, checking tokens, deleting it for good. Knows nothing of HTTP.
 */
export class WorkshopService {
  /** Public counts by role in the control document; the transport reports joins and leaves. */
  readonly presence: PresenceTracker;
  /** Retention counts from the last use of any token, not only the last join. */
  private readonly activity: ActivityRecorder;
  /** Other instances serving the same workshops; absent with one instance. */
  private readonly cluster?: WorkshopCluster;

  constructor(
    private readonly storage: Storage,
    private readonly rooms: RoomRegistry,
    private readonly signer: TokenSigner,
    options: { logger?: RoomLogger; cluster?: WorkshopCluster } = {},
  ) {
    this.activity = new ActivityRecorder(storage);
    this.cluster = options.cluster;
    this.presence = new PresenceTracker(
      rooms,
      options.logger ?? silent,
      undefined,
      options.cluster,
    );
  }

  async create(body: CreateWorkshopBody, now = Date.now()): Promise<CreatedWorkshop> {
    // Checked before anything is stored: a wrong method id creates nothing.
    const method = body.method === undefined ? undefined : findMethod(body.method);
    if (body.method !== undefined && !method) {
      throw new AppError(
        'UNKNOWN_METHOD',
        `No method ${JSON.stringify(body.method)} in the library`,
      );
    }
    const facilitatorKey = newFacilitatorKey();
    const workshop: WorkshopRecord = {
      id: newId(),
      title: body.title.trim(),
      caseDescription: body.caseDescription?.trim() ?? '',
      language: body.language ?? DEFAULT_LANGUAGE,
      joinCode: '',
      facilitatorKeyHash: hashKey(facilitatorKey),
      createdAt: now,
      lastActivityAt: now,
    };
    // A collision among ~887 million codes is rare; try a few before giving up.
    for (let attempt = 0; ; attempt++) {
      workshop.joinCode = newJoinCode();
      try {
        await this.storage.workshops.create(workshop);
        break;
      } catch (error) {
        if (!(error instanceof JoinCodeTakenError) || attempt >= 5) throw error;
      }
    }
    const control = await this.rooms.get(workshop.id, 'control');
    await control.change((doc) => {
      const state = doc.getMap(CONTROL_ROOT);
      state.set(CONTROL_KEYS.title, workshop.title);
      state.set(CONTROL_KEYS.language, workshop.language);
      state.set(CONTROL_KEYS.phase, PHASE_IDS[0]);
      state.set(CONTROL_KEYS.locked, false);
      if (method) state.set(AGENDA_KEY, agendaFromMethod(method, workshop.language));
    });
    if ((body.template ?? 'phases') === 'phases') {
      const board = await this.rooms.get(workshop.id, 'board');
      await board.change((doc) => layOutPhaseFrames(doc, BOARD_ITEMS, workshop.language, now));
    }
    return { workshop, facilitatorKey };
  }

  /** The current join code (for the facilitator's invitation and the shared screen). */
  async joinCode(workshopId: string): Promise<string> {
    return (await this.require(workshopId)).joinCode;
  }

  /** A new join code; the old one stops working at once (see invitation.ts). */
  async rotateJoinCode(workshopId: string, now = Date.now()): Promise<string> {
    await this.require(workshopId);
    return rotateJoinCode(this.storage, this.rooms, workshopId, now);
  }

  async participants(workshopId: string): Promise<ParticipantListReply> {
    await this.require(workshopId);
    return listParticipants(this.storage, this.rooms, workshopId);
  }

  /**
   * Remove a participant: their token stops working (401) and their open
   * sockets close with 4401 at once (AUTH-4), here and on every other
   * instance. Removing twice is harmless, so when the other instances cannot
   * be told (503) the facilitator simply tries again.
   */
  async removeParticipant(workshopId: string, participantId: string): Promise<void> {
    const participant = await this.storage.workshops.getParticipant(workshopId, participantId);
    if (!participant) throw new AppError('NOT_FOUND', 'No such participant in this workshop');
    if (!participant.revoked)
      await this.storage.workshops.revokeParticipant(workshopId, participantId);
    await this.rooms.closeParticipant(
      workshopId,
      participantId,
      CLOSE_CODES.UNAUTHORIZED,
      'removed by the facilitator',
    );
    await this.tellOtherInstances(
      { type: 'participantRemoved', workshopId, participantId },
      'The participant is removed, but their sockets on other instances could not be closed yet; try again',
    );
  }

  /**
   * Is this peer still admitted? The transport asks right after a socket
   * joined a room: a removal that raced with the upgrade either is seen
   * here or finds the socket already joined and closes it.
   */
  async stillAdmitted(peer: Peer): Promise<boolean> {
    const participant = await this.storage.workshops.getParticipant(
      peer.workshopId,
      peer.participantId,
    );
    return participant !== null && !participant.revoked;
  }

  async summary(workshopId: string): Promise<WorkshopSummary> {
    const workshop = await this.require(workshopId);
    return { id: workshop.id, title: workshop.title, language: workshop.language };
  }

  async findByJoinCode(code: string): Promise<WorkshopSummary> {
    const joinCode = normalizeJoinCode(code);
    const workshop = isWellFormedJoinCode(joinCode)
      ? await this.storage.workshops.getByJoinCode(joinCode)
      : null;
    if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND', 'No workshop has that join code');
    return { id: workshop.id, title: workshop.title, language: workshop.language };
  }

  async join(workshopId: string, body: CreateSessionBody, now = Date.now()): Promise<SessionReply> {
    const workshop = await this.require(workshopId);
    const name = body.name?.trim() || null;
    const participantId = newId();
    let facilitator: boolean;
    let role: Role | null;
    if ('facilitatorKey' in body) {
      if (!keyMatches(body.facilitatorKey, workshop.facilitatorKeyHash)) {
        throw new AppError('FORBIDDEN', 'The facilitator key is not valid for this workshop');
      }
      facilitator = true;
      role = null;
    } else {
      if (normalizeJoinCode(body.joinCode) !== workshop.joinCode) {
        throw new AppError('INVALID_JOIN_CODE', 'The join code is not valid for this workshop');
      }
      facilitator = false;
      role = body.role;
    }
    await this.storage.workshops.addParticipant({
      id: participantId,
      workshopId,
      name,
      role,
      facilitator,
      createdAt: now,
      revoked: false,
    });
    await this.storage.workshops.update(workshopId, { lastActivityAt: now });
    // During a breakout a newcomer goes to the smallest group (BREAK-4).
    if (!facilitator) await placeLateJoiner(this.rooms, workshopId, participantId);
    const token = this.signer.sign({ workshopId, participantId, facilitator, role });
    return facilitator ? { token, participantId, facilitator: true } : { token, participantId };
  }

  /**
   * The peer a token speaks for in this workshop, or null when the token is
   * invalid, expired, for another workshop, or its participant was removed.
   */
  async authenticate(token: string | undefined, workshopId: string): Promise<Peer | null> {
    if (!token) return null;
    const claims = this.signer.verify(token);
    if (!claims || claims.workshopId !== workshopId) return null;
    const participant = await this.storage.workshops.getParticipant(
      workshopId,
      claims.participantId,
    );
    if (!participant || participant.revoked) return null;
    this.activity.record(workshopId);
    return {
      workshopId,
      participantId: claims.participantId,
      facilitator: claims.facilitator,
      role: claims.role,
    };
  }

  /**
   * Delete for good: close its sockets (on every instance), then remove
   * everything stored. Other instances also delete again once their rooms
   * are closed, so a write of theirs already under way is not left behind.
   */
  async delete(workshopId: string): Promise<void> {
    await this.require(workshopId);
    // Pending changes are discarded, not flushed: they would only be deleted again.
    await this.rooms.closeWorkshop(workshopId, CLOSE_CODES.NOT_FOUND, 'workshop deleted');
    // Not deleted while another instance might go on serving (and storing) it.
    await this.tellOtherInstances(
      { type: 'workshopDeleted', workshopId },
      'Other instances could not be told to close the workshop; nothing was deleted; try again',
    );
    await this.storage.deleteWorkshop(workshopId);
  }

  private async tellOtherInstances(
    event: Parameters<WorkshopCluster['announce']>[0],
    failure: string,
  ): Promise<void> {
    if (!this.cluster) return;
    try {
      await this.cluster.announce(event);
    } catch {
      throw new AppError('UNAVAILABLE', failure);
    }
  }

  private async require(workshopId: string): Promise<WorkshopRecord> {
    const workshop = await this.storage.workshops.get(workshopId);
    if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND', 'No such workshop');
    return workshop;
  }
}
