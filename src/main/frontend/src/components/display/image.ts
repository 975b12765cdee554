// `image`: an <img> from a URL or from bytes the app gave (a blob: URL).
import { css, html, nothing } from 'lit';
import { ImagePropsSchema } from '../../../gen/mesopj/components/image_pb';
import { MesopjElement } from '../base';
import { MediaSource } from './media-source';

export class MesopjImage extends MesopjElement<typeof ImagePropsSchema> {
  static override styles = css`
    :host {
      display: inline-block;
      max-width: 100%;
      line-height: 0;
    }
    img {
      display: block;
      max-width: 100%;
      object-fit: inherit;
      border-radius: inherit;
    }
    /* No size given: fill the component, which the app may size with its style. */
    img:not([width]):not([height]) {
      width: 100%;
      height: 100%;
    }
    /* size(w, h): the width and height attributes decide, and their ratio
       keeps the height right when max-width shrinks the image. */
    img[width] {
      height: auto;
    }
  `;

  private readonly source = new MediaSource();

  constructor() {
    super(ImagePropsSchema);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // a blob URL released on disconnect is made again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source.release();
  }

  protected override render() {
    const p = this.props;
    const src = this.source.url(p.src, p.data, p.mimeType);
    return html`<img
      src=${src || nothing}
      alt=${p.alt}
      width=${p.width || nothing}
      height=${p.height || nothing}
    />`;
  }
}
