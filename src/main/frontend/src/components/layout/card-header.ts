// `card_header`: a card's title and subtitle, with an optional image: a round
// avatar before them, or a square image of a given size after them.
import { css, html, nothing } from 'lit';
import { CardHeaderPropsSchema } from '../../../gen/mesopj/components/card_header_pb';
import { MesopjElement } from '../base';

const IMAGE_SIZES = new Set(['small', 'medium', 'large', 'extra-large']);

export class MesopjCardHeader extends MesopjElement<typeof CardHeaderPropsSchema> {
  static override styles = css`
    :host {
      display: block;
      padding: 16px 16px 0;
    }
    .header {
      display: flex;
      align-items: center;
      gap: 16px;
    }
    .titles {
      flex: 1 1 auto;
      min-width: 0;
    }
    .header.big {
      align-items: flex-start;
    }
    .title {
      margin: 0;
      font: 400 1.375rem / 1.75rem var(--md-ref-typeface-brand, Roboto, sans-serif);
    }
    .subtitle {
      margin: 4px 0 0;
      font: 400 0.875rem / 1.25rem var(--md-ref-typeface-plain, Roboto, sans-serif);
      color: var(--md-sys-color-on-surface-variant);
    }
    img {
      flex: none;
      object-fit: cover;
    }
    img.avatar {
      width: 40px;
      height: 40px;
      border-radius: 50%;
    }
    img.sized {
      border-radius: 8px;
    }
    img.small {
      width: 80px;
      height: 80px;
    }
    img.medium {
      width: 112px;
      height: 112px;
    }
    img.large {
      width: 152px;
      height: 152px;
    }
    img.extra-large {
      width: 240px;
      height: 240px;
    }
  `;

  constructor() {
    super(CardHeaderPropsSchema);
  }

  protected override render() {
    const p = this.props;
    const titles = html`<div class="titles">
      <h3 class="title">${p.title}</h3>
      ${p.subtitle ? html`<p class="subtitle">${p.subtitle}</p>` : nothing}
    </div>`;
    if (!p.image) return html`<div class="header">${titles}</div>`;
    if (IMAGE_SIZES.has(p.imageType)) {
      return html`<div class="header big">${titles}<img class="sized ${p.imageType}" src=${p.image} alt="" /></div>`;
    }
    return html`<div class="header"><img class="avatar" src=${p.image} alt="" />${titles}</div>`;
  }
}
