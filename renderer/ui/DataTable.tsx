// A plain, accessible table: the alternative to every chart, and the lists of the views. Where
// it is wider than the page it scrolls sideways in its own box, which then takes focus (so the
// keyboard can scroll it) and is named by the caption.

import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly numeric?: boolean;
  /** The row's header cell (read first by screen readers). */
  readonly rowHeader?: boolean;
}

export interface DataTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row, index: number) => string;
  readonly captionHidden?: boolean;
  readonly footer?: ReactNode;
  readonly testId?: string;
}

/** Whether the element's content is wider than it is, kept up to date by ResizeObserver. */
function useScrollsSideways<T extends HTMLElement>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // Read in the observer's callback, after layout: no forced layout.
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, scrolls];
}

export function DataTable<Row>({ caption, columns, rows, rowKey, captionHidden = false, footer, testId }: DataTableProps<Row>) {
  const captionId = useId();
  const [box, scrolls] = useScrollsSideways<HTMLDivElement>();
  return (
    <div ref={box} className="table-scroll" {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}>
      <table className="data-table" data-testid={testId}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.header} scope="row" className={c.numeric ? 'numeric' : undefined}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className={c.numeric ? 'numeric' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {footer}
      </table>
    </div>
  );
}
