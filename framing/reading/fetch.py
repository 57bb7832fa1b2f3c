"""Fetch one article page from a URL a stranger typed, without letting it reach inside our network.

The defence against server-side request forgery (OWASP SSRF prevention
cheat sheet): only ``http``/``https``; the host name is resolved here and
every address it resolves to must be a public one (no loopback, private,
link-local, multicast, reserved or unspecified address, IPv4 or IPv6,
including IPv4 addresses embedded in IPv6); the connection then goes to the
checked address itself, so a second DNS answer cannot swap it (DNS
rebinding). Redirects are followed by hand, at most five, each one checked
the same way. Connect, read and total timeouts and a size cap (counted while
streaming, after decompression) bound the work. Every refusal is a
``FetchError`` whose message says why, in words.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)

from framing.reading import Article, ReadProblem, ReadResult, read_bytes
from framing.reading.outlets import OutletManifest, outlet_for_url

MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
USER_AGENT = "framing/0.1 (news framing research; +https://example.org/framing)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)

Resolver = Callable[[str, int], list[str]]
# Opens the connection pool to one checked address: (scheme, address, port, host name, timeout).
# Injected by tests to reach a local server behind a public address; the guard is unchanged.
Connector = Callable[[str, str, int, str, urllib3.Timeout], urllib3.HTTPConnectionPool]


class FetchError(Exception):
    """A URL that was refused or could not be fetched; the message says why."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched page: the URL asked for, the URL finally read, its bytes and content type."""

    url: str
    final_url: str
    data: bytes
    content_type: str | None
    redirects: tuple[str, ...] = ()


def system_resolver(host: str, port: int) -> list[str]:
    """Return the addresses ``host`` resolves to (``socket.getaddrinfo``), in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def address_refusal(address: str, *, allow_loopback: bool = False) -> str | None:
    """Return why an IP address may not be fetched from, or None for a public address.

    IPv6 addresses carrying an IPv4 address (IPv4-mapped, 6to4, Teredo, NAT64)
    are judged by that IPv4 address too.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if isinstance(ip, ipaddress.IPv6Address):
        for embedded in _embedded_ipv4(ip):
            reason = address_refusal(str(embedded), allow_loopback=allow_loopback)
            if reason:
                return f"{reason} (inside the IPv6 address {ip})"
    if allow_loopback and ip.is_loopback:
        return None
    for kind in ("unspecified", "loopback", "link_local", "multicast", "reserved", "private", "site_local"):
        if getattr(ip, f"is_{kind}", False):
            return f"{ip} is a {kind.replace('_', '-')} address"
    if not ip.is_global:
        return f"{ip} is not a public internet address"
    return None


def fetch_url(
    url: str,
    *,
    resolver: Resolver = system_resolver,
    max_bytes: int = MAX_BYTES,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    total_timeout: float = TOTAL_TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
    allow_loopback: bool = False,
    connector: Connector | None = None,
) -> FetchedPage:
    """Return the page at ``url``; raise ``FetchError`` saying why it was refused or failed.

    ``allow_loopback`` exists for tests against a local server only: it lets
    loopback addresses through and nothing else. ``connector`` replaces the opening of the
    connection to a checked address (tests route a public address to a local server with it).
    """
    deadline = time.monotonic() + total_timeout
    current, redirects = url.strip(), []
    while True:
        target = _checked_target(current)
        addresses = _public_addresses(target, resolver=resolver, allow_loopback=allow_loopback)
        response = _request(target, addresses, connect_timeout=connect_timeout, read_timeout=read_timeout,
                            connector=connector or _connection_pool)
        try:
            if response.status in _REDIRECTS:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"{current}: redirect ({response.status}) without a Location")
                if len(redirects) >= max_redirects:
                    raise FetchError(f"{url}: more than {max_redirects} redirects; stopped")
                redirects.append(current)
                current = urljoin(current, location.strip())
                continue
            if response.status != 200:
                raise FetchError(f"{current}: the server answered {response.status} {response.reason or ''}".rstrip())
            content_type = response.headers.get("Content-Type")
            _check_type(current, content_type)
            data = _body(response, url=current, max_bytes=max_bytes, deadline=deadline, read_timeout=read_timeout)
            return FetchedPage(url, current, data, content_type, tuple(redirects))
        finally:
            response.release_conn()
            response.close()


def read_url(url: str, *, manifest: OutletManifest | None = None, **options) -> ReadResult:
    """Return the article at ``url`` (or one problem naming the URL); ``options`` go to ``fetch_url``.

    The page goes through ``framing.reading.read_bytes`` like an uploaded file;
    the articles' source is the URL read, and it is their URL when the page
    declares none (the outlet is then looked up from it).
    """
    try:
        page = fetch_url(url, **options)
    except FetchError as exc:
        return ReadResult(problems=[ReadProblem(url, str(exc).removeprefix(f"{url}: "))])
    result = read_bytes(page.data, name=_file_name(page), manifest=manifest)
    return ReadResult(
        articles=[_with_url(a, page.final_url, manifest) for a in result.articles],
        problems=[ReadProblem(page.final_url, p.reason) for p in result.problems],
    )


@dataclass(frozen=True, slots=True)
class _Target:
    url: str
    scheme: str
    host: str  # ASCII (IDNA) host, no brackets
    port: int
    host_header: str
    path: str


def _checked_target(url: str) -> _Target:
    """Return the parts of an http(s) URL; raise ``FetchError`` for any other kind of URL."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: the address has no host name")
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{url}: addresses with a user name or password are refused")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise FetchError(f"{url}: invalid host name {parts.hostname!r}") from exc
    scheme = parts.scheme.lower()
    port = port or (443 if scheme == "https" else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    host_header = f"[{host}]" if ":" in host else host
    if port != (443 if scheme == "https" else 80):
        host_header += f":{port}"
    return _Target(url, scheme, host, port, host_header, path)


def _public_addresses(target: _Target, *, resolver: Resolver, allow_loopback: bool) -> list[str]:
    """Return the host's addresses when every one is public; raise ``FetchError`` otherwise."""
    literal = True
    try:
        addresses = [str(ipaddress.ip_address(target.host))]
    except ValueError:
        literal = False
        try:
            addresses = resolver(target.host, target.port)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(
                f"{target.url}: could not resolve {target.host} (offline, or no such host): {exc}"
            ) from exc
    if not addresses:
        raise FetchError(f"{target.url}: {target.host} has no address")
    for address in addresses:
        reason = address_refusal(address, allow_loopback=allow_loopback)
        if reason:
            # "10.0.0.7 is a private address: refused"; a name also says what it resolved to.
            said = reason if literal else f"{target.host} resolves to {reason}"
            raise FetchError(f"{target.url}: {said}: refused")
    return addresses


def _connection_pool(scheme: str, address: str, port: int, host: str, timeout: urllib3.Timeout):
    """Return a pool connecting to the checked ``address``; SNI and the certificate use ``host``."""
    if scheme == "https":
        return urllib3.HTTPSConnectionPool(address, port, timeout=timeout, retries=False,
                                           server_hostname=host, assert_hostname=host)
    return urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)


def _request(target: _Target, addresses: list[str], *, connect_timeout: float, read_timeout: float,
             connector: Connector):
    """Return the response from the first checked address that accepts a connection."""
    timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)
    headers = {"Host": target.host_header, "User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    last: Exception | None = None
    for address in addresses:
        pool = connector(target.scheme, address, target.port, target.host, timeout)
        try:
            return pool.urlopen("GET", target.path, headers=headers, redirect=False, retries=False,
                                preload_content=False, assert_same_host=False)
        except (ConnectTimeoutError, NewConnectionError) as exc:
            last = exc  # try the host's next address (an IPv6 route may be missing)
        except ReadTimeoutError as exc:
            raise FetchError(f"{target.url}: {target.host} did not answer within {read_timeout:g} s") from exc
        except SSLError as exc:
            raise FetchError(f"{target.url}: secure connection to {target.host} failed: {exc}") from exc
        except (ProtocolError, HTTPError) as exc:
            raise FetchError(f"{target.url}: the connection to {target.host} failed: {exc}") from exc
    # NewConnectionError subclasses ConnectTimeoutError in urllib3 2: test it first.
    if isinstance(last, ConnectTimeoutError) and not isinstance(last, NewConnectionError):
        raise FetchError(f"{target.url}: timed out connecting to {target.host} after {connect_timeout:g} s")
    raise FetchError(f"{target.url}: could not connect to {target.host} (offline, or the server is down): {last}")


def _check_type(url: str, content_type: str | None) -> None:
    kind = (content_type or "text/html").split(";")[0].strip().lower()
    if kind not in (*_HTML_TYPES, "text/plain"):
        raise FetchError(f"{url}: not a web page or text (content type {kind})")


def _body(response, *, url: str, max_bytes: int, deadline: float, read_timeout: float) -> bytes:
    """Return the body, stopping as soon as it passes ``max_bytes`` or the deadline."""
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: page too large ({_mb(int(declared))}; the limit is {_mb(max_bytes)})")
    chunks, size = [], 0
    try:
        for chunk in response.stream(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url}: page too large (more than {_mb(max_bytes)}); stopped reading")
            if time.monotonic() > deadline:
                raise FetchError(f"{url}: download took too long; stopped")
            chunks.append(chunk)
    except ReadTimeoutError as exc:
        raise FetchError(f"{url}: the server stopped sending for {read_timeout:g} s") from exc
    except (ProtocolError, HTTPError) as exc:
        raise FetchError(f"{url}: the download broke off: {exc}") from exc
    return b"".join(chunks)


def _file_name(page: FetchedPage) -> str:
    """Return a file name whose suffix tells ``read_bytes`` how to read the page."""
    path = urlsplit(page.final_url).path.rstrip("/") or "/index"
    plain = (page.content_type or "").lower().startswith("text/plain")
    return path + (".txt" if plain else ".html")


def _with_url(article: Article, url: str, manifest: OutletManifest | None) -> Article:
    """Return the article with the URL as its source, and as its URL when the page gave none.

    Without a canonical URL the reader could only fall back on the page's site
    name; the URL read ranks above it (README "Outlets").
    """
    if article.url:
        return dataclasses.replace(article, source=url)
    info = outlet_for_url(url)
    outlet = (manifest.outlet_for(source=url, url=url) if manifest else None) or (info.outlet if info else None)
    return dataclasses.replace(article, source=url, url=url, outlet=outlet or article.outlet)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    found = [ip.ipv4_mapped, ip.sixtofour, ip.teredo[1] if ip.teredo else None]
    if ip in _NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [a for a in found if a is not None]


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
