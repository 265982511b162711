/** A website: the same globe. */
export { globe as web } from './globe';
