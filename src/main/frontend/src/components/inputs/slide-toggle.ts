// `slide_toggle`: a Material switch with its label; a change sends the new
// state (bool_value) to on_change.
import { css, html } from 'lit';
import { live } from 'lit/directives/live.js';
import '@material/web/switch/switch.js';
import type { MdSwitch } from '@material/web/switch/switch.js';
import { SlideTogglePropsSchema } from '../../../gen/mesopj/components/slide_toggle_pb';
import { MesopjElement, delegatingShadowRoot } from '../base';
import { colorClass, themeColorStyles } from './theme-colors';

export class MesopjSlideToggle extends MesopjElement<typeof SlideTogglePropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = [
    themeColorStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 12px;
        min-height: 40px;
        cursor: pointer;
        font: inherit;
      }
      label.before {
        flex-direction: row-reverse;
      }
      label.disabled {
        cursor: default;
      }
      label.disabled span {
        opacity: 0.38;
      }
    `,
  ];

  constructor() {
    super(SlideTogglePropsSchema);
  }

  private onChange(e: Event): void {
    const toggle = e.target as MdSwitch;
    this.emit(this.props.onChange, { case: 'boolValue', value: toggle.selected });
  }

  protected override render() {
    const p = this.props;
    const classes = [p.labelBefore ? 'before' : '', p.disabled ? 'disabled' : '', colorClass(p.color)].join(' ');
    // live(): new props from the server win over the switch's own toggled state.
    return html`<label class=${classes}>
      <md-switch
        .selected=${live(p.checked)}
        ?icons=${!p.hideIcon}
        ?disabled=${p.disabled}
        aria-label=${p.label}
        @change=${this.onChange}
      ></md-switch>
      <span>${p.label}</span>
    </label>`;
  }
}
