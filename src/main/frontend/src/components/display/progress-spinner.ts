// `progress_spinner`: an indeterminate md-circular-progress. diameter and
// stroke width are in CSS pixels as in Mesop; md-circular-progress takes its
// stroke as a percentage of the ring (the ring is 8px smaller than the box).
import { css, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@material/web/progress/circular-progress.js';
import { ProgressSpinnerPropsSchema } from '../../../gen/mesopj/components/progress_spinner_pb';
import { MesopjElement } from '../base';
import { themeColor } from './theme-color';

export class MesopjProgressSpinner extends MesopjElement<typeof ProgressSpinnerPropsSchema> {
  static override styles = css`
    :host {
      display: inline-block;
      vertical-align: middle;
      line-height: 0;
    }
    md-circular-progress {
      content-visibility: visible; /* md's "auto" skips painting off screen (full-page screenshots, printing) */
    }
  `;

  constructor() {
    super(ProgressSpinnerPropsSchema);
  }

  protected override render() {
    const p = this.props;
    const size = p.diameter > 0 ? p.diameter : 48;
    const stroke = p.strokeWidth > 0 ? p.strokeWidth : 4;
    const ring = Math.max(size - 8, 1);
    const widthPercent = Math.min((stroke / ring) * 100, 50);
    return html`<md-circular-progress
      indeterminate
      aria-label="Loading"
      style=${styleMap({
        '--md-circular-progress-size': `${size}px`,
        '--md-circular-progress-active-indicator-width': String(widthPercent),
        '--md-circular-progress-active-indicator-color': themeColor(p.color),
      })}
    ></md-circular-progress>`;
  }
}
