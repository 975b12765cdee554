// A drop-in for Lit's styleMap directive that never writes a style attribute.
// Lit's own styleMap renders its first value as a style="..." string (for
// server rendering), which the CSP's style-src blocks, with a console error;
// @material/web uses it (text fields, linear progress). build.mjs redirects
// every import of 'lit/directives/style-map.js' and
// 'lit-html/directives/style-map.js' here, so all updates go through CSSOM.
import { noChange, type AttributePart } from 'lit';
import { Directive, PartType, directive, type DirectiveParameters, type PartInfo } from 'lit/directive.js';

export interface StyleInfo {
  [name: string]: string | number | undefined | null;
}

const IMPORTANT = '!important';

class StyleMapDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleMap must be the only expression in a style attribute');
    }
  }

  render(_styleInfo: Readonly<StyleInfo>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styleInfo]: DirectiveParameters<this>): typeof noChange {
    const style = part.element.style;
    for (const name of this.previous) {
      if (styleInfo[name] == null) {
        this.previous.delete(name);
        if (name.includes('-')) style.removeProperty(name);
        else (style as unknown as Record<string, string | null>)[name] = null;
      }
    }
    for (const name in styleInfo) {
      const value = styleInfo[name];
      if (value == null) continue;
      this.previous.add(name);
      const important = typeof value === 'string' && value.endsWith(IMPORTANT);
      if (name.includes('-') || important) {
        style.setProperty(name, important ? (value as string).slice(0, -IMPORTANT.length) : String(value), important ? 'important' : '');
      } else {
        (style as unknown as Record<string, unknown>)[name] = value;
      }
    }
    return noChange;
  }
}

export const styleMap = directive(StyleMapDirective);
export type { StyleMapDirective };
