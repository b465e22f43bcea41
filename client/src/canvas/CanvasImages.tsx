import { useEffect } from 'react';
import { kindOf } from '../kinds';
import type { CanvasController } from './controller';
import { useImageElement } from './images';

/**
 * Loads the board's pictures (with the session token, through the image
 * feature's hook) and hands them to the drawing; until one has loaded, or if
 * it cannot be, its box and text alternative stand in. Renders nothing.
 */
export function CanvasImages({
  controller,
  workshopId,
  token,
}: {
  controller: CanvasController;
  workshopId: string;
  token: string;
}) {
  const ids = new Set<string>();
  for (const item of controller.model.items.values())
    for (const imageId of kindOf(item).pictures?.(item) ?? []) ids.add(imageId);
  return [...ids].map((imageId) => (
    <ImageSource
      key={imageId}
      controller={controller}
      workshopId={workshopId}
      imageId={imageId}
      token={token}
    />
  ));
}

function ImageSource({
  controller,
  workshopId,
  imageId,
  token,
}: {
  controller: CanvasController;
  workshopId: string;
  imageId: string;
  token: string;
}) {
  const element = useImageElement(workshopId, imageId, token);
  useEffect(() => {
    if (!element) return;
    controller.images.set(imageId, element);
    controller.requestDraw(true);
    return () => {
      controller.images.delete(imageId);
    };
  }, [controller, imageId, element]);
  return null;
}
