import type { IconShape } from './shape';

export const bookmark: IconShape = {
  d: 'M17 3H7a2 2 0 0 0-2 2v16l7-3 7 3V5a2 2 0 0 0-2-2Zm0 15-5-2.18L7 18V5h10v13Z',
};
