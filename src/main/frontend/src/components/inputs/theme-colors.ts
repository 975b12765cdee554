// Mesop's colour names (primary, accent, warn) for Material controls: a class that points
// the primary colour tokens at the tertiary (accent) or error (warn) palette.
import { css } from 'lit';

const NAMES = new Set(['primary', 'accent', 'warn']);

/** The class for a colour name from the server ("" for the default). */
export function colorClass(color: string): string {
  return NAMES.has(color) ? color : '';
}

export const themeColorStyles = css`
  .accent {
    --md-sys-color-primary: var(--md-sys-color-tertiary);
    --md-sys-color-on-primary: var(--md-sys-color-on-tertiary);
    --md-sys-color-primary-container: var(--md-sys-color-tertiary-container);
    --md-sys-color-on-primary-container: var(--md-sys-color-on-tertiary-container);
  }
  .warn {
    --md-sys-color-primary: var(--md-sys-color-error);
    --md-sys-color-on-primary: var(--md-sys-color-on-error);
    --md-sys-color-primary-container: var(--md-sys-color-error-container);
    --md-sys-color-on-primary-container: var(--md-sys-color-on-error-container);
  }
`;
