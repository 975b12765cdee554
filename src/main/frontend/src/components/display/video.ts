// `video`: a <video> player for a URL or for bytes the app gave (a blob: URL).
import { css, html, nothing } from 'lit';
import { VideoPropsSchema } from '../../../gen/mesopj/components/video_pb';
import { MesopjElement } from '../base';
import { appUrl } from './app-url';
import { MediaSource } from './media-source';

export class MesopjVideo extends MesopjElement<typeof VideoPropsSchema> {
  static override styles = css`
    :host {
      display: block;
      max-width: 100%;
      line-height: 0;
    }
    video {
      display: block;
      width: 100%;
      height: 100%;
      border-radius: inherit;
      background: #000;
    }
  `;

  private readonly source = new MediaSource();

  constructor() {
    super(VideoPropsSchema);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source.release();
  }

  protected override render() {
    const p = this.props;
    const src = this.source.url(p.src, p.data, p.mimeType);
    // .muted as a property: the muted attribute only sets the initial state.
    return html`<video
      src=${src || nothing}
      poster=${p.poster ? appUrl(p.poster) : nothing}
      ?controls=${!p.hideControls}
      ?autoplay=${p.autoplay}
      ?loop=${p.loop}
      .muted=${p.muted}
      playsinline
      preload="metadata"
    ></video>`;
  }
}
