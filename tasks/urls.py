"""URL canonicalisation: fold tracking parameters, AMP pages and mobile hosts."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "cmpid", "ocid", "smid", "amp"}
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
MOBILE_HOST_PREFIXES = ("m.", "mobile.", "amp.")


def canonical_url(url: str) -> str:
    """A comparable form of a URL: lower-case host, no tracking, AMP or mobile variants, no fragment."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    for prefix in MOBILE_HOST_PREFIXES:
        if host.startswith(prefix):
            host = "www." + host[len(prefix):] if not host[len(prefix):].startswith("www.") else host[len(prefix):]
            break
    if parts.port and not (parts.scheme == "http" and parts.port == 80 or parts.scheme == "https" and parts.port == 443):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    for suffix in ("/amp/", "/amp", ".amp"):
        if path.endswith(suffix):
            path = path[: -len(suffix)] or "/"
            if suffix == "/amp/":
                path += "/"
            break
    if path.startswith("/amp/"):
        path = path[4:]
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(sorted(query)), ""))
