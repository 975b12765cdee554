// `dialog`: a modal dialog on the native <dialog> (showModal: top layer, the
// rest of the page inert). Opened comes from the server. Escape and a click on
// the scrim do not close it here: they send on_close, and the server closes it
// by setting opened to false. Tab and Shift+Tab wrap around inside it.
import { css, html, nothing } from 'lit';
import type { DialogProps } from '../../../gen/mesopj/components/dialog_pb';
import { DialogPropsSchema } from '../../../gen/mesopj/components/dialog_pb';
import { MesopjElement } from '../base';
import { tabbables } from './focus-walk';

let nextId = 0;

export class MesopjDialog extends MesopjElement<typeof DialogPropsSchema> {
  static override styles = css`
    :host {
      display: contents;
    }
    dialog {
      box-sizing: border-box;
      padding: 0;
      border: none;
      border-radius: 28px;
      min-width: min(280px, calc(100vw - 32px));
      max-width: min(560px, calc(100vw - 32px));
      max-height: calc(100dvh - 48px);
      background: var(--md-sys-color-surface-container-high);
      color: var(--md-sys-color-on-surface);
      box-shadow: 0 4px 8px 3px rgb(0 0 0 / 15%), 0 1px 3px rgb(0 0 0 / 30%);
      overflow: hidden;
    }
    dialog[open] {
      display: flex;
      animation: enter 200ms cubic-bezier(0.05, 0.7, 0.1, 1);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 32%);
    }
    @keyframes enter {
      from {
        opacity: 0;
        transform: translateY(-24px);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      dialog[open] {
        animation: none;
      }
    }
    .surface {
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      gap: 16px;
      width: 100%;
      max-height: inherit;
      padding: 24px;
    }
    h2 {
      margin: 0;
      font: 400 1.5rem / 2rem var(--md-ref-typeface-brand, Roboto, sans-serif);
    }
    .content {
      flex: 1 1 auto;
      min-height: 0;
      overflow: auto;
      color: var(--md-sys-color-on-surface-variant);
      font: 400 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 8px;
    }
    .actions.empty {
      display: none;
    }
    .trap {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
    }
  `;

  private readonly ids = `mesopj-dialog-${++nextId}`;
  // on_close was sent and the server has not answered with new props yet.
  private closeRequested = false;
  // Set while showModal() runs: its automatic focus must not trip the traps.
  private opening = false;
  private pointerDownOnScrim = false;

  constructor() {
    super(DialogPropsSchema);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('props') && (changed.get('props') as DialogProps | undefined) !== undefined) {
      this.closeRequested = false;
    }
  }

  protected override updated(): void {
    this.sync();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) return;
    // Moved by a patch: a dialog that left the page is no longer modal; show it modal again.
    const dialog = this.dialog;
    if (dialog?.open && !dialog.matches(':modal')) dialog.close();
    this.sync();
  }

  /** Makes the native dialog's state match the server's. */
  private sync(): void {
    const dialog = this.dialog;
    if (!dialog || !this.isConnected) return;
    if (this.props.opened && !dialog.open) {
      this.opening = true;
      try {
        dialog.showModal();
      } finally {
        this.opening = false;
      }
      const first = this.focusables()[0];
      if (first) first.focus();
      else dialog.focus();
    } else if (!this.props.opened && dialog.open) {
      dialog.close();
    }
  }

  private focusables(): HTMLElement[] {
    const surface = this.renderRoot.querySelector('.surface');
    return surface ? tabbables(surface) : [];
  }

  /** Escape or the scrim: ask the server, once per answer. */
  private requestClose(): void {
    if (!this.props.onClose || this.closeRequested) return;
    this.closeRequested = true;
    this.emit(this.props.onClose, { case: undefined });
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    // Prevented here, so the browser neither cancels nor closes the dialog itself.
    e.preventDefault();
    this.requestClose();
  }

  private onCancel(e: Event): void {
    e.preventDefault();
    this.requestClose();
  }

  /** The browser closed it anyway (e.g. repeated Escape): stay open until the server says so. */
  private onClose(): void {
    // The close event comes a task later: ignore it if the dialog is open again by now.
    if (!this.props.opened || !this.isConnected || this.dialog?.open) return;
    this.requestClose();
    this.dialog?.showModal();
  }

  // The dialog box fills the <dialog>, so a pointer on the <dialog> itself is on the scrim.
  private onPointerDown(e: PointerEvent): void {
    this.pointerDownOnScrim = e.target === this.dialog;
  }

  private onClick(e: MouseEvent): void {
    const onScrim = e.target === this.dialog && this.pointerDownOnScrim;
    this.pointerDownOnScrim = false;
    if (onScrim) this.requestClose();
  }

  private onTrapFocus(which: 'start' | 'end'): void {
    if (this.opening) return;
    const all = this.focusables();
    const target = which === 'start' ? all[all.length - 1] : all[0];
    if (target) target.focus();
    else this.dialog?.focus();
  }

  private onActionsChange(e: Event): void {
    const slot = e.target as HTMLSlotElement;
    const actions = slot.parentElement;
    actions?.classList.toggle('empty', slot.assignedElements({ flatten: true }).length === 0);
  }

  protected override render() {
    const p = this.props;
    return html`<dialog
      tabindex="-1"
      aria-labelledby=${p.title ? `${this.ids}-title` : nothing}
      aria-modal="true"
      @keydown=${this.onKeyDown}
      @cancel=${this.onCancel}
      @close=${this.onClose}
      @pointerdown=${this.onPointerDown}
      @click=${this.onClick}
    >
      <div class="trap" tabindex="0" @focus=${() => this.onTrapFocus('start')}></div>
      <div class="surface">
        ${p.title ? html`<h2 id="${this.ids}-title">${p.title}</h2>` : nothing}
        <div class="content"><slot></slot></div>
        <div class="actions empty"><slot name="actions" @slotchange=${this.onActionsChange}></slot></div>
      </div>
      <div class="trap" tabindex="0" @focus=${() => this.onTrapFocus('end')}></div>
    </dialog>`;
  }
}
