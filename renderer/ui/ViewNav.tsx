// The results' views as a vertical tab list: Tab reaches it once, the arrow keys (and Home,
// End) move between views, as in a desktop app's sidebar.

import { useRef, type KeyboardEvent } from 'react';

export interface NavItem {
  readonly id: string;
  readonly label: string;
  /** A second line: the category's figure, or a hint. */
  readonly detail?: string;
}

/** A click (or Enter, Space) on a tab, or the arrow keys (and Home, End) in the list. */
export type SelectedBy = 'click' | 'keys';

export interface ViewNavProps {
  readonly items: readonly NavItem[];
  readonly selected: string;
  readonly onSelect: (id: string, by: SelectedBy) => void;
  readonly panelId: (id: string) => string;
  readonly tabId: (id: string) => string;
}

export function ViewNav({ items, selected, onSelect, panelId, tabId }: ViewNavProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const keys: Record<string, number> = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = (target + items.length) % items.length;
    onSelect(items[next]!.id, 'keys');
    buttons.current[next]?.focus();
  };
  return (
    <nav className="view-nav" aria-label="Views">
      <div role="tablist" aria-orientation="vertical" aria-label="Views">
        {items.map((item, index) => (
          <button
            key={item.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            id={tabId(item.id)}
            type="button"
            role="tab"
            aria-selected={item.id === selected}
            aria-controls={panelId(item.id)}
            tabIndex={item.id === selected ? 0 : -1}
            className="view-tab"
            onClick={() => onSelect(item.id, 'click')}
            onKeyDown={(e) => move(e, index)}
          >
            <span className="view-tab-label">{item.label}</span>
            {item.detail && <span className="view-tab-detail">{item.detail}</span>}
          </button>
        ))}
      </div>
    </nav>
  );
}
