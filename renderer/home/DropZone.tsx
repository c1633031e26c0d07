// The large drop target of the first screen: several zips, CSV files or a folder at once. Dropping is one
// way in; the buttons inside it are the keyboard's way (and work with a pointer too).

import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { DroppedItem } from '../host/analysisHost';

export interface DropZoneProps {
  readonly onDrop: (items: DroppedItem[]) => void;
  readonly children: ReactNode;
}

/** Read while the event lasts: a DataTransfer is emptied once its drop event is over. */
function droppedItems(transfer: DataTransfer): DroppedItem[] {
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  if (items.length > 0) {
    return items.map((item) => ({ file: item.getAsFile(), entry: typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null }));
  }
  return [...transfer.files].map((file) => ({ file, entry: null }));
}

export function DropZone({ onDrop, children }: DropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const enter = (event: DragEvent) => {
    event.preventDefault();
    depth.current++;
    setDragging(true);
  };
  const leave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  };
  const over = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    depth.current = 0;
    setDragging(false);
    onDrop(droppedItems(event.dataTransfer));
  };
  return (
    <section
      className={`drop-zone${dragging ? ' is-dragging' : ''}`}
      aria-label="Drop zone for your LinkedIn export"
      data-testid="drop-zone"
      onDragEnter={enter}
      onDragLeave={leave}
      onDragOver={over}
      onDrop={drop}
    >
      {children}
    </section>
  );
}
