"""Reading one HTTP response: the body under a size cap and a deadline, decoded safely; naming transport errors."""

from __future__ import annotations

import time
import zlib

import requests
import urllib3

from incidentwire.settings import Settings

CHUNK_BYTES = 65_536


class FetchFailed(Exception):
    """One attempt failed in a way the transport libraries do not name for us."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def read_body(
    response: requests.Response, headers: dict[str, str], settings: Settings, deadline: float
) -> tuple[bytes, int | None]:
    """Stream the body under the deadline, decoding at most max_body_bytes + 1 bytes."""
    raw = response.raw
    cap = settings.max_body_bytes
    decoder = _Decoder(headers.get("content-encoding", ""))
    buffered = _buffer_of(raw)
    chunks: list[bytes] = []
    size = encoded = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchFailed(f"deadline of {settings.deadline_seconds:g} s passed after {encoded} bytes", "timeout")
        _check_length(raw, buffered)
        # read1 returns after one receive, so a body dribbled a byte at a time still meets the deadline check.
        data = raw.read1(CHUNK_BYTES, decode_content=False)
        if not data:
            chunks.append(decoder.flush(cap + 1 - size))
            break
        encoded += len(data)
        piece = decoder.feed(data, cap + 1 - size)
        size += len(piece)
        chunks.append(piece)
        if size > cap:
            # The input it took to fill the cap, not what was read: the rest is dropped undecoded.
            consumed = encoded - decoder.unconsumed
            if decoder.encoded and size / max(1, consumed) > settings.max_compression_ratio:
                raise FetchFailed(
                    f"decompression bomb: {consumed} encoded bytes decoded past the {cap}-byte cap", "decompression_bomb"
                )
            return b"".join(chunks)[:cap], cap
    return b"".join(chunks), None


class _Decoder:
    """Content-Encoding decoder that never produces more than it is asked for (a gzip bomb stays small)."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        self.encoded = encoding not in ("", "identity")
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip wrapper, detected
        elif not self.encoded:
            self._zlib = None
        else:
            raise FetchFailed(f"unsupported Content-Encoding {encoding!r}", "bad_encoding")

    @property
    def unconsumed(self) -> int:
        """Input bytes fed but not yet decoded (left over when the output limit was reached)."""
        return len(self._zlib.unconsumed_tail) if self._zlib is not None else 0

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode `data`, returning at most `room` bytes (the rest of the input is dropped with the page)."""
        if self._zlib is None:
            return data[:room]
        try:
            return self._zlib.decompress(data, max(1, room))
        except zlib.error as exc:
            raise FetchFailed(f"undecodable body: {exc}", "bad_encoding") from exc

    def flush(self, room: int) -> bytes:
        """Whatever the decoder still holds, within `room`."""
        if self._zlib is None or room <= 0:
            return b""
        tail = self._zlib.unconsumed_tail
        try:
            return (self._zlib.decompress(tail, room) if tail else self._zlib.flush())[:room]
        except zlib.error as exc:
            raise FetchFailed(f"undecodable body: {exc}", "bad_encoding") from exc


def _buffer_of(raw: urllib3.HTTPResponse):
    """The buffered reader under http.client, to see bytes beyond the Content-Length (None if unavailable)."""
    inner = getattr(raw, "_fp", None)
    return getattr(inner, "fp", None)


def _check_length(raw: urllib3.HTTPResponse, buffered) -> None:
    """Raise length_mismatch when more bytes have arrived than the Content-Length still allows.

    urllib3 stops at the Content-Length and would hide the excess; we look at the bytes already
    received with the body (peek never waits when some are buffered).
    """
    remaining = raw.length_remaining
    if not remaining or buffered is None or raw.chunked:
        return
    try:
        waiting = buffered.peek(1)
    except (ValueError, OSError):
        return
    if len(waiting) > remaining:
        raise FetchFailed(
            f"more bytes than the Content-Length: {len(waiting)} waiting, {remaining} expected", "length_mismatch"
        )


def transport_kind(exc: BaseException) -> str:
    """The failure kind of a transport exception, by the exceptions it wraps."""
    chain = _wrapped(exc)
    # urllib3's NewConnectionError subclasses its ConnectTimeoutError: a refused connection is no timeout.
    if any(isinstance(item, (ConnectionRefusedError, urllib3.exceptions.NewConnectionError)) for item in chain):
        return "connect_error"
    for item in chain:
        if isinstance(item, (requests.Timeout, TimeoutError, urllib3.exceptions.TimeoutError)):
            return "timeout"
        if isinstance(item, urllib3.exceptions.IncompleteRead):
            return "truncated"
        if isinstance(item, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            return "reset"
    text = " ".join(str(item) for item in chain)
    if "IncompleteRead" in text:
        return "truncated"
    if "RemoteDisconnected" in text or "reset by peer" in text:
        return "reset"
    if isinstance(exc, requests.ConnectionError):
        return "connect_error"
    return "network_error"


def _wrapped(exc: BaseException) -> list[BaseException]:
    """An exception and every exception it wraps (causes, contexts, arguments, urllib3's `reason`)."""
    seen: list[BaseException] = []
    pending = [exc]
    while pending and len(seen) < 20:
        item = pending.pop(0)
        if any(item is other for other in seen):
            continue
        seen.append(item)
        pending.extend(x for x in (item.__cause__, item.__context__, getattr(item, "reason", None)) if isinstance(x, BaseException))
        pending.extend(arg for arg in item.args if isinstance(arg, BaseException))
    return seen
