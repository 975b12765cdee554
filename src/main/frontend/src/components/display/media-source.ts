// Where an image, video or audio element loads from: the URL the app gave, or
// a blob: URL over the bytes the app gave (the CSP allows blob: for images and
// media). The blob URL lives while the element is in the page and its bytes
// stay the same; it is revoked when they change or the element leaves.
import { appUrl } from './app-url';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class MediaSource {
  private blob: { data: Uint8Array; type: string; url: string } | undefined;

  /** The URL to load: a blob: URL when there are bytes, else `src`. */
  url(src: string, data: Uint8Array, type: string): string {
    if (data.length === 0) {
      this.release();
      return src ? appUrl(src) : '';
    }
    if (this.blob && this.blob.type === type && sameBytes(this.blob.data, data)) return this.blob.url;
    this.release();
    // Copy into a fresh ArrayBuffer-backed array, which Blob's types require.
    const url = URL.createObjectURL(new Blob([new Uint8Array(data)], { type }));
    this.blob = { data, type, url };
    return url;
  }

  /** Revokes the blob URL, if any. */
  release(): void {
    if (this.blob) URL.revokeObjectURL(this.blob.url);
    this.blob = undefined;
  }
}
