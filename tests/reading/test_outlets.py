from __future__ import annotations

import pytest

from framing.reading.outlets import (
    ManifestError,
    manifest_from_csv,
    outlet_for_url,
    outlet_table,
    url_host,
)


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://sputniknews.com/20220307/x.html", "Sputnik"),
        ("http://www.sputniknews.com/x", "Sputnik"),
        ("https://SPUTNIKNEWS.COM/x", "Sputnik"),
        ("https://unknown-blog.example/x", None),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_outlet_for_url(url, outlet):
    info = outlet_for_url(url)
    assert (info.outlet if info else None) == outlet


def test_sputnik_row_says_state_owned_russia():
    info = outlet_table()["sputniknews.com"]
    assert (info.country, info.ownership) == ("RU", "state-owned")
    assert info.source


def test_outlet_table_rows_are_complete():
    allowed = {"state-owned", "public-service", "private", "cooperative", "non-profit"}
    for domain, info in outlet_table().items():
        assert domain == domain.lower() and not domain.startswith("www."), domain
        assert info.outlet and info.country and info.source, domain
        assert info.ownership in allowed, domain


@pytest.mark.parametrize(("url", "host"), [("https://www.a.org/x", "a.org"), ("http://[::1", None), ("x", None)])
def test_url_host(url, host):
    assert url_host(url) == host


def test_manifest_matches_name_path_and_url():
    manifest = manifest_from_csv(
        "file,outlet\na.txt,A\nsub/b.txt,B\nhttps://x.org/c,C\nwire/,W\n", name="m.csv"
    )
    assert manifest.outlet_for(source="corpus/wire/2022/x.txt", url=None) == "W"
    assert manifest.outlet_for(source="/data/corpus/a.txt", url=None) == "A"
    assert manifest.outlet_for(source="corpus/sub/b.txt", url=None) == "B"
    assert manifest.outlet_for(source="whatever.txt", url="https://x.org/c") == "C"
    assert manifest.outlet_for(source="corpus.csv row 4", url=None) is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [("", "two columns"), ("file\nx\n", "two columns"), ("file,outlet\nx,\n", "row 2: empty")],
)
def test_bad_manifest_names_the_row(raw, message):
    with pytest.raises(ManifestError, match=message):
        manifest_from_csv(raw, name="m.csv")
