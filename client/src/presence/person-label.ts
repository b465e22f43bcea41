import type { TFunction } from 'i18next';
import type { PresenceState } from './presence-state';

/**
 * How a person on the board is named to others: the name they gave; without
 * one a participant is "Anonymous participant" and the facilitator is
 * "Facilitator" — never an anonymous participant (the room should know who
 * runs it). `facilitator` says whether to add the badge: not when the name
 * already says it.
 */
export function personLabel(
  t: TFunction,
  person: Pick<PresenceState, 'name' | 'facilitator'>,
): { name: string; badge: boolean } {
  if (person.facilitator)
    return person.name
      ? { name: person.name, badge: true }
      : { name: t('presence.facilitator'), badge: false };
  return { name: person.name ?? t('presence.anonymous'), badge: false };
}

/** One line for a cursor's label or a banner: "Kari (Facilitator)", "Facilitator", "Ola". */
export function personText(
  t: TFunction,
  person: Pick<PresenceState, 'name' | 'facilitator'>,
): string {
  const { name, badge } = personLabel(t, person);
  return badge ? `${name} (${t('presence.facilitator')})` : name;
}
