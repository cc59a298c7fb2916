// Whose X-Forwarded-For to believe. The sign-in throttle counts per source address, so trusting
// the header from anyone would let a guesser name a new address with every attempt. Off unless
// TRUST_PROXY names the proxy: "true" (any; only behind a proxy that overwrites the header),
// a hop count, or a comma list of proxy addresses / CIDRs.
export function trustProxyFrom(
  value = process.env['TRUST_PROXY'],
): boolean | string | ((address: string, hop: number) => boolean) {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return (_address: string, hop: number) => hop < hops;
  }
  return v;
}
