export { useImageElement, useImageUrl, type ImageUrlState } from './image-url';
export {
  IMAGE_PLACED_SIZE,
  allowImageDrop,
  altFromFileName,
  createImageItem,
  handleImageDrop,
  handleImagePaste,
  imageFilesFrom,
  placeImageFiles,
  placedSize,
  type ImagePlacement,
} from './place-image';
export { uploadImage, type ImageTarget } from './upload';
