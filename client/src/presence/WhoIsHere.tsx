import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { countByRole, isCrowd } from './crowd';
import { FacilitatorBadge } from './FacilitatorBadge';
import { personLabel } from './person-label';
import type { Peer, PresenceState } from './presence-state';
import './presence.css';

interface WhoIsHereProps {
  self: PresenceState;
  peers: readonly Peer[];
  /** Offer "Follow" for people whose view is known (they have the canvas open). */
  onFollow?: (clientId: number) => void;
  followingId?: number | null;
}

/**
 * Who is on the board now, as a list: name (or "Anonymous participant"; the
 * facilitator is named and badged as such), role and its colour. Folded by default so it does not push the board down; the
 * summary says how many.
 */
export function WhoIsHere({ self, peers, onFollow, followingId }: WhoIsHereProps) {
  const { t } = useTranslation();
  const id = useId();
  const count = peers.length + 1;
  // A participant's role by name; the facilitator's is the badge (person-label.ts).
  const describe = (person: PresenceState) => {
    const label = personLabel(t, person);
    const role = !person.facilitator && person.role ? t(`roles.${person.role}`) : null;
    return { ...label, role };
  };
  const me = describe(self);
  // A crowd is counted, not listed: a list of hundreds helps nobody and costs every screen.
  const crowd = isCrowd(peers);
  const listed = crowd ? peers.filter((peer) => peer.facilitator) : peers;
  const counts = crowd ? countByRole([self, ...peers]) : null;

  return (
    <details className="panel who-is-here">
      <summary id={`${id}-summary`}>
        {t('presence.heading')} <span className="count">({t('presence.count', { count })})</span>
      </summary>
      <ul role="list" aria-labelledby={`${id}-summary`} className="people">
        <li>
          <span className="person-dot" style={{ backgroundColor: self.color }} aria-hidden="true" />
          {t('presence.you', { name: me.name })}
          {me.badge && <FacilitatorBadge />}
          {me.role && <span className="person-role"> – {me.role}</span>}
        </li>
        {listed.map((peer) => {
          const { name, role, badge } = describe(peer);
          return (
            <li key={peer.clientId}>
              <span
                className="person-dot"
                style={{ backgroundColor: peer.color }}
                aria-hidden="true"
              />
              {name}
              {badge && <FacilitatorBadge />}
              {role && <span className="person-role"> – {role}</span>}
              {onFollow && peer.view && followingId !== peer.clientId && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onFollow(peer.clientId)}
                >
                  {t('presence.follow', { name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {counts && (
        <>
          <p className="crowd-note">{t('presence.crowd')}</p>
          <ul role="list" className="people crowd-counts" aria-label={t('presence.heading')}>
            {counts.facilitators > 0 && (
              <li>{t('presence.crowdFacilitators', { count: counts.facilitators })}</li>
            )}
            {counts.roles.map(({ role, count }) => (
              <li key={role ?? 'none'}>
                {t('presence.roleCount', {
                  role: role ? t(`roles.${role}`) : t('presence.noRole'),
                  count,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
