// `audio`: an <audio> player for a URL or for bytes the app gave (a blob: URL).
import { css, html, nothing } from 'lit';
import { AudioPropsSchema } from '../../../gen/mesopj/components/audio_pb';
import { MesopjElement } from '../base';
import { MediaSource } from './media-source';

export class MesopjAudio extends MesopjElement<typeof AudioPropsSchema> {
  static override styles = css`
    :host {
      display: block;
      max-width: 100%;
    }
    audio {
      display: block;
      width: 100%;
    }
  `;

  private readonly source = new MediaSource();

  constructor() {
    super(AudioPropsSchema);
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
    return html`<audio
      src=${src || nothing}
      ?controls=${!p.hideControls}
      ?autoplay=${p.autoplay}
      ?loop=${p.loop}
      .muted=${p.muted}
      preload="metadata"
    ></audio>`;
  }
}
