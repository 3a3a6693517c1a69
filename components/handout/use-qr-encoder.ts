import { useEffect, useState } from 'preact/hooks';

export type QrEncoder = (text: string) => boolean[][];

let loading: Promise<QrEncoder> | undefined;

/**
 * The QR encoder (lib/handout/qr.ts and its library) is loaded only for departments that set a QR
 * address, and once. `ready` is false while it loads, so the handout is not printed without its code.
 */
export function useQrEncoder(needed: boolean): { encode?: QrEncoder; ready: boolean } {
  const [encode, setEncode] = useState<QrEncoder | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || encode) return;
    let current = true;
    loading ??= import('../../lib/handout/qr').then((module) => module.qrMatrix);
    loading.then(
      (loaded) => current && setEncode(() => loaded),
      () => {
        loading = undefined;
        // A handout without the code beats no handout: the liaison block still says whom to contact.
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [needed, encode]);
  if (!needed) return { ready: true };
  return encode ? { encode, ready: true } : { ready: failed };
}
