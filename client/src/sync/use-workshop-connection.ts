import { useEffect, useSyncExternalStore } from 'react';
import { checkSession } from '../api';
import { useSessionStore } from '../session';
import type { ConnectionState } from './connection-state';
import { clearWorkshopCache } from './offline-cache';
import { WorkshopConnection, type SyncStatus } from './workshop-connection';

// "Forget this workshop on this device" (and deleting it, which forgets it
// too) also drops its offline copy: nothing of it stays in this browser.
useSessionStore.subscribe((state, previous) => {
  for (const workshopId of Object.keys(previous.sessions))
    if (!(workshopId in state.sessions)) void clearWorkshopCache(workshopId);
});

/**
 * Open connections, by workshop and token, as an external store: components
 * that show the same workshop share one connection, and the last one to
 * unmount closes it.
 */
const open = new Map<string, { connection: WorkshopConnection; users: number }>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function acquire(key: string, create: () => WorkshopConnection): void {
  const entry = open.get(key);
  if (entry) entry.users += 1;
  else {
    open.set(key, { connection: create(), users: 1 });
    notify();
  }
}

function release(key: string): void {
  const entry = open.get(key);
  if (!entry || --entry.users > 0) return;
  open.delete(key);
  entry.connection.destroy();
  notify();
}

/**
 * The workshop's live documents while the component is mounted; null on the
 * first render, before the sockets exist.
 */
export function useWorkshopConnection(
  workshopId: string,
  token: string,
  { boardPicture = false }: { boardPicture?: boolean } = {},
): WorkshopConnection | null {
  const key = `${workshopId}\n${token}`;
  useEffect(() => {
    acquire(
      key,
      () =>
        new WorkshopConnection({
          workshopId,
          token,
          verifySession: () => checkSession(workshopId, token),
          boardPicture,
        }),
    );
    return () => release(key);
  }, [key, workshopId, token, boardPicture]);
  return useSyncExternalStore(subscribe, () => open.get(key)?.connection ?? null);
}

const noSubscription = () => () => {};
const connectingState = (): ConnectionState => 'connecting';

export function useConnectionState(connection: WorkshopConnection | null): ConnectionState {
  return useSyncExternalStore(
    connection ? connection.subscribe : noSubscription,
    connection ? connection.getState : connectingState,
  );
}

const noSync = (): SyncStatus => NO_SYNC;
const NO_SYNC: SyncStatus = { online: true, unsent: 0 };

/** Whether the browser is online and how many board changes wait for the server. */
export function useSyncStatus(connection: WorkshopConnection | null): SyncStatus {
  return useSyncExternalStore(
    connection ? connection.subscribeSync : noSubscription,
    connection ? connection.getSync : noSync,
  );
}
