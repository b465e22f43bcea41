import { useEffect, useState } from 'react';
import { workshopPath } from '../../api';

/**
 * Object URLs of board images, shared by everything that shows the same
 * image and revoked when the last user lets go. Images are fetched with the
 * token in the Authorization header (never in a URL that logs or history keep).
 */
interface Entry {
  users: number;
  url: Promise<string>;
  revoke: () => void;
}

const cache = new Map<string, Entry>();

function acquire(workshopId: string, imageId: string, token: string): Entry {
  const key = `${workshopId}\n${imageId}`;
  const existing = cache.get(key);
  if (existing) {
    existing.users += 1;
    return existing;
  }
  let objectUrl: string | null = null;
  let revoked = false;
  const url = fetch(`${workshopPath(workshopId)}/images/${encodeURIComponent(imageId)}`, {
    headers: { authorization: `Bearer ${token}` },
  })
    .then((response) => {
      if (!response.ok) throw new Error(`image ${response.status}`);
      return response.blob();
    })
    .then((blob) => {
      objectUrl = URL.createObjectURL(blob);
      if (revoked) URL.revokeObjectURL(objectUrl);
      return objectUrl;
    });
  const entry: Entry = {
    users: 1,
    url,
    revoke: () => {
      revoked = true;
      cache.delete(key);
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    },
  };
  cache.set(key, entry);
  // A failed fetch is forgotten, so the next mount tries again.
  url.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return entry;
}

function release(entry: Entry): void {
  entry.users -= 1;
  if (entry.users <= 0) entry.revoke();
}

export type ImageUrlState =
  | { status: 'loading'; url: null }
  | { status: 'ready'; url: string }
  | { status: 'failed'; url: null };

/** An object URL for one board image while the component is mounted. */
export function useImageUrl(workshopId: string, imageId: string, token: string): ImageUrlState {
  const [state, setState] = useState<ImageUrlState & { key: string }>({
    status: 'loading',
    url: null,
    key: '',
  });
  const key = `${workshopId}\n${imageId}\n${token}`;
  useEffect(() => {
    let live = true;
    const entry = acquire(workshopId, imageId, token);
    entry.url.then(
      (url) => live && setState({ status: 'ready', url, key }),
      () => live && setState({ status: 'failed', url: null, key }),
    );
    return () => {
      live = false;
      release(entry);
    };
  }, [workshopId, imageId, token, key]);
  if (state.key !== key) return { status: 'loading', url: null };
  return state.status === 'ready'
    ? { status: 'ready', url: state.url }
    : { status: state.status, url: null };
}

/** The image as an element Konva can draw (`<Image image={…}>`), or null until it loaded. */
export function useImageElement(
  workshopId: string,
  imageId: string,
  token: string,
): HTMLImageElement | null {
  const { url } = useImageUrl(workshopId, imageId, token);
  const [element, setElement] = useState<{ url: string; image: HTMLImageElement } | null>(null);
  useEffect(() => {
    if (!url) return;
    const image = new Image();
    image.onload = () => setElement({ url, image });
    image.src = url;
    return () => {
      image.onload = null;
    };
  }, [url]);
  return element && element.url === url ? element.image : null;
}
