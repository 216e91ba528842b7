import type { JSHandle, Page } from 'playwright-core';

/** A file to drop: its name and text. */
export interface DroppedFile {
  name: string;
  text: string;
}

/** A wide CSV of `rows` per-minute samples, cpu a daily wave, mem a saw, from 2024-01-01 UTC. */
export function generatedCsv(rows: number): string {
  const lines = ['timestamp,cpu,mem'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const cpu = (50 + 30 * Math.sin((2 * Math.PI * i) / 1440)).toFixed(3);
    lines.push(`${new Date(start + i * 60_000).toISOString()},${cpu},${30 + (i % 17)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A DataTransfer built in the page holding `files` as text/csv Files, as a real drag from the
 * desktop carries them: dispatch 'dragenter', 'drop'... with it as `dataTransfer`.
 */
export function dataTransferOf(
  page: Page,
  files: readonly DroppedFile[],
): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) {
      transfer.items.add(new File([text], name, { type: 'text/csv' }));
    }
    return transfer;
  }, files);
}

/** Drops `files` on the element `target` (a selector; the page heading by default). */
export async function dropFiles(
  page: Page,
  files: readonly DroppedFile[],
  target = 'h1',
): Promise<void> {
  const dataTransfer = await dataTransferOf(page, files);
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}
