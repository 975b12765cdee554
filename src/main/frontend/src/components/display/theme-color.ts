// Mesop's palette names ("primary", "accent", "warn") as theme colour tokens.
const COLORS: Record<string, string> = {
  primary: 'var(--md-sys-color-primary)',
  accent: 'var(--md-sys-color-tertiary)',
  warn: 'var(--md-sys-color-error)',
};

/** The CSS colour of a palette name; primary when empty or unknown. */
export function themeColor(name: string): string {
  return COLORS[name] ?? COLORS['primary']!;
}
