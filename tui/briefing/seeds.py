"""Read seed articles: a ``date YYYY-MM-DD`` header, then the article text exactly as stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .bounded_read import NotReadable, read_regular_file
from .errors import InputError

#: Seeds larger than this are refused: nothing a person reads is this long, and it bounds memory.
MAX_SEED_BYTES = 64 * 1024 * 1024

_HEADER = re.compile(r"\s*date[ \t]+(\S+)[ \t]*(?:\r?\n)?", re.IGNORECASE)
_CONTROL_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32)) - {27}


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article read from a web page came from, and what the page says of itself."""

    url: str = ""
    title: str = ""
    author: str = ""
    site: str = ""
    #: sha256 of the feed entry that named the page (see ``Source.entry``).
    entry: str = ""
    #: The brief's id and ``source.file`` when the file name cannot give them (a URL).
    brief_id: str = ""
    file: str | None = None


@dataclass(frozen=True, slots=True)
class Seed:
    path: Path
    date: dt.date | None
    body: str
    sha256: str
    #: Non-fatal remarks, e.g. a missing or malformed date.
    warnings: tuple[str, ...] = ()
    #: Set for articles read from web pages and feeds; None for text seeds.
    origin: Origin | None = None


def read_seed(path: Path) -> Seed:
    """Read one seed, or raise InputError with a one-line reason naming the file."""
    try:
        raw = read_regular_file(path, MAX_SEED_BYTES, "seed")
    except NotReadable as exc:
        raise InputError.single(path, str(exc)) from None
    return parse_seed(path, raw)


def parse_seed(path: Path, raw: bytes) -> Seed:
    if not raw.strip():
        raise InputError.single(path, "seed is empty")
    if b"\x00" in raw or looks_binary(raw):
        raise InputError.single(path, "seed is a binary file, not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError.single(
            path, f"seed is not UTF-8 text (byte {exc.start} is {raw[exc.start]:#04x})", line
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    digest = hashlib.sha256(raw).hexdigest()
    header = _HEADER.match(text)
    if header is None:
        warning = f"{path}:1: no 'date YYYY-MM-DD' line; the brief will be undated"
        return Seed(path, None, text, digest, (warning,))
    body = text[header.end() :]
    if not body.strip():
        raise InputError.single(path, "no article text after the date line; no brief written")
    try:
        date = dt.date.fromisoformat(header.group(1))
    except ValueError:
        warning = f"{path}:1: date {header.group(1)!r} is not YYYY-MM-DD; the brief will be undated"
        return Seed(path, None, body, digest, (warning,))
    return Seed(path, date, body, digest)


def looks_binary(raw: bytes) -> bool:
    """Many control bytes in the first 8 KiB mean an image or archive, not an article."""
    head = raw[:8192]
    control = sum(1 for b in head if b in _CONTROL_BYTES)
    return control > max(8, len(head) // 100)


def seed_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the seed files they hold (``*.txt``), in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Not only regular files: a FIFO or device named *.txt gets its one-line problem
            # from read_seed instead of vanishing without a word.
            found.extend(sorted(path.glob("*.txt")))
        else:
            found.append(path)
    return found


#: Latin letters that do not decompose into an ASCII letter and a mark.
_LATIN_LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d",
     "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i"}
)  # fmt: skip


def seed_id(seed_path: Path) -> str:
    """The brief id for a seed: its file name as a slug ("Café Müller.txt" → ``cafe-muller``).

    A name with no Latin letters or digits ("Новости.txt") would leave nothing; it gets
    ``brief-`` and a short hash of the name instead, so such seeds never share one id.
    """
    stem = seed_path.stem
    ascii_stem = (
        unicodedata.normalize("NFKD", stem.translate(_LATIN_LETTERS))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_stem.lower()).strip("-_")[:120]
    if slug:
        return slug
    digest = hashlib.sha256(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"brief-{digest}"
