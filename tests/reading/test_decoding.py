from __future__ import annotations

import codecs

import pytest

from framing.reading.decoding import decoded_text
from framing.reading.model import ReadError

TEXT = "Kyiv – « déclaration » du ministre, café"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (TEXT.encode("utf-8"), False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), False),
        (TEXT.encode("utf-16"), False),  # with BOM
        (TEXT.encode("utf-16-le"), True),  # no BOM
        (TEXT.encode("utf-16-be"), True),
        (TEXT.encode("utf-32"), False),
        (TEXT.encode("cp1252", errors="replace"), True),
        (TEXT.encode("latin-1", errors="replace"), True),
    ],
)
def test_encodings_decode(data, warned):
    text, warning = decoded_text(data)
    assert "déclaration" in text and "café" in text
    assert (warning is not None) == warned


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t  ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 200, "binary"),
    ],
)
def test_hostile_bytes_raise_clear_errors(data, reason):
    with pytest.raises(ReadError, match=reason):
        decoded_text(data)
