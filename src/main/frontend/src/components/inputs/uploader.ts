// `uploader`: a Material button that opens the file chooser; the chosen files
// go to on_upload (upload payload: name, MIME type, size, bytes). Files over
// the server's limit (max_bytes, MESOPJ_UPLOAD_MAX_BYTES) are refused here,
// with a message under the button, so they never travel.
import { create } from '@bufbuild/protobuf';
import { css, nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import '@material/web/button/elevated-button.js';
import '@material/web/button/filled-button.js';
import '@material/web/button/outlined-button.js';
import '@material/web/button/text-button.js';
import '@material/web/iconbutton/icon-button.js';
import '@material/web/icon/icon.js';
import { UploaderPropsSchema } from '../../../gen/mesopj/components/uploader_pb';
import { UploadedFileSchema, UploadPayloadSchema } from '../../../gen/mesopj/ui_pb';
import { MesopjElement, delegatingShadowRoot } from '../base';
import { colorClass, themeColorStyles } from './theme-colors';

const TAGS: Record<string, StaticValue> = {
  raised: literal`md-elevated-button`,
  flat: literal`md-filled-button`,
  stroked: literal`md-outlined-button`,
  text: literal`md-text-button`,
  icon: literal`md-icon-button`,
};

/** The message for a file over the limit (the server's wording). */
export function oversizeMessage(name: string, size: number, max: number): string {
  return `File ${name} is ${size} bytes, over the limit of ${max} bytes.`;
}

export class MesopjUploader extends MesopjElement<typeof UploaderPropsSchema> {
  static override shadowRootOptions = delegatingShadowRoot;

  static override styles = [
    themeColorStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
      }
      input[type='file'] {
        display: none;
      }
      .content {
        display: inline-flex;
        align-items: center;
        gap: 8px;
      }
      .error {
        margin-top: 4px;
        color: var(--md-sys-color-error);
        font: 400 12px / 16px var(--md-ref-typeface-plain, Roboto, sans-serif);
        letter-spacing: 0.4px;
      }
    `,
  ];

  private error = '';

  constructor() {
    super(UploaderPropsSchema);
  }

  private get fileInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input[type=file]') ?? null;
  }

  private openChooser(): void {
    if (!this.props.disabled) this.fileInput?.click();
  }

  private showError(message: string): void {
    this.error = message;
    this.requestUpdate();
  }

  private async onFilesChosen(): Promise<void> {
    const input = this.fileInput;
    if (!input?.files?.length) return;
    const files = [...input.files];
    // Reset, so that choosing the same file again is a change again.
    input.value = '';
    const max = Number(this.props.maxBytes);
    const tooBig = max > 0 ? files.find((f) => f.size > max) : undefined;
    if (tooBig) {
      this.showError(oversizeMessage(tooBig.name, tooBig.size, max));
      return;
    }
    this.showError('');
    const uploaded = await Promise.all(
      files.map(async (f) =>
        create(UploadedFileSchema, {
          name: f.name,
          mimeType: f.type,
          size: BigInt(f.size),
          content: new Uint8Array(await f.arrayBuffer()),
        }),
      ),
    );
    this.emit(this.props.onUpload, { case: 'upload', value: create(UploadPayloadSchema, { files: uploaded }) });
  }

  protected override render() {
    const p = this.props;
    const tag = TAGS[p.kind] ?? TAGS['text']!;
    const content = p.label
      ? p.kind === 'icon'
        ? html`<md-icon>${p.label}</md-icon>`
        : p.label
      : html`<span class="content"><slot></slot></span>`;
    return html`<input
        type="file"
        tabindex="-1"
        accept=${p.accept.length ? p.accept.join(',') : nothing}
        ?multiple=${p.multiple}
        @change=${this.onFilesChosen}
      /><${tag}
        class=${colorClass(p.color)}
        ?disabled=${p.disabled}
        aria-label=${p.kind === 'icon' && p.label ? p.label : nothing}
        @click=${this.openChooser}
        >${content}</${tag}
      >${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}`;
  }
}
