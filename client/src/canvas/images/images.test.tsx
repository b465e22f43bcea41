import { LIMITS, parseBoardItem } from '@moteplass/shared';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { useImageUrl } from './image-url';
import { altFromFileName, createImageItem } from './place-image';
import { uploadImage } from './upload';

const target = { workshopId: 'w1', token: 'secret' };

afterEach(() => vi.unstubAllGlobals());

describe('uploadImage', () => {
  it('sends the raw bytes with their type and the bearer token, and returns the id', async () => {
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ imageId: 'img1' }), { status: 201 }),
    );
    vi.stubGlobal('fetch', fetch);
    const file = new Blob([new Uint8Array([0x89, 0x50])], { type: 'image/png' });
    await expect(uploadImage(file, target)).resolves.toBe('img1');
    expect(fetch).toHaveBeenCalledWith('/api/workshops/w1/images', {
      method: 'POST',
      headers: { 'content-type': 'image/png', authorization: 'Bearer secret' },
      body: file,
    });
  });

  it('refuses other types and oversized files before sending, and passes on server codes', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ error: { code: 'IMAGE_QUOTA_EXCEEDED', message: 'full' } }), {
          status: 413,
        }),
    );
    vi.stubGlobal('fetch', fetch);
    await expect(
      uploadImage(new Blob(['<svg/>'], { type: 'image/svg+xml' }), target),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    const big = { type: 'image/png', size: LIMITS.imageBytes + 1 } as Blob;
    await expect(uploadImage(big, target)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(fetch).not.toHaveBeenCalled();
    await expect(uploadImage(new Blob(['x'], { type: 'image/gif' }), target)).rejects.toMatchObject(
      {
        code: 'IMAGE_QUOTA_EXCEEDED',
      },
    );
  });
});

describe('createImageItem', () => {
  it('writes an image item that passes the shared schema, centred on the point', () => {
    const items = new Y.Doc().getMap<unknown>('items');
    const id = createImageItem(
      { items, phase: 'explore', author: 'p1', authorRole: 'innbygger' },
      { imageId: 'img1', alt: altFromFileName('flippover.jpeg'), w: 600, h: 400 },
      { x: 1000, y: 500 },
      7,
    );
    const item = parseBoardItem((items.get(id) as Y.Map<unknown>).toJSON());
    expect(item).toMatchObject({
      type: 'image',
      imageId: 'img1',
      alt: 'flippover',
      x: 700,
      y: 300,
    });
  });

  it('is written with the canvas origin, so its placer can undo it (and nobody else)', () => {
    const items = new Y.Doc().getMap<unknown>('items');
    const origin = { canvas: true };
    const undo = new Y.UndoManager(items, { trackedOrigins: new Set([origin]) });
    const id = createImageItem(
      { items, phase: 'explore', author: 'p1', authorRole: null, origin },
      { imageId: 'img1', alt: 'flippover', w: 600, h: 400 },
      { x: 0, y: 0 },
    );
    expect((items.get(id) as Y.Map<unknown>).get('v')).toBe(1);
    undo.undo();
    expect(items.has(id)).toBe(false);
  });
});

describe('useImageUrl', () => {
  it('fetches with the header, gives an object URL, and revokes it on unmount', async () => {
    const fetch = vi.fn(async () => new Response(new Blob(['png']), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const created = vi.fn(() => 'blob:img');
    const revoked = vi.fn();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked }),
    );
    const { result, unmount } = renderHook(() => useImageUrl('w1', 'img1', 'secret'));
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', url: 'blob:img' }));
    expect(fetch).toHaveBeenCalledWith('/api/workshops/w1/images/img1', {
      headers: { authorization: 'Bearer secret' },
    });
    unmount();
    expect(revoked).toHaveBeenCalledWith('blob:img');
  });
});
