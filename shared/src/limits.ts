/** Every limit has a number (principle 3). Server and client read them from here. */
export const LIMITS = {
  /** Workshop title, characters. */
  titleLength: 200,
  /** Case description ("floke"), characters. */
  caseDescriptionLength: 5_000,
  /** Participant display name or pseudonym, characters. */
  nameLength: 60,
  /** Text of one note or text item, characters. */
  itemTextLength: 2_000,
  /** One short field of a structured card (an action's owner, an indicator's baseline), characters. */
  cardFieldLength: 500,
  /** Any JSON HTTP body, bytes. */
  httpBodyBytes: 1024 * 1024,
  /** An `export.json` sent to `POST /api/workshops/import`, bytes (a full board is larger than an action). */
  importBodyBytes: 10 * 1024 * 1024,
  /** The facilitator's summary for the case-file report, characters. */
  caseFileSummaryLength: 10_000,
  /** One incoming WebSocket frame, bytes (larger frames close the socket with 1009). */
  frameBytes: 4 * 1024 * 1024,
  /**
   * Connections to one room (board or control) of one workshop, per instance,
   * by default; `ROOM_CAPACITY` changes it up to `connectionsPerRoomCeiling`.
   */
  connectionsPerRoom: 1_000,
  /** The most `ROOM_CAPACITY` may be set to (lists of people in the control doc are bounded by it). */
  connectionsPerRoomCeiling: 5_000,
  /**
   * Crowd mode: from this many people in a room (`CROWD_THRESHOLD` on the
   * server), participants' presence is relayed less often and each screen
   * draws only the facilitator's cursor and those nearest its view.
   */
  crowdThreshold: 150,
  /** Presence states relayed per participant per second in crowd mode (the facilitator keeps `presenceStatesPerSecond`). */
  crowdPresenceStatesPerSecond: 8,
  /** Other people's cursors one screen draws in crowd mode, nearest its view first (the facilitator's always). */
  crowdCursorsDrawn: 30,
  /** Messages one socket may send per second, sustained (bursts up to twice that). */
  messagesPerSecond: 200,
  /**
   * Presence (awareness) states the relay forwards per client per second; the
   * states in between are dropped, the latest always follows.
   */
  presenceStatesPerSecond: 20,
  /**
   * Presence messages one room sends per second, all connections together: a
   * room of n connections relays presence at most this / n times a second
   * (200 people: every 10 ms; a removal goes out at once).
   */
  presenceSendsPerRoomPerSecond: 20_000,
  /**
   * A room's presence frame: presence-only broadcasts of one room go out at
   * most once per this many ms (`PRESENCE_FRAME_MS` on the server), each with
   * the latest states of everybody who moved; a removal, the facilitator's
   * presence and presence riding along with an edit do not wait for it. A
   * crowd (`crowdThreshold`) has no frame.
   */
  presenceFrameMs: 50,
  /**
   * A crowd's presence frame (RELAY-4): in a crowd, a presence-only broadcast
   * goes out at most this many ms after the room's last broadcast, an edit's
   * included (`CROWD_PRESENCE_FRAME_MS` on the server); presence due meanwhile
   * rides along with the next edit. A removal and the facilitator's presence
   * do not wait for it.
   */
  crowdPresenceFrameMs: 75,
  /** A socket with more bytes queued than this gets no broadcasts until it drains (it gets one catch-up). */
  slowSocketHighWaterBytes: 1024 * 1024,
  /** A socket behind is caught up once its queue is below this many bytes. */
  slowSocketLowWaterBytes: 256 * 1024,
  /** A socket with more bytes queued than this is closed (1013). */
  slowSocketMaxBufferedBytes: 16 * 1024 * 1024,
  /** A socket behind for longer than this is closed (1013), ms. */
  slowSocketMaxBehindMs: 30_000,
  /** Document bytes a socket behind may miss before it is closed (1013) rather than caught up. */
  slowSocketMaxMissedBytes: 8 * 1024 * 1024,
  /** HTTP requests per minute from one address. Generous: 200 people behind one NAT must join in a minute. */
  httpRequestsPerMinute: 3_000,
  /** Workshop creations per minute from one address. */
  workshopsPerMinute: 30,
  /** Session tokens are valid this long, seconds (a meetup plus its follow-up). */
  tokenLifetimeSeconds: 14 * 24 * 3600,
  /** One uploaded board image, bytes (a phone photo of a flipchart fits). */
  imageBytes: 8 * 1024 * 1024,
  /** All images of one workshop together, bytes. */
  workshopImageBytes: 200 * 1024 * 1024,
  /** Numbers in one drawing's `points` (x, y pairs), as the item schema allows. */
  drawingPoints: 20_000,
  /** Open sockets (board and control together) of one session token. */
  socketsPerSession: 8,
  /** One connection's presence (awareness) state, bytes of JSON. */
  presenceStateBytes: 8 * 1024,
  /** Entries in one presence frame: the stock client echoes every state it gets (a whole room, across instances). */
  presenceEntriesPerFrame: 2_000,
  /**
   * Structs (Yjs's units: a note is about ten) in one part of a board's
   * initial state sent in parts (JOIN-11): 50–70 ms of integration on a
   * phone with a 4× slower CPU, so a tap waits at most about that long.
   */
  initialStatePartStructs: 4_000,
  /** A connection whose board updates miss dependencies is asked to resync at most this often, ms. */
  resyncRequestIntervalMs: 1_000,
} as const;

/** Join codes: typed from a projector, so short and without look-alike characters (0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
