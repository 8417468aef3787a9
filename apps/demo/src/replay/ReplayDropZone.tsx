import { useId, useState } from 'react';
import type { ChangeEvent, DragEvent } from 'react';

/** Props of {@link ReplayDropZone}. */
export interface ReplayDropZoneProps {
  onFile: (file: File) => void;
  /** Tells the user a dropped item was not a file. */
  onNotAFile: () => void;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Where a transcript comes in: dropped on the zone, or chosen with the file input inside it. */
export function ReplayDropZone({ onFile, onNotAFile }: ReplayDropZoneProps) {
  const [over, setOver] = useState(false);
  const hintId = useId();

  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = hasFiles(event) ? 'copy' : 'none';
    setOver(true);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
    else onNotAFile();
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing lets the same file be chosen again after it was fixed on disk.
    event.target.value = '';
    if (file) onFile(file);
  };

  return (
    <div
      className="replay-drop"
      data-state={over ? 'over' : 'idle'}
      data-testid="replay-drop-zone"
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <span className="replay-drop-icon" aria-hidden="true" />
      <p className="replay-drop-text" id={hintId}>
        Drop an <code>.sse</code> file here
      </p>
      <label className="demo-button replay-drop-choose">
        Choose a file
        <input
          type="file"
          className="replay-visually-hidden"
          accept=".sse,.txt,text/event-stream"
          aria-describedby={hintId}
          data-testid="replay-file-input"
          onChange={choose}
        />
      </label>
    </div>
  );
}
