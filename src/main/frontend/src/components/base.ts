// Common shape of every component element: the renderer sets `props` (the
// decoded props message) and `componentKey`; Lit re-renders on new props.
import { LitElement } from 'lit';
import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import { create } from '@bufbuild/protobuf';
import { dispatchUserEvent, type EventPayload } from '../events';

export abstract class MesopjElement<S extends DescMessage> extends LitElement {
  static override properties = { props: { attribute: false } };

  declare props: MessageShape<S>;
  /** The component's key ("" when none); sent with every event. */
  componentKey = '';

  constructor(schema: S) {
    super();
    // Defaults until the renderer sets the real props (declare + assignment,
    // so the class field does not shadow Lit's reactive accessor).
    this.props = create(schema);
  }

  protected emit(handlerId: string, payload: EventPayload): void {
    dispatchUserEvent(this, handlerId, this.componentKey, payload);
  }
}

/** Shadow root options for elements that hold a focusable control. */
export const delegatingShadowRoot: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
