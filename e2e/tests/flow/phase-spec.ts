import { expect, test } from '@playwright/test';
import {
  addNote,
  announcements,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
  noteOn,
  setPhase,
} from './helpers';

export interface PhaseScenario {
  /** The phase's title and a prompt in Bokmål, as the board shows them. */
  title: string;
  prompt: string;
  /** What each participant writes in it. */
  notes: [string, string];
}

/**
 * One phase of a workshop, end to end: the facilitator moves everybody there
 * from the console; two participants (a citizen on one device, a politician
 * on another) see the phase and its prompt, are told of the change, and add
 * a note in it that the other sees, in that phase.
 */
export function phaseSpec(scenario: PhaseScenario): void {
  test(`phase ${scenario.title}: the facilitator moves two participants there, and they work in it`, async ({
    browser,
  }) => {
    const { workshop, console } = await facilitate(browser, `Samskaping – ${scenario.title}`);
    const citizen = await joinAs(browser, workshop, 'Innbygger', 'Kari');
    const politician = await joinAs(browser, workshop, 'Politiker');

    await setPhase(console, scenario.title);

    for (const participant of [citizen, politician]) {
      await expect(
        participant.getByRole('heading', { name: `Fase: ${scenario.title}` }),
      ).toBeVisible();
      await expect(participant.getByText(scenario.prompt, { exact: true })).toBeVisible();
      // Following the facilitator, the board shows that phase's notes.
      await expect(
        participant
          .getByRole('navigation', { name: 'Faser' })
          .getByRole('button', { name: new RegExp(`^${scenario.title}`) }),
      ).toHaveAttribute('aria-pressed', 'true');
    }
    if (scenario.title !== 'Utforske') {
      await expect(announcements(citizen)).toHaveText(
        `Verkstedet er nå i fasen ${scenario.title}.`,
      );
    }

    await addNote(citizen, scenario.notes[0]);
    await addNote(politician, scenario.notes[1]);
    await expect(noteOn(politician, scenario.notes[0])).toContainText('Innbygger');
    await expect(noteOn(citizen, scenario.notes[1])).toContainText('Politiker');
    await expect(
      citizen.getByRole('heading', { name: `Lapper i fasen ${scenario.title} (2)` }),
    ).toBeVisible();
    await expectNoAxeViolations(citizen);

    await closeAll(console, citizen, politician);
  });
}
