"""Turn the bytes of a file into text, or say plainly why they are not text."""

from __future__ import annotations

import codecs

from framing.reading.model import ReadError

# Control characters other than tab, newline, carriage return and form feed:
# a handful can appear in scraped text, many mean the file is not text.
_CONTROL = {i for i in range(32) if i not in (9, 10, 12, 13)} | {127}
_BINARY_CONTROL_SHARE = 0.05


def decoded_text(data: bytes) -> tuple[str, str | None]:
    """Return ``(text, warning)`` for file content, trying UTF-8 first.

    Order: a byte-order mark (UTF-8/UTF-16/UTF-32) wins; then UTF-8; then
    UTF-16 without BOM when every other byte is NUL (as Windows tools write it);
    then Windows-1252, the usual encoding of legacy Western European files,
    which is reported as a warning. Raises ``ReadError`` for empty or binary data.
    """
    if not data.strip():
        raise ReadError("empty file (no text)")
    encoding = bom_encoding(data)
    if encoding:
        try:
            return _checked(data.decode(encoding)), None
        except UnicodeDecodeError as exc:
            raise ReadError(f"declares {encoding} but is not valid {encoding}: {exc.reason}") from exc
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _checked(utf16), "decoded as UTF-16 (no byte-order mark)"
        raise ReadError("binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8")), None
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return _checked(text), "not valid UTF-8; decoded as Windows-1252 (Latin-1)"


def stream_encoding(sample: bytes, *, complete: bool) -> tuple[str, str | None]:
    """Return ``(codec, warning)`` to read a file whose first bytes are ``sample`` as a stream.

    The same order as ``decoded_text``, judged on the sample (``complete``:
    the sample is the whole file); raises ``ReadError`` for empty or binary data.
    A UTF-8 sample cut inside a character still counts as UTF-8; bytes later
    in the file that are not UTF-8 become U+FFFD.
    """
    if complete:
        decoded_text(sample)  # raises for an empty or binary file
    encoding = bom_encoding(sample)
    if encoding:
        return encoding, None
    if not sample.strip():
        raise ReadError("empty file (no text)")
    if b"\x00" in sample[:4096]:
        utf16 = _utf16_without_bom(sample[: len(sample) & ~1])
        if utf16 is None:
            raise ReadError("binary file (contains NUL bytes), not text")
        _checked(utf16)
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return encoding, "decoded as UTF-16 (no byte-order mark)"
    try:
        _checked(codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete))
        return "utf-8", None
    except UnicodeDecodeError:
        _checked(sample.decode("cp1252", errors="replace"))
        return "cp1252", "not valid UTF-8; decoded as Windows-1252 (Latin-1)"


# Byte-order marks and the codec each declares; UTF-32 first, as its LE mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """Return the codec a byte-order mark at the start of ``data`` declares, or None."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    if odd_nuls / half > 0.3 and even_nuls == 0:
        encoding = "utf-16-le"
    elif even_nuls / half > 0.3 and odd_nuls == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    # Real text has spaces; NUL-patterned binary decoded this way rarely does.
    return text if any(ch.isspace() for ch in text[:2048]) else None


def _checked(text: str) -> str:
    if not text.strip():
        raise ReadError("empty file (no text)")
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if controls / len(sample) > _BINARY_CONTROL_SHARE:
        raise ReadError("binary file (mostly control characters), not text")
    return text
