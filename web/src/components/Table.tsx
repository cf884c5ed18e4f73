import type { ReactNode } from 'react';

/** One column: its header, its cell for a row, and how the cell is set. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Figures, aligned right. */
  numeric?: boolean;
  /** A column of buttons: the header is there for screen readers only. */
  action?: boolean;
  /** A further class for the cell of a row (`negative`, `muted`). */
  tone?: (row: Row) => string | undefined;
}

/** A table of rows, one line each; with `empty`, a row-less table says so instead of showing headers. */
export function Table<Row>(props: {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  empty?: string;
}) {
  const { columns, rows } = props;
  if (rows.length === 0 && props.empty !== undefined) return <p className="muted">{props.empty}</p>;
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={column.numeric ? 'num' : undefined}>
              {column.action ? <span className="visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={props.rowKey(row)} className={props.rowClassName?.(row)}>
            {columns.map((column, index) => (
              <td key={index} className={cellClass(column, row)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellClass<Row>(column: Column<Row>, row: Row): string | undefined {
  const classes = [column.numeric ? 'num' : '', column.tone?.(row) ?? ''].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/** A button acting on one row; its accessible name says which ("Revoke Shop key"). */
export function RowAction(props: { label: string; target: string; onClick: () => void }) {
  return (
    <button type="button" onClick={props.onClick} aria-label={`${props.label} ${props.target}`}>
      {props.label}
    </button>
  );
}
