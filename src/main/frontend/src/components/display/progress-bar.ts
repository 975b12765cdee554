// `progress_bar`: md-linear-progress in Mesop's four modes. Values are 0..100
// (md-linear-progress gets max=100). "query" is an indeterminate bar running
// the other way, as Material 2's query mode. on_animation_end fires when the
// primary bar's transition to a new value ends (determinate and buffer modes).
import { css, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '@material/web/progress/linear-progress.js';
import { ProgressBarPropsSchema } from '../../../gen/mesopj/components/progress_bar_pb';
import { MesopjElement } from '../base';
import { themeColor } from './theme-color';

const MODES = new Set(['determinate', 'indeterminate', 'buffer', 'query']);

export class MesopjProgressBar extends MesopjElement<typeof ProgressBarPropsSchema> {
  static override styles = css`
    :host {
      display: block;
    }
    md-linear-progress {
      width: 100%;
      /* md sets content-visibility: auto, which skips painting off screen
         (full-page screenshots, printing); a bar costs nothing to paint. */
      content-visibility: visible;
    }
    .query {
      transform: scaleX(-1);
    }
  `;

  private listening: ShadowRoot | null = null;

  constructor() {
    super(ProgressBarPropsSchema);
  }

  private get mode(): string {
    return MODES.has(this.props.mode) ? this.props.mode : 'indeterminate';
  }

  private readonly onTransitionEnd = (e: Event): void => {
    const t = e as TransitionEvent;
    const target = t.target as Element | null;
    if (t.propertyName !== 'transform' || !target?.classList.contains('primary-bar')) return;
    if (this.mode !== 'determinate' && this.mode !== 'buffer') return;
    this.emit(this.props.onAnimationEnd, { case: 'doubleValue', value: this.props.value });
  };

  protected override render() {
    const p = this.props;
    const mode = this.mode;
    const indeterminate = mode === 'indeterminate' || mode === 'query';
    return html`<md-linear-progress
      class=${mode}
      style=${styleMap({ '--md-linear-progress-active-indicator-color': themeColor(p.color) })}
      max="100"
      .value=${indeterminate ? 0 : p.value}
      .buffer=${mode === 'buffer' ? p.bufferValue : 0}
      ?indeterminate=${indeterminate}
      aria-label=${mode === 'determinate' || mode === 'buffer' ? `${Math.round(p.value)}%` : 'Loading'}
    ></md-linear-progress>`;
  }

  protected override updated(): void {
    // transitionend does not leave md-linear-progress's shadow root: listen inside it.
    const root = this.renderRoot.querySelector('md-linear-progress')?.shadowRoot ?? null;
    if (root === this.listening) return;
    this.listening?.removeEventListener('transitionend', this.onTransitionEnd);
    root?.addEventListener('transitionend', this.onTransitionEnd);
    this.listening = root;
  }
}
