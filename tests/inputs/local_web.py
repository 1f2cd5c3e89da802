"""A local web site for the input tests: pages, feeds, redirects and failures on 127.0.0.1.

Tests never touch the internet; each test gets its own server and counts its requests.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str = ""
    delay: float = 0.0
    send_length: bool = True


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.base = ""

    def add(self, path: str, body: bytes | str = b"", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str) -> str:
        return self.add(path, status=302, location=to)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            site.hits[self.path] += 1
            site.agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            if route.location:
                self.send_header("Location", route.location)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                for start in range(0, len(route.body), 65536):
                    self.wfile.write(route.body[start : start + 65536])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should on a page over the size cap

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    web = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(web))
    server.daemon_threads = True
    server.block_on_close = False
    web.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield web
    server.shutdown()
    server.server_close()


PARAGRAPHS = [
    "The city will close the old harbour bridge for six months from September while its "
    "steel deck is replaced, the transport director, Daniel Reyes, said on Tuesday.",
    '"The deck has reached the end of its life, and we cannot keep patching it," Reyes told '
    "the transport committee, which met for three hours to discuss the plan.",
    "Councillor Helen Marsh said the closure would cut the east side off from the hospital "
    "and that no study had looked at how long ambulances would take to arrive.",
    "Reyes said a partial closure, keeping one lane open, would double the length of the "
    "works and add about four million pounds to the cost of the project.",
]


def article_html(
    title: str = "Council split over bridge repairs",
    paragraphs: list[str] | None = None,
    *,
    date: str = "2024-05-14",
    author: str = "Maria Okafor",
    site: str = "The Test Courier",
    links: tuple[str, ...] = (),
) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in (paragraphs or PARAGRAPHS))
    nav = " ".join(f'<a href="{escape(link)}">more</a>' for link in links)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta name="author" content="{escape(author)}">
{f'<meta property="article:published_time" content="{date}T08:30:00+00:00">' if date else ""}
</head><body><nav><a href="/">Home</a> {nav}</nav>
<article><h1>{escape(title)}</h1>
{body}
</article><footer>Copyright The Test Courier</footer></body></html>"""


def rss(entries: list[dict[str, str]], title: str = "The Test Courier") -> str:
    items = "\n".join(
        "<item>"
        + "".join(
            f"<{tag}>{escape(value)}</{tag}>" for tag, value in entry.items() if tag != "html"
        )
        + (f"<description>{escape(entry['html'])}</description>" if "html" in entry else "")
        + "</item>"
        for entry in entries
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>http://example.invalid/</link>
<description>test feed</description>
{items}
</channel></rss>"""
