"""URL canonicalisation: fold tracking parameters, AMP pages and mobile hosts."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "wbraid", "gbraid",
        "mc_cid", "mc_eid", "igshid", "igsh", "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "ocid", "smid",
        "smtyp", "sr_share", "share", "ito", "xtor", "icid", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname",
        "ns_fee", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "vero_id", "oly_enc_id", "oly_anon_id", "rss", "fromrss",
        "amp", "_amp", "outputtype", "s_cid", "taid", "spm", "__twitter_impression", "partner", "via",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "oly_")
MOBILE_HOST_PREFIXES = ("m.", "mobile.", "amp.")
AMP_CACHE_HOST = re.compile(r"\.cdn\.ampproject\.org$")
AMP_CACHE_PATH = re.compile(r"^/[a-z](?:/s)?/(.+)$")  # /c/s/www.example.com/story -> www.example.com/story
AMP_PATH_SUFFIXES = ("/amp/", "/amp", ".amp", "/amp.html")
AMP_FILE_SUFFIXES = ((".amp.html", ".html"), ("-amp.html", ".html"), (".amp.htm", ".htm"))
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """A comparable form of a URL: lower-case host, no tracking, AMP or mobile variants, no fragment."""
    parts = urlsplit(_unwrap_amp_cache(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    for prefix in MOBILE_HOST_PREFIXES:
        if host.startswith(prefix):
            host = "www." + host[len(prefix):] if not host[len(prefix):].startswith("www.") else host[len(prefix):]
            break
    if parts.port and DEFAULT_PORTS.get(scheme) != parts.port:
        host = f"{host}:{parts.port}"
    path = _fold_amp_path(parts.path or "/")
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in TRACKING_PARAMS and not key.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


@lru_cache(maxsize=65536)  # dedup asks again for every prior article on every run
def url_key(url: str) -> str:
    """The page's identity for dedup: canonical_url without scheme, `www.`, trailing slash, index page or case."""
    canonical = urlsplit(canonical_url(url))
    host = canonical.netloc.removeprefix("www.")
    path = unquote(canonical.path).rstrip("/")
    for index_page in ("/index.html", "/index.htm", "/index.php"):
        path = path.removesuffix(index_page)
    query = f"?{canonical.query}" if canonical.query else ""
    return f"{host}{path.lower()}{query}"


def _fold_amp_path(path: str) -> str:
    for suffix in AMP_PATH_SUFFIXES:
        if path.endswith(suffix):
            path = path[: -len(suffix)] or "/"
            if suffix == "/amp/":
                path += "/" if not path.endswith("/") else ""
            return path
    for amp_suffix, plain_suffix in AMP_FILE_SUFFIXES:
        if path.endswith(amp_suffix):
            return path[: -len(amp_suffix)] + plain_suffix
    if path.startswith("/amp/"):
        return path[4:]
    return path


def _unwrap_amp_cache(url: str) -> str:
    parts = urlsplit(url)
    if not AMP_CACHE_HOST.search((parts.hostname or "").lower()):
        return url
    match = AMP_CACHE_PATH.match(parts.path)
    if not match:
        return url
    query = f"?{parts.query}" if parts.query else ""
    return f"https://{match.group(1)}{query}"
