import { choiceOpen, groupOf, BREAKOUT_LIMITS, type BreakoutState } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, useActionRunner } from '../api';
import { GroupPicker } from './GroupPicker';
import { useBreakoutAnnouncements } from './use-breakout-announcements';

interface GroupBannerProps {
  breakout: BreakoutState | null;
  workshopId: string;
  token: string;
  participantId: string;
  /** The group whose frame the board shows by `?group=`, when it is not one's own. */
  visitingGroupId?: string | null;
}

/**
 * Over a participant's board during a breakout: which group they are in (a
 * member may name it), and the facilitator's latest broadcast until they
 * close it. Screen readers hear both through the page's live region.
 */
export function GroupBanner({
  breakout,
  workshopId,
  token,
  participantId,
  visitingGroupId = null,
}: GroupBannerProps) {
  const { t } = useTranslation();
  const id = useId();
  useBreakoutAnnouncements(breakout, participantId);
  const group = groupOf(breakout, participantId);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState('');
  const rename = useActionRunner(workshopId, token, errorMessageKey);
  const broadcast = breakout?.status === 'running' ? breakout.broadcast : undefined;
  const choosing = breakout !== null && choiceOpen(breakout);
  const visiting =
    breakout?.status === 'running' && visitingGroupId && visitingGroupId !== group?.id
      ? (breakout.groups.find((g) => g.id === visitingGroupId) ?? null)
      : null;
  if (!group && !broadcast && !choosing && !visiting) return null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!group || !name.trim()) return;
    const reply = await rename.run({ type: 'renameGroup', groupId: group.id, name: name.trim() });
    if (reply) setRenaming(false);
  }

  return (
    <div className="breakout-banners">
      {broadcast && broadcast.at !== closedAt && (
        <div className="breakout-broadcast" data-breakout-broadcast>
          <p>
            <strong>{t('breakout.broadcastBanner')}:</strong> {broadcast.text}
          </p>
          <button type="button" className="breakout-link" onClick={() => setClosedAt(broadcast.at)}>
            {t('breakout.dismiss')}
          </button>
        </div>
      )}
      {choosing && breakout && (
        <GroupPicker
          breakout={breakout}
          workshopId={workshopId}
          token={token}
          participantId={participantId}
        />
      )}
      {visiting && (
        <div className="breakout-group" data-breakout-visiting={visiting.id}>
          <p>
            {group
              ? t('breakoutChoose.visiting', { name: visiting.name })
              : t('breakoutChoose.visitingHost', { name: visiting.name })}
          </p>
        </div>
      )}
      {group && !choosing && (
        <div className="breakout-group" data-breakout-group={group.id}>
          <p>{t('breakout.yourGroup', { name: group.name })}</p>
          {renaming ? (
            <form className="inline-form" onSubmit={(e) => void save(e)}>
              <label htmlFor={`${id}-name`} className="visually-hidden">
                {t('breakout.rename')}
              </label>
              <input
                id={`${id}-name`}
                value={name}
                maxLength={BREAKOUT_LIMITS.groupNameLength}
                onChange={(e) => setName(e.target.value)}
                autoFocus
              />
              <button type="submit">{t('breakout.renameSave')}</button>
            </form>
          ) : (
            <button
              type="button"
              className="breakout-link"
              onClick={() => {
                setName(group.name);
                setRenaming(true);
              }}
            >
              {t('breakout.rename')}
            </button>
          )}
          {rename.failure && (
            <p className="error" role="alert">
              {t(rename.failure)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
