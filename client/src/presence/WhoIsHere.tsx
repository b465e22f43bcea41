import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
 * Who is on the board now, as a list: name (or "Anonymous participant"), role
 * and its colour. Folded by default so it does not push the board down; the
 * summary says how many.
 */
export function WhoIsHere({ self, peers, onFollow, followingId }: WhoIsHereProps) {
  const { t } = useTranslation();
  const id = useId();
  const count = peers.length + 1;
  const describe = (person: PresenceState) => {
    const name = person.name ?? t('presence.anonymous');
    const role = person.facilitator
      ? t('presence.facilitator')
      : person.role
        ? t(`roles.${person.role}`)
        : null;
    return { name, role };
  };
  const me = describe(self);

  return (
    <details className="panel who-is-here">
      <summary id={`${id}-summary`}>
        {t('presence.heading')} <span className="count">({t('presence.count', { count })})</span>
      </summary>
      <ul role="list" aria-labelledby={`${id}-summary`} className="people">
        <li>
          <span className="person-dot" style={{ backgroundColor: self.color }} aria-hidden="true" />
          {t('presence.you', { name: me.name })}
          {me.role && <span className="person-role"> – {me.role}</span>}
        </li>
        {peers.map((peer) => {
          const { name, role } = describe(peer);
          return (
            <li key={peer.clientId}>
              <span
                className="person-dot"
                style={{ backgroundColor: peer.color }}
                aria-hidden="true"
              />
              {name}
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
    </details>
  );
}
