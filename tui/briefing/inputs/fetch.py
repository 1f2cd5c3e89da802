"""Fetch the pages and feeds a user named, within limits: time, redirects, size, type.

Each URL is fetched at most once per build; a second request for it gets the first answer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from .. import __version__

USER_AGENT = f"briefing/{__version__} (news brief builder; fetches only the URLs its user names)"
#: Larger responses are refused while they stream in; no article page is this big.
MAX_PAGE_BYTES = 10 * 2**20
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 20.0

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/x-rss+xml",
    }
)
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9"
)


class FetchError(Exception):
    """Why a URL gave no usable page or feed, in words for the user."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    content_type: str  # lowercase media type without parameters; "" when the server sent none
    body: bytes

    @property
    def is_feed(self) -> bool:
        if self.content_type in FEED_TYPES:
            return True
        # Some servers send feeds as text/html, or with no type at all.
        return self.content_type in {"", "text/html"} and looks_like_feed(self.body)


def looks_like_feed(raw: bytes) -> bool:
    """An XML document whose root is a feed: what a web page never starts with."""
    head = raw[:2048].lstrip().lower()
    if not head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")):
        return False
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


class Fetcher:
    """An HTTP client for one build. Call ``close`` (or use ``with``) when done."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_PAGE_BYTES) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._answers: dict[str, Fetched | FetchError] = {}
        import httpx  # imported here: a build of text seeds never needs it

        self._client: Any = httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, accept: frozenset[str] = PAGE_TYPES | FEED_TYPES) -> Fetched:
        """The page or feed at ``url``; raise FetchError with the reason it is unusable."""
        answer = self._answers.get(url)
        if answer is None:
            try:
                answer = self._fetch(url)
            except FetchError as exc:
                answer = exc
            self._answers[url] = answer
        if isinstance(answer, FetchError):
            raise answer
        if answer.content_type and answer.content_type not in accept:
            raise FetchError(f"content type {answer.content_type} is not a web page")
        return answer

    def _fetch(self, url: str) -> Fetched:
        import httpx

        # A server that sends a byte now and then never trips the read timeout: cap the total.
        deadline = time.monotonic() + 3 * self.timeout
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    reason = response.reason_phrase or "error"
                    raise FetchError(f"HTTP {response.status_code} {reason}")
                content_type = _media_type(response.headers.get("content-type", ""))
                if content_type and content_type not in PAGE_TYPES | FEED_TYPES:
                    raise FetchError(f"content type {content_type} is not a web page or feed")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(self._too_big())
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(self._too_big())
                    if time.monotonic() > deadline:
                        raise FetchError(f"timed out after {3 * self.timeout:g} s")
                    chunks.append(chunk)
                return Fetched(str(response.url), content_type, b"".join(chunks))
        except httpx.TooManyRedirects:
            raise FetchError(f"redirect loop, or more than {MAX_REDIRECTS} redirects") from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.timeout:g} s") from None
        except httpx.UnsupportedProtocol:
            raise FetchError("redirected to a URL that is not http or https") from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"not a valid URL ({exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch: {_one_line(exc)}") from None

    def _too_big(self) -> str:
        return f"page is larger than the {self.max_bytes // 2**20} MiB limit"


def _media_type(header: str) -> str:
    return header.split(";", 1)[0].strip().lower()


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
