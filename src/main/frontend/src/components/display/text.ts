// `text`: plain text (never HTML) in one of the Material typography styles.
// Rendered in light DOM so the global typography classes (styles/typography.css)
// apply and page-level CSS can style it.
import { html } from 'lit';
import { TextPropsSchema } from '../../../gen/mesopj/components/text_pb';
import { MesopjElement } from '../base';

const TYPOGRAPHY = new Set([
  'headline-1', 'headline-2', 'headline-3', 'headline-4', 'headline-5', 'headline-6',
  'subtitle-1', 'subtitle-2', 'body-1', 'body-2', 'caption', 'button', 'overline',
]);

export class MesopjText extends MesopjElement<typeof TextPropsSchema> {
  private typographyClass = '';

  constructor() {
    super(TextPropsSchema);
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override updated(): void {
    const t = this.props.typography;
    const cls = TYPOGRAPHY.has(t) ? `mesopj-${t}` : '';
    if (cls === this.typographyClass) return;
    if (this.typographyClass) this.classList.remove(this.typographyClass);
    if (cls) this.classList.add(cls);
    this.typographyClass = cls;
  }

  protected override render() {
    // A text binding: Lit creates a Text node, so markup in the string stays text.
    return html`${this.props.text}`;
  }
}
