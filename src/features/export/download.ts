/** Saves a blob under a file name (an <a download> click; the URL is revoked afterwards). */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies a PNG with the async Clipboard API. The blob is passed as a promise so the write
 * starts within the click's user activation while the image is still being drawn.
 * Resolves false where the browser has no image clipboard or refuses it.
 */
export async function copyPng(png: Promise<Blob>): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png'))
    return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch {
    return false;
  }
}
