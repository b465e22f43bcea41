import {
  PHASE_IDS,
  phaseFrame,
  type BoardItem,
  type Language,
  type PhaseId,
} from '@moteplass/shared';
import type { ParticipantRecord } from '../storage/index.js';
import { FIXTURE_TIME, fixtureSource } from './fixtures.js';
import type { SnapshotSource } from './snapshot.js';

/**
 * Realistic boards for the exporters' golden tests and the export benchmark:
 * ordinary Norwegian notes (long compounds, dates, web addresses, emoji,
 * Nynorsk), laid out as people lay them out, from a seeded generator so a
 * failure can be replayed.
 */
export const REALISTIC_NOTES = [
  'Fritidsklubbtilbudet må være åpent også i helgene',
  'Innbyggerinvolvering fra første dag, ikke bare høring',
  'Nullpunktsmåling før vi starter: hvor mange kommer i dag?',
  'Spør Ungdomsrådet først',
  'Møte med rektor 2026-02-15 kl. 18:00',
  'Se https://www.nav.no/sosialhjelp for regler',
  'Bussen går for sjelden – særlig om kvelden',
  'Kafé på biblioteket hver torsdag ☕',
  'Vi treng fleire møteplassar for ungdom i bygda',
  'Frivilligsentralen kan låne ut lokaler 👍🏽',
  'Ungdomsskoleelever og pensjonister lager mat sammen',
  'Folkehelsekoordinatoren bør være med i arbeidsgruppa',
  'Kontaktinformasjon: post@kommune.no, tlf. 22 33 44 55',
  'Tilbodet må vere gratis – pengar skal ikkje stengje nokon ute',
  'Prøveperiode 2026-03-01 til 2026-06-30, evaluering etterpå',
  'Hvem eier tiltaket når prosjektmidlene tar slutt?',
  'Spørreundersøkelse blant foreldre i oktober',
  'Ingen tør å si det høyt: mange føler seg ensomme',
  'Samarbeidsavtale mellom kommunen, idrettslaget og menigheten',
  'Kveldsåpent bibliotek med ungdomsarbeider til stede',
] as const;

export const REALISTIC_FRAMES = ['Det vi vet', 'Idéer', 'Spørsmål'] as const;

const COLORS = ['yellow', 'pink', 'green', 'blue', 'orange', 'purple'] as const;

/** Mulberry32: small, seeded, the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface RealisticOptions {
  notes: number;
  seed?: number;
  language?: Language;
  /** Some notes in a colour that is not a palette name (written by another client). */
  foreignColours?: boolean;
}

/** A board of `notes` notes spread over the four phases, in note grids inside their frames. */
export function realisticSource(options: RealisticOptions): SnapshotSource {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const base = fixtureSource();
  const items: Record<string, unknown> = {};
  const perPhase = Math.ceil(options.notes / PHASE_IDS.length);
  const columns = 7;
  const rows = Math.ceil(perPhase / columns);
  let made = 0;
  for (const [phaseIndex, phase] of PHASE_IDS.entries()) {
    const frame = phaseFrame(phase);
    const height = Math.max(frame.h, 200 + rows * 220);
    items[`frame-${phase}`] = frameItem(
      phase,
      frame.x,
      frame.y,
      frame.w,
      height,
      `Fase ${phaseIndex + 1}`,
    );
    for (let index = 0; index < perPhase && made < options.notes; index += 1, made += 1) {
      const column = index % columns;
      const row = Math.floor(index / columns);
      const text = pick(REALISTIC_NOTES);
      const author = pick(['p-kari', 'p-ola', null] as const);
      const color =
        options.foreignColours && index % 9 === 4
          ? pick(['#ffe066', '#ff99cc', 'teal'])
          : pick(COLORS);
      const size = index % 11 === 3 ? 160 : 200;
      items[`note-${phase}-${index}`] = {
        type: 'note',
        x: frame.x + 40 + column * 220,
        y: frame.y + 120 + row * 220,
        w: size,
        h: size === 160 ? 120 : 200,
        phase,
        text,
        color,
        createdAt: FIXTURE_TIME + made * 1000,
        z: made,
        ...(author === null
          ? { anonymous: true }
          : { author, authorRole: author === 'p-kari' ? 'innbygger' : 'politiker' }),
      };
    }
  }
  // The produce phase's cards: the report's tables, with ordinary long Norwegian words.
  const produce = phaseFrame('produce');
  const card = { phase: 'produce', w: 200, h: 200, y: produce.y + produce.h - 240, z: made + 1 };
  items['action-1'] = {
    ...card,
    type: 'action',
    x: produce.x + 40,
    text: 'Fritidsklubbtilbudet åpner i helgene',
    owner: 'Ungdomsavdelingen og Frivilligsentralen',
    resources: 'Kommunale driftsmidler, frivillige',
    dueDate: '2026-02-15',
  };
  items['indicator-1'] = {
    ...card,
    type: 'indicator',
    x: produce.x + 260,
    kind: 'outcome',
    text: 'Innbyggerinvolvering i planarbeidet',
    baseline: 'Nullpunktsmåling 2026-03-01: 12 %',
    target: '30 % innen 2027',
    measure: 'Spørreundersøkelse https://www.ks.no/undersokelse',
  };
  items['indicator-2'] = {
    ...card,
    type: 'indicator',
    x: produce.x + 480,
    kind: 'impact',
    text: 'Færre ungdommer som føler seg ensomme',
    baseline: 'Ungdataundersøkelsen 2025',
    target: 'Halvert',
    measure: 'Ungdata',
  };
  const participants: ParticipantRecord[] = base.participants.slice();
  return {
    ...base,
    workshop: { ...base.workshop, language: options.language ?? 'nb' },
    participants,
    boardItems: items,
  };
}

function frameItem(
  phase: PhaseId,
  x: number,
  y: number,
  w: number,
  h: number,
  title: string,
): BoardItem {
  return { type: 'frame', x, y, w, h, phase, title, z: -1000 };
}
