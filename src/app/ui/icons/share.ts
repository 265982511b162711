import type { IconShape } from './shape';

export const share: IconShape = {
  d: 'M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7a3.2 3.2 0 0 0 0-1.4l7.05-4.11A2.99 2.99 0 0 0 21 5a3 3 0 1 0-5.91.7L8.04 9.81A3 3 0 1 0 8.04 14.2l7.12 4.16a2.92 2.92 0 1 0 2.84-2.28Z',
};
