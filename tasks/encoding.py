"""Charsets and mojibake: turn page bytes into the text the publisher meant."""

from __future__ import annotations

import re

import charset_normalizer
import ftfy

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset=[\"']?([\w\-:.]+)", re.IGNORECASE)
# Single-byte charsets decode any bytes without error, so a wrong declaration of one of them
# never fails loudly: it silently turns UTF-8 into mojibake.
SINGLE_BYTE_CHARSETS = frozenset(
    {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1", "cp1252", "windows-1252", "us-ascii", "ascii", "iso-8859-15"}
)
# UTF-8 read as Latin-1/cp1252 leaves these marks ("Ã©", "â€™", "Â "); clean text rarely holds them.
MOJIBAKE_HINT = re.compile("[ÃÂ][\u0080-\u00bf]|â€|Ã[\u00a0-\u00ff]|Ð[\u0080-\u00bf]")


def declared_charset(body: bytes, headers: dict[str, str]) -> str | None:
    """The charset the HTTP header declares, else the one a <meta> tag in the first 4 KB declares."""
    match = HEADER_CHARSET.search(headers.get("content-type", ""))
    if match:
        return match.group(1)
    meta = META_CHARSET.search(body[:4096])
    return meta.group(1).decode("ascii", "ignore") if meta else None


def decode_body(body: bytes, headers: dict[str, str]) -> str:
    """Decode page bytes by the declared charset, falling back to detection when absent or wrong."""
    declared = declared_charset(body, headers)
    if declared and declared.lower() in SINGLE_BYTE_CHARSETS and _is_utf8_with_non_ascii(body):
        declared = "utf-8"  # the commonest wrong declaration: UTF-8 pages labelled Latin-1
    if declared:
        try:
            return body.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(body).best()
        return str(best) if best is not None else body.decode("utf-8", "replace")


def repair_mojibake(text: str) -> str:
    """Undo text that was encoded in one charset and decoded in another ("tuÃ©" -> "tué"), by ftfy."""
    if not MOJIBAKE_HINT.search(text):
        return text  # ftfy costs milliseconds per page; most pages need nothing
    return ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_character_width=False)


def _is_utf8_with_non_ascii(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
