// UPC-E to UPC-A expansion (the UPC-E zero-suppression rules), kept free of ZXing imports so
// the benchmark can use it under Node as well.

/** The 12-digit UPC-A that an 8-digit UPC-E (number system, six digits, check digit) abbreviates. */
export function upceToUpca(upce: string): string {
  const d = upce.slice(1, 7);
  const last = d[5];
  const body =
    last === '0' || last === '1' || last === '2'
      ? `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`
      : last === '3'
        ? `${d.slice(0, 3)}00000${d.slice(3, 5)}`
        : last === '4'
          ? `${d.slice(0, 4)}00000${d[4]}`
          : `${d.slice(0, 5)}0000${last}`;
  return `${upce[0]}${body}${upce.slice(7, 8)}`;
}
