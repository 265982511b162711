/** A German name in lower case with its umlauts and ß spelt out ("Fröndenberg" → "froendenberg"), as ids and comparisons need. */
export function spelledOutLower(name: string): string {
  return name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}
