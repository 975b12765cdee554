// `box`: a plain block container; the server's style decides the layout.
import { css, html } from 'lit';
import { create } from '@bufbuild/protobuf';
import { BoxPropsSchema } from '../../../gen/mesopj/components/box_pb';
import { ClickPayloadSchema } from '../../../gen/mesopj/ui_pb';
import { MesopjElement } from '../base';

export class MesopjBox extends MesopjElement<typeof BoxPropsSchema> {
  static override styles = css`
    :host {
      display: block;
    }
    :host([data-clickable]) {
      cursor: pointer;
    }
  `;

  constructor() {
    super(BoxPropsSchema);
    this.addEventListener('click', (e) => this.onClick(e));
  }

  protected override updated(): void {
    this.toggleAttribute('data-clickable', !!this.props.onClick);
  }

  private onClick(e: MouseEvent): void {
    if (!this.props.onClick) return;
    const rect = this.getBoundingClientRect();
    const click = create(ClickPayloadSchema, {
      // Children are light DOM, so a click on a child has the child as target.
      isTarget: e.target === this,
      clientX: e.clientX,
      clientY: e.clientY,
      offsetX: e.clientX - rect.left,
      offsetY: e.clientY - rect.top,
    });
    this.emit(this.props.onClick, { case: 'click', value: click });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
