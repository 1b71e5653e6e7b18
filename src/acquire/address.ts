/** Refusing loopback, private, link-local and other non-public addresses (SSRF guard for URL ingest). */
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { EntenteError } from "../contract/errors.js";

function ipv4Private(ip: string): boolean {
  const [a = 0, b = 0] = ip.split(".").map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) return ipv4Private(ip);
  if (v !== 6) return false;
  const s = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (mapped) return ipv4Private(mapped[1] as string);
  return s === "::" || s === "::1" || /^f[cd]/.test(s) || /^fe[89ab]/.test(s) || s.startsWith("ff");
}

/** Throws E_FETCH when the URL's host is or resolves to a non-public address. */
export async function assertPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) {
    throw new EntenteError("E_FETCH", `${url.href}: refusing a loopback host (pass --allow-private to permit it)`);
  }
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch (e) {
      throw new EntenteError("E_FETCH", `${url.href}: cannot resolve ${host} (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw new EntenteError("E_FETCH", `${url.href}: ${host} is a private address (${bad}); pass --allow-private to permit it`);
}
