// Photos of damaged units: taken with the camera through a file input, then downscaled to a
// JPEG data URL small enough to travel inside the op (under ~150 KB), so it is saved with the
// scan, survives offline and syncs exactly once with it.
export const PHOTO_TARGET_CHARS = 150_000;

export async function downscalePhoto(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    let maxSide = 1280;
    let quality = 0.75;
    for (let attempt = 0; attempt < 10; attempt++) {
      const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const url = canvas.toDataURL('image/jpeg', quality);
      if (url.length <= PHOTO_TARGET_CHARS && url.startsWith('data:image/jpeg')) return url;
      // Lower the quality a little first; then the size, which saves the most.
      if (quality > 0.5) quality -= 0.1;
      else maxSide = Math.round(maxSide * 0.7);
    }
    throw new Error('photo too large');
  } finally {
    bitmap.close();
  }
}
