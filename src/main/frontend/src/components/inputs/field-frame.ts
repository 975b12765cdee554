// A Material field frame (md-filled-field / md-outlined-field) around our own native
// controls: date inputs (whose calendar button md-text-field hides), the select's trigger and
// the autocomplete's input. The frame draws label, container and indicator; the element
// tracks focus and "populated" itself.
import { css } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';
import '@material/web/field/filled-field.js';
import '@material/web/field/outlined-field.js';

/** The frame's tag for an appearance ("outline" or fill). */
export function frameTag(appearance: string): StaticValue {
  return appearance === 'outline' ? literal`md-outlined-field` : literal`md-filled-field`;
}

/** Input types whose native control always shows something (a date mask, a swatch). */
export const ALWAYS_POPULATED_TYPES = new Set(['date', 'time', 'datetime-local', 'month', 'week', 'color']);

/** Styles for `.frame` and the native inputs slotted into it. */
export const frameStyles = css`
  .frame {
    display: block;
    width: 100%;
    --_space: calc(16px + var(--mesopj-density, 0) * 2px);
    --md-filled-field-top-space: var(--_space);
    --md-filled-field-bottom-space: var(--_space);
    --md-outlined-field-top-space: var(--_space);
    --md-outlined-field-bottom-space: var(--_space);
  }
  /* The frame unsets its slotted element and gives it the content's font and spacing;
     inputs nested deeper (the date range's pair) are reset here. */
  .frame input {
    box-sizing: border-box;
    min-width: 0;
    caret-color: var(--md-sys-color-primary);
  }
  .frame * input {
    box-sizing: border-box;
    width: 100%;
    margin: 0;
    padding: 0;
    border: none;
    outline: none;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
  }
  .frame input[type='color'] {
    box-sizing: content-box;
    inline-size: 56px;
    block-size: 24px;
    cursor: pointer;
  }
  .frame input::placeholder {
    color: var(--md-sys-color-on-surface-variant);
    opacity: 1;
  }
  .frame input::-webkit-calendar-picker-indicator {
    cursor: pointer;
    opacity: 0.7;
  }
  .frame input:disabled::-webkit-calendar-picker-indicator {
    cursor: default;
  }
`;
