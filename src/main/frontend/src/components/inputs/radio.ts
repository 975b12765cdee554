// `radio`: a group of Material radio buttons. Choosing one sends its value
// (string_value) to on_change. Arrow keys move between options (md-radio groups
// radios of one name in one shadow root).
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import '@material/web/radio/radio.js';
import type { MdRadio } from '@material/web/radio/radio.js';
import { RadioPropsSchema } from '../../../gen/mesopj/components/radio_pb';
import { MesopjElement } from '../base';
import { colorClass, themeColorStyles } from './theme-colors';

export class MesopjRadio extends MesopjElement<typeof RadioPropsSchema> {
  static override styles = [
    themeColorStyles,
    css`
      :host {
        display: block;
      }
      .group {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 20px;
      }
      .group.vertical {
        flex-direction: column;
        gap: 4px;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        min-height: 40px;
        cursor: pointer;
        font: inherit;
      }
      label.before {
        flex-direction: row-reverse;
        justify-content: flex-end;
      }
      label.disabled {
        cursor: default;
        opacity: 0.38;
      }
      md-radio {
        margin: 0 4px;
      }
    `,
  ];

  constructor() {
    super(RadioPropsSchema);
  }

  private onChange(e: Event): void {
    const radio = e.target as MdRadio;
    this.syncAriaChecked();
    if (radio.checked) this.emit(this.props.onChange, { case: 'stringValue', value: radio.value });
  }

  // md-radio states its role and checked state through ElementInternals, which
  // tools that read the DOM (and some assistive tech) do not see: repeat them
  // as attributes, updated as soon as the user changes the choice.
  private syncAriaChecked(): void {
    for (const r of this.renderRoot.querySelectorAll('md-radio')) {
      r.setAttribute('aria-checked', String((r as MdRadio).checked));
    }
  }

  protected override updated(): void {
    this.syncAriaChecked();
  }

  protected override render() {
    const p = this.props;
    const classes = ['group', p.vertical ? 'vertical' : '', colorClass(p.color)].join(' ');
    return html`<div class=${classes} role="radiogroup" aria-disabled=${p.disabled ? 'true' : nothing}>
      ${p.options.map((o) => {
        const disabled = p.disabled || o.disabled;
        const label = o.label || o.value;
        return html`<label class="${p.labelBefore ? 'before' : ''} ${disabled ? 'disabled' : ''}">
          <md-radio
            name="choice"
            value=${o.value}
            role="radio"
            aria-label=${label}
            aria-disabled=${disabled ? 'true' : nothing}
            .checked=${live(o.value === p.value)}
            ?disabled=${disabled}
            @change=${this.onChange}
          ></md-radio>
          <span aria-hidden="true">${label}</span>
        </label>`;
      })}
    </div>`;
  }
}
