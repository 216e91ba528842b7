import { onTestFinished } from 'vitest';

/** A file the page saved: the <a download> name and the Blob behind its URL. */
export interface Download {
  readonly fileName: string;
  readonly blob: Blob;
}

/**
 * Records every download the page starts (downloadBlob: a Blob URL on a clicked <a download>)
 * until the test ends, in order. jsdom has no Blob URLs and does not navigate: these stand in.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const { createObjectURL, revokeObjectURL } = URL;
  const click = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click');
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) downloads.push({ fileName: this.download, blob });
  };
  onTestFinished(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    if (click) Object.defineProperty(HTMLAnchorElement.prototype, 'click', click);
    else delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  });
  return downloads;
}

/** The text of a downloaded file, byte-order mark and all (Blob.text() would drop it). */
export async function downloadedText(download: Download): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await download.blob.arrayBuffer());
}
