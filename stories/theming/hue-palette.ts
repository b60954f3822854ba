/**
 * Huế's palette for the provincial-palette stories: royal purple and gold, a serif font, square
 * corners, as --dvc-* custom properties. Kept out of the stories file: every export of a stories
 * file is a story (CSF), and this is not one.
 */
export const HUE_PALETTE = {
  '--dvc-color-primary': '#5b2a86',
  '--dvc-color-on-primary': '#ffffff',
  '--dvc-color-focus': '#e0a526',
  '--dvc-color-text': '#231a2b',
  '--dvc-color-muted': '#54495e',
  '--dvc-color-border': '#7a6a88',
  '--dvc-color-surface': '#fdfbf7',
  '--dvc-link-color': '#4a2370',
  '--dvc-frame-border': '#c9b8d8',
  '--dvc-option-active-bg': '#efe6f7',
  '--dvc-font-family': "Georgia, 'Times New Roman', serif",
  '--dvc-radius': '0',
  '--dvc-max-width': '36rem',
} as const;
