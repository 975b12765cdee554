// `checkbox`: a Material 3 checkbox with its label; a change sends the new
// checked state to on_change.
import { css, html } from 'lit';
import { live } from 'lit/directives/live.js';
import '@material/web/checkbox/checkbox.js';
import type { MdCheckbox } from '@material/web/checkbox/checkbox.js';
import { CheckboxPropsSchema } from '../../../gen/mesopj/components/checkbox_pb';
import { MesopjElement, delegatingShadowRoot } from '../base';

export class MesopjCheckbox extends MesopjElement<typeof CheckboxPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = css`
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      cursor: pointer;
      font: inherit;
    }
    label.disabled {
      cursor: default;
      opacity: 0.38;
    }
  `;

  constructor() {
    super(CheckboxPropsSchema);
  }

  private onChange(e: Event): void {
    const box = e.target as MdCheckbox;
    this.emit(this.props.onChange, { case: 'boolValue', value: box.checked });
  }

  protected override render() {
    const p = this.props;
    // live(): new props from the server win over the box's own toggled state.
    return html`<label class=${p.disabled ? 'disabled' : ''}>
      <md-checkbox
        touch-target="wrapper"
        .checked=${live(p.checked)}
        .indeterminate=${live(p.indeterminate)}
        ?disabled=${p.disabled}
        @change=${this.onChange}
      ></md-checkbox>
      <span>${p.label}</span><slot></slot>
    </label>`;
  }
}
