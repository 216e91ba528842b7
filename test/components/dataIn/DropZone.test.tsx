// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataSource } from '../../../src/components/dataIn/DataSource';
import { DropZone } from '../../../src/components/dataIn/DropZone';
import { FileError } from '../../../src/components/dataIn/FileError';
import { MappingDialog } from '../../../src/components/dataIn/MappingDialog';
import { store } from '../../../src/store/state';
import { csvFile, sizedFile, wideCsv } from '../files';
import { renderWithStore } from '../renderWithStore';

const TARGET = 'Drop CSV or JSON files to analyse — data stays in your browser';

/** What a drag of `files` from the desktop carries (jsdom has no DataTransfer). */
const carrying = (...files: File[]) => ({ dataTransfer: { types: ['Files'], files } });

/** Drops `files` on the page; true when the page cancelled the browser's own handling. */
const drop = (...files: File[]) => !fireEvent.drop(document.body, carrying(...files));

describe('DropZone', () => {
  it('shows a full-page drop target while files are dragged over the window, and hides it when they leave', () => {
    render(<DropZone />);
    expect(screen.queryByText(TARGET)).toBeNull();
    fireEvent.dragEnter(document.body, carrying());
    expect(screen.getByText(TARGET)).toBeVisible();
    fireEvent.dragLeave(document.body, carrying());
    expect(screen.queryByText(TARGET)).toBeNull();
  });

  it('keeps the target up while the drag moves from element to element (no flicker)', () => {
    render(
      <>
        <p>Inside</p>
        <DropZone />
      </>,
    );
    const inside = screen.getByText('Inside');
    // Moving onto a child: the child's dragenter comes before the parent's dragleave.
    fireEvent.dragEnter(document.body, carrying());
    fireEvent.dragEnter(inside, carrying());
    fireEvent.dragLeave(document.body, carrying());
    expect(screen.getByText(TARGET)).toBeVisible();
    fireEvent.dragLeave(inside, carrying());
    expect(screen.queryByText(TARGET)).toBeNull();
  });

  it('cancels dragover so that the browser lets the page take the drop', () => {
    render(<DropZone />);
    expect(fireEvent.dragOver(document.body, carrying())).toBe(false);
  });

  it('ignores drags of text or links, which carry no files', () => {
    render(<DropZone />);
    const text = { dataTransfer: { types: ['text/plain'], files: [] } };
    fireEvent.dragEnter(document.body, text);
    expect(screen.queryByText(TARGET)).toBeNull();
    expect(fireEvent.dragOver(document.body, text)).toBe(true);
  });

  it('loads a dropped file through the worker, instead of the browser opening it', async () => {
    await renderWithStore(
      <>
        <DataSource />
        <DropZone />
      </>,
    );
    fireEvent.dragEnter(document.body, carrying());
    expect(drop(csvFile(wideCsv(120), 'dropped.csv'))).toBe(true);
    expect(screen.queryByText(TARGET)).toBeNull();
    expect(await screen.findByText('dropped.csv')).toBeVisible();
    expect(store.getState().source).toEqual({ kind: 'file', name: 'dropped.csv' });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('loads several files dropped at once together, their series side by side', async () => {
    await renderWithStore(
      <>
        <DataSource />
        <DropZone />
      </>,
    );
    drop(csvFile(wideCsv(10), 'first.csv'), csvFile(wideCsv(20), 'second.csv'));
    expect(await screen.findByText('first.csv + 1 more')).toBeVisible();
    expect(store.getState().catalogue?.series.map((s) => [s.name, s.length])).toEqual([
      ['first: cpu', 10],
      ['first: mem', 10],
      ['second: cpu', 20],
      ['second: mem', 20],
    ]);
  });

  it('refuses files too large for the tab before reading them, and keeps the data set shown', async () => {
    await renderWithStore(
      <>
        <DataSource />
        <DropZone />
        <FileError />
        <MappingDialog />
      </>,
    );
    const before = store.getState();
    drop(csvFile(wideCsv(10), 'small.csv'), sizedFile('huge.csv', 1.2 * 2 ** 30));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not read small.csv + 1 more. small.csv and huge.csv come to 1,228.8 MiB together, more than the 1,024 MiB this page can read at once without the tab running out of memory.',
    );
    // Nothing was read or asked: no progress, no mapping step, the demo still shown as it was.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState()).toMatchObject({
      loadProgress: null,
      mapping: null,
      source: before.source,
      catalogue: before.catalogue,
      results: before.results,
    });
  });

  it('stops listening to the window when it unmounts', () => {
    const { unmount } = render(<DropZone />);
    unmount();
    expect(fireEvent.dragOver(document.body, carrying())).toBe(true);
    act(() => void fireEvent.drop(document.body, carrying(csvFile('a\n1\n', 'x.csv'))));
    expect(store.getState()).toMatchObject({ loadProgress: null, loadError: null });
  });
});
