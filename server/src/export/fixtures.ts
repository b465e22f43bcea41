import { PHASE_IDS, phaseFrame, type BoardItem } from '@moteplass/shared';
import type { ParticipantRecord, WorkshopRecord } from '../storage/index.js';
import type { SnapshotSource } from './snapshot.js';

/** A small but complete workshop for the exporters' tests, with æøå everywhere. */
export const FIXTURE_TIME = Date.UTC(2025, 2, 18, 17, 0, 0);

export function fixtureSource(overrides: Partial<SnapshotSource> = {}): SnapshotSource {
  const workshop: WorkshopRecord = {
    id: 'w-fixture',
    title: 'Ensomhet blant eldre i Nordbygda – «Møteplass» & <bibliotek>',
    caseDescription: 'Mange over 80 bor alene og ser få andre. Hva kan vi gjøre sammen?',
    language: 'nb',
    joinCode: 'ABCDEF',
    facilitatorKeyHash: 'a'.repeat(64),
    createdAt: FIXTURE_TIME - 86_400_000,
    lastActivityAt: FIXTURE_TIME,
  };
  const participants: ParticipantRecord[] = [
    person('p-fac', null, 'Fasilitator Frida', true),
    person('p-kari', 'innbygger', 'Kari Ås'),
    person('p-ola', 'politiker', 'Ola Øren'),
    person('p-anon', 'innbygger', null),
  ];
  const items: Record<string, BoardItem> = {};
  for (const [index, phase] of PHASE_IDS.entries()) {
    items[`frame-${phase}`] = {
      type: 'frame',
      ...phaseFrame(phase),
      phase,
      title: `Fase ${index + 1}`,
      z: -1000,
    };
  }
  const at = (minutes: number) => FIXTURE_TIME + minutes * 60_000;
  items['n1'] = note('Bussen går for sjelden – æøå ÆØÅ', 'explore', 100, at(1), {
    author: 'p-kari',
    authorRole: 'innbygger',
  });
  items['n2'] = note('=SUM(A1:A9) er ikke en formel her', 'explore', 340, at(2), {
    author: 'p-ola',
    authorRole: 'politiker',
  });
  items['n3'] = note(
    'Jeg tør ikke si dette høyt: ensomheten er verst om kvelden',
    'explore',
    580,
    at(3),
    { anonymous: true },
  );
  items['n4'] = note('Kafé på biblioteket hver torsdag', 'design', 1900, at(20), {
    author: 'p-kari',
    authorRole: 'innbygger',
  });
  items['c1'] = {
    type: 'connector',
    x: 0,
    y: 0,
    w: 0,
    h: 0,
    phase: 'explore',
    from: 'n1',
    to: 'n2',
    createdAt: at(4),
  };
  items['s1'] = {
    type: 'shape',
    x: 100,
    y: 700,
    w: 300,
    h: 160,
    phase: 'explore',
    shape: 'ellipse',
    text: 'Transport',
    createdAt: at(5),
  };
  items['d1'] = {
    type: 'drawing',
    x: 500,
    y: 700,
    w: 200,
    h: 100,
    phase: 'explore',
    points: [0, 0, 50, 80, 120, 20, 200, 100],
    createdAt: at(6),
  };
  items['a1'] = {
    type: 'action',
    x: 5500,
    y: 300,
    w: 300,
    h: 200,
    phase: 'produce',
    text: 'Starte torsdagskafé',
    owner: 'Frivilligsentralen',
    resources: 'Lokale, kaffe',
    dueDate: '2025-05-01',
    v: 2,
    status: 'underway',
    createdAt: at(40),
    author: 'p-kari',
    authorRole: 'innbygger',
  };
  items['i1'] = {
    type: 'indicator',
    x: 5900,
    y: 300,
    w: 300,
    h: 200,
    phase: 'produce',
    kind: 'outcome',
    text: 'Færre som føler seg ensomme',
    baseline: '40 % (2024)',
    target: '25 %',
    v: 2,
    dataSource: 'Spørreundersøkelse',
    measuredBy: 'Frivilligsentralen',
    schedule: 'Hver vår',
    createdAt: at(41),
  };
  const raw: Record<string, unknown> = { ...items, broken: { type: 'note', text: 42 } };
  return {
    workshop,
    summary: 'Vi ble enige om å prøve en kafé på biblioteket. Æ, ø og å virker.',
    participants,
    boardItems: raw,
    control: {
      title: workshop.title,
      language: 'nb',
      phase: 'produce',
      locked: false,
      phaseLog: [
        { phase: 'explore', startedAt: at(0), endedAt: at(15) },
        { phase: 'design', startedAt: at(15), endedAt: at(35) },
        { phase: 'produce', startedAt: at(35) },
      ],
      voteResults: [
        {
          voteId: 'v1',
          phase: 'explore',
          frameId: null,
          dotsPerParticipant: 3,
          forbidOwnNotes: false,
          openedAt: at(10),
          closedAt: at(12),
          voters: 3,
          tallies: [
            { itemId: 'n3', count: 4 },
            { itemId: 'n1', count: 2 },
          ],
        },
      ],
      airtime: {
        totalMs: 300_000,
        byRole: {
          innbygger: 180_000,
          kommuneansatt: 0,
          politiker: 90_000,
          frivillig: 0,
          naringsliv: 0,
          forsker: 0,
          annet: 0,
        },
        withoutRoleMs: 30_000,
        byParticipant: {
          'p-kari': { role: 'innbygger', ms: 180_000, turns: 3 },
          'p-ola': { role: 'politiker', ms: 90_000, turns: 1 },
          'p-fac': { role: null, ms: 30_000, turns: 1 },
        },
      },
    },
    includeNames: false,
    now: at(60),
    ...overrides,
  };

  function person(
    id: string,
    role: ParticipantRecord['role'],
    name: string | null,
    facilitator = false,
  ): ParticipantRecord {
    return {
      id,
      workshopId: workshop.id,
      name,
      role,
      facilitator,
      createdAt: FIXTURE_TIME,
      revoked: false,
    };
  }
}

function note(
  text: string,
  phase: BoardItem['phase'],
  x: number,
  createdAt: number,
  extra: Partial<BoardItem>,
): BoardItem {
  return {
    type: 'note',
    x,
    y: 300,
    w: 200,
    h: 200,
    phase,
    text,
    color: 'yellow',
    createdAt,
    ...extra,
  } as BoardItem;
}
