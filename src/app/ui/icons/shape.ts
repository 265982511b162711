/** One icon: a filled path in a 24 × 24 box; `directional` icons are mirrored in right-to-left layouts. */
export interface IconShape {
  readonly d: string;
  readonly directional?: true;
}
