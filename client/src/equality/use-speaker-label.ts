import type { Speaker } from '@moteplass/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** How the room sees a speaker: their role, and their name only if they gave one. */
export function useSpeakerLabel(): (speaker: Speaker) => string {
  const { t } = useTranslation();
  return useCallback(
    (speaker: Speaker) => {
      const role = speaker.role ? t(`roles.${speaker.role}`) : t('equality.speaking.facilitator');
      return speaker.name ? t('equality.speaking.named', { name: speaker.name, role }) : role;
    },
    [t],
  );
}
