/**
 * How to respond to a høring (`høringssvar`): an e-mail address or the https
 * address of a form. Checked here, below every consumer, so the page, the
 * front page, the PDF and dokument.json can only ever be handed a safe link.
 */

/** A validated `høringssvar`. */
export type ConsultationResponse =
  { kind: 'email'; address: string; href: string } | { kind: 'form'; url: string; href: string };

/** Why a `høringssvar` value was refused. */
export type ResponseProblem = 'email-unsafe' | 'http' | 'url-unsafe' | 'invalid';

// One address, no display name: letters (æøå too), digits and . _ + - before
// the @, a dotted domain after it. Everything else (?, &, %, commas, spaces,
// line breaks, <>) is out: in a mailto: link they add headers or recipients.
const EMAIL =
  /^[\p{L}\p{N}_+-]+(?:\.[\p{L}\p{N}_+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/** Reads a `høringssvar` value: an e-mail address (optionally `mailto:`) or an https URL. */
export function readConsultationResponse(
  value: string,
): { ok: true; response: ConsultationResponse } | { ok: false; problem: ResponseProblem } {
  const text = value.normalize('NFC').trim();
  const mail = /^mailto:/i.test(text) ? text.slice(7) : text;
  if (mail.includes('@') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(mail)) {
    if (!EMAIL.test(mail) || mail.length > 254) return { ok: false, problem: 'email-unsafe' };
    return { ok: true, response: { kind: 'email', address: mail, href: `mailto:${mail}` } };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol === 'http:') return { ok: false, problem: 'http' };
  if (url.protocol !== 'https:') return { ok: false, problem: 'invalid' };
  // Credentials in a link are a phishing pattern; a host without a dot is no public form.
  if (url.username || url.password || !url.hostname.includes('.') || /\s/.test(text))
    return { ok: false, problem: 'url-unsafe' };
  return { ok: true, response: { kind: 'form', url: url.href, href: url.href } };
}
