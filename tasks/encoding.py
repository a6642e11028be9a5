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
# Binary formats sites serve by mistake (or on purpose) as text/html, by their magic numbers.
BINARY_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "webp or wav (RIFF)": (b"RIFF",),
    "pdf": (b"%PDF-",),
    "zip (also docx, xlsx, epub)": (b"PK\x03\x04", b"PK\x05\x06"),
    "gzip": (b"\x1f\x8b",),
    "bzip2": tuple(b"BZh" + str(level).encode() for level in range(1, 10)),
    "xz": (b"\xfd7zXZ\x00",),
    "7z": (b"7z\xbc\xaf\x27\x1c",),
    "rar": (b"Rar!\x1a\x07",),
    "ms office (OLE2)": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    "elf executable": (b"\x7fELF",),
    "wasm": (b"\x00asm",),
}
TEXT_SNIFF_BYTES = 8192
# Text holds almost no C0 control bytes besides tab, newlines and form feed; random or binary data
# holds about one in nine. Above this share of the first 8 KB, the body is not text.
CONTROL_SHARE_LIMIT = 0.02
CONTROL_BYTES = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}))
UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
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


def binary_reason(body: bytes, headers: dict[str, str]) -> str | None:
    """Why page bytes are not text (a binary format's signature, NUL bytes, control bytes), or None if they may be."""
    head = body[:TEXT_SNIFF_BYTES]
    for name, signatures in BINARY_SIGNATURES.items():
        if head.startswith(signatures):
            return f"{name} signature"
    declared = (declared_charset(body, headers) or "").lower()
    if head.startswith(UTF16_32_BOMS) or declared.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        return None  # NUL bytes are normal in UTF-16 and UTF-32 text
    if b"\x00" in head:
        return "NUL bytes"
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if head and controls / len(head) > CONTROL_SHARE_LIMIT:
        return f"{controls} control bytes in the first {len(head)}"
    return None


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
