// `table`: a data table of text cells. The component itself is the scroll
// container (give it a max-height), so the sticky header (top: 0) and sticky
// columns (left: the widths of the sticky columns before them, measured after
// each render and on resize) stick to its edges. A click (or Enter/Space on a
// focused cell) sends cell_click {row, column, column_name}; arrow keys move
// between cells when the table is clickable.
import { css, html, nothing } from 'lit';
import { create } from '@bufbuild/protobuf';
import { TablePropsSchema } from '../../../gen/mesopj/components/table_pb';
import { CellClickPayloadSchema } from '../../../gen/mesopj/ui_pb';
import { MesopjElement } from '../base';

export class MesopjTable extends MesopjElement<typeof TablePropsSchema> {
  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      overflow: auto;
      max-width: 100%;
      border-radius: 12px;
      border: 1px solid var(--md-sys-color-outline-variant);
      background: var(--md-sys-color-surface-container-lowest);
    }
    table {
      border-collapse: separate;
      border-spacing: 0;
      min-width: 100%;
      font: 400 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
      color: var(--md-sys-color-on-surface);
    }
    th,
    td {
      padding: 12px 16px;
      text-align: left;
      white-space: nowrap;
      border-bottom: 1px solid var(--md-sys-color-outline-variant);
      background: var(--md-sys-color-surface-container-lowest);
    }
    tbody tr:last-child td {
      border-bottom: 0;
    }
    th {
      font-weight: 500;
      color: var(--md-sys-color-on-surface-variant);
      background: var(--md-sys-color-surface-container-low);
    }
    .sticky-header th {
      position: sticky;
      top: 0;
      z-index: 2;
    }
    .sticky {
      position: sticky;
      z-index: 1;
    }
    th.sticky {
      z-index: 3;
    }
    .last-sticky {
      box-shadow: inset -1px 0 0 var(--md-sys-color-outline-variant);
    }
    .clickable td {
      cursor: pointer;
    }
    .clickable tbody tr:hover td {
      background: var(--md-sys-color-surface-container-high);
    }
    td:focus-visible {
      outline: 2px solid var(--md-sys-color-primary);
      outline-offset: -2px;
    }
  `;

  private readonly resize = new ResizeObserver(() => this.placeStickyColumns());
  private focusCell: [number, number] = [0, 0];

  constructor() {
    super(TablePropsSchema);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateComplete.then(() => {
      const table = this.renderRoot.querySelector('table');
      if (table && this.isConnected) this.resize.observe(table);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  private stickyIndexes(): number[] {
    const names = new Set(this.props.stickyColumns);
    return this.props.columns.flatMap((c, i) => (names.has(c) ? [i] : []));
  }

  /** Sets each sticky column's left offset: the widths of the sticky columns before it. */
  private placeStickyColumns(): void {
    const table = this.renderRoot.querySelector('table');
    if (!table) return;
    const header = table.tHead?.rows[0];
    let left = 0;
    for (const i of this.stickyIndexes()) {
      const cells = table.querySelectorAll<HTMLElement>(`[data-column="${i}"]`);
      for (const cell of cells) cell.style.left = `${left}px`;
      left += header?.cells[i]?.getBoundingClientRect().width ?? 0;
    }
  }

  private cellOf(e: Event): HTMLTableCellElement | null {
    const cell = (e.target as Element | null)?.closest?.('td');
    return cell instanceof HTMLTableCellElement && this.renderRoot.contains(cell) ? cell : null;
  }

  private clickCell(cell: HTMLTableCellElement): void {
    const row = Number(cell.dataset['row']);
    const column = Number(cell.dataset['column']);
    this.focusCell = [row, column];
    const payload = create(CellClickPayloadSchema, {
      row,
      column,
      columnName: this.props.columns[column] ?? '',
    });
    this.emit(this.props.onCellClick, { case: 'cellClick', value: payload });
  }

  private onClick(e: MouseEvent): void {
    const cell = this.cellOf(e);
    if (cell && this.props.onCellClick) this.clickCell(cell);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const cell = this.cellOf(e);
    if (!cell || !this.props.onCellClick) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.clickCell(cell);
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const row = Math.max(0, Math.min(Number(cell.dataset['row']) + move[0], this.props.rows.length - 1));
    const column = Math.max(0, Math.min(Number(cell.dataset['column']) + move[1], this.props.columns.length - 1));
    this.focusCell = [row, column];
    this.requestUpdate();
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`)?.focus(),
    );
  }

  protected override render() {
    const p = this.props;
    const sticky = new Set(this.stickyIndexes());
    const lastSticky = Math.max(-1, ...sticky);
    const clickable = !!p.onCellClick;
    // The cell in the tab order, kept inside the table when rows go away.
    const focusRow = Math.min(this.focusCell[0], Math.max(p.rows.length - 1, 0));
    const focusColumn = Math.min(this.focusCell[1], Math.max(p.columns.length - 1, 0));
    const cls = (i: number) => (sticky.has(i) ? (i === lastSticky ? 'sticky last-sticky' : 'sticky') : '');
    return html`<table
      class="${p.stickyHeader ? 'sticky-header' : ''} ${clickable ? 'clickable' : ''}"
      @click=${this.onClick}
      @keydown=${this.onKeyDown}
    >
      <thead>
        <tr>
          ${p.columns.map((c, i) => html`<th scope="col" class=${cls(i)} data-column=${i}>${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${p.rows.map(
          (r, ri) => html`<tr>
            ${p.columns.map(
              // Roving tabindex: one cell is in the tab order, arrows move it.
              (_c, ci) => html`<td
                class=${cls(ci)}
                data-row=${ri}
                data-column=${ci}
                tabindex=${clickable ? (ri === focusRow && ci === focusColumn ? 0 : -1) : nothing}
              >${r.cells[ci] ?? ''}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  protected override updated(): void {
    this.placeStickyColumns();
  }
}
