/**
 * Where the model is asked: an OpenAI-compatible chat-completions URL. Interview data stays on the
 * researcher's machine unless they say otherwise: only loopback addresses pass without
 * `--allow-remote`. No name lookup is done, so a name that only resolves to this machine (other
 * than `localhost`) counts as remote. Pure.
 */

export type Endpoint = { url: string; host: string; problem?: undefined } | { problem: string; hint: string; url?: undefined };

export function chatEndpoint(raw: string, allowRemote: boolean): Endpoint {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return { problem: `"${raw}" is not a URL`, hint: 'give the server address, e.g. --assist http://localhost:11434/v1 (Ollama)' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    return { problem: `"${raw}" is not an http:// or https:// address`, hint: 'e.g. --assist http://localhost:11434/v1 (Ollama) or http://127.0.0.1:8080/v1 (llama.cpp)' };
  }
  if (u.username || u.password) {
    return { problem: 'the address holds a user name or password', hint: 'put a key in the environment variable TELAAH_API_KEY instead' };
  }
  if (!allowRemote && !isLoopback(u.hostname)) {
    return {
      problem: `refusing to send transcripts to ${u.hostname}: it is not this computer`,
      hint: 'interview data is often confidential; run the model on this machine (localhost, 127.0.0.1, ::1), or add --allow-remote if you may send the transcripts there',
    };
  }
  const base = u.pathname.replace(/\/+$/, '');
  u.pathname = base.endsWith('/chat/completions') ? base : `${base}/chat/completions`;
  u.hash = '';
  return { url: u.toString(), host: u.host };
}

/** localhost, 127.0.0.0/8 and ::1 (also written as an IPv4-mapped address). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(h)) return true; // ::ffff:127.x.y.z as the URL parser writes it
  const v4 = h.replace(/^::ffff:/, '');
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v4);
  return Boolean(m && Number(m[1]) === 127 && m.slice(2).every((x) => Number(x) <= 255));
}
