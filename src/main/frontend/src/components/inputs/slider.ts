// `slider`: a Material slider. The value goes to on_value_change (double_value)
// when the user lets go of the thumb or moves it with a key (the slider's
// change event), not on every pixel of a drag.
import { css, html } from 'lit';
import '@material/web/slider/slider.js';
import type { MdSlider } from '@material/web/slider/slider.js';
import type { SliderProps } from '../../../gen/mesopj/components/slider_pb';
import { SliderPropsSchema } from '../../../gen/mesopj/components/slider_pb';
import { MesopjElement, delegatingShadowRoot } from '../base';
import { colorClass, themeColorStyles } from './theme-colors';

export class MesopjSlider extends MesopjElement<typeof SliderPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = [
    themeColorStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        min-width: 200px;
      }
      md-slider {
        width: 100%;
      }
    `,
  ];

  // The value the server last set: the thumb follows the server only when that changes
  // (as Mesop does), so an echo of an older value never jumps the thumb back.
  private serverValue: number | undefined;

  constructor() {
    super(SliderPropsSchema);
  }

  private get slider(): MdSlider | null {
    return this.renderRoot?.querySelector('md-slider') ?? null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('props')) return;
    const prev = changed.get('props') as SliderProps | undefined;
    if (!prev || prev.value !== this.props.value) this.serverValue = this.props.value;
  }

  protected override updated(): void {
    const slider = this.slider;
    if (slider && this.serverValue !== undefined) {
      slider.value = this.serverValue;
      this.serverValue = undefined;
    }
  }

  private onChange(e: Event): void {
    const slider = e.target as MdSlider;
    this.emit(this.props.onValueChange, { case: 'doubleValue', value: slider.value ?? this.props.min });
  }

  protected override render() {
    const p = this.props;
    const max = p.max > p.min ? p.max : p.min + 100;
    return html`<md-slider
      class=${colorClass(p.color)}
      min=${p.min}
      max=${max}
      step=${p.step > 0 ? p.step : 1}
      ?disabled=${p.disabled}
      ?labeled=${p.discrete}
      ?ticks=${p.showTickMarks}
      @change=${this.onChange}
    ></md-slider>`;
  }
}
