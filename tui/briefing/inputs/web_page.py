"""Read a web page into a Seed: its article body, headline, date, author and site.

trafilatura finds the body. Its options were chosen on the web-dev evaluation set
(bench/eval_web.py): comments off (reader comments are not the article), ``favor_recall``
(a brief loses less from a stray caption than from a missing paragraph) and ``fast``
(trafilatura's own heuristics, without its readability/jusText fallbacks, which pulled in
page furniture more often than they rescued a body).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..seeds import Origin, Seed, looks_binary
from .urls import is_web_url

# trafilatura and its helpers log their doubts about a page as warnings; a build reports
# one line per input itself, so they are kept quiet.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What a feed or the user already knows about a page, used where the page is silent."""

    title: str = ""
    author: str = ""
    site: str = ""
    date: dt.date | None = None


def read_page(
    raw: bytes,
    label: str,
    *,
    url: str = "",
    file: str | None = None,
    brief_id: str = "",
    entry: str = "",
    facts: PageFacts | None = None,
) -> Seed:
    """The article in ``raw`` HTML; raise InputError naming ``label`` when there is none."""
    if not raw.strip():
        raise InputError.single(label, "page is empty")
    if b"\x00" in raw[:65536] or looks_binary(raw):
        raise InputError.single(label, "not a web page: the file holds binary data")
    document = _extract(raw, url)
    title = _text(getattr(document, "title", None))
    body = _without_headline(_paragraphs(document.text if document is not None else ""), title)
    if not _reads_as_article(body):
        raise InputError.single(label, "no article text found in the page; no brief written")
    facts = facts or PageFacts()
    page_url = url or _web_url(getattr(document, "url", None))
    origin = Origin(
        url=page_url,
        title=title or facts.title,
        author=_text(getattr(document, "author", None)) or facts.author,
        site=_text(getattr(document, "sitename", None)) or facts.site,
        entry=entry,
        brief_id=brief_id,
        file=file,
    )
    date = _date(getattr(document, "date", None)) or facts.date
    path = Path(file) if file else Path(f"{brief_id or 'page'}.html")
    return Seed(path, date, body, hashlib.sha256(raw).hexdigest(), origin=origin)


def _extract(raw: bytes, url: str) -> Any:
    import trafilatura  # imported here: it takes a while, and text-only builds never need it

    try:
        return trafilatura.bare_extraction(
            raw,
            url=url or None,
            fast=True,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            # Dates only from the page's markup, never guessed from words in its text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:
        # lxml and trafilatura raise many kinds of error on pages too broken to parse; such
        # a page has no article text, and must not stop the other inputs.
        return None


def _paragraphs(text: str | None) -> str:
    """One paragraph per line in trafilatura's text, set apart by blank lines for the
    builder and the Source pane; spaces inside a paragraph folded; page furniture left out."""
    lines = (_BOX_LABEL.sub("", " ".join(line.split())) for line in (text or "").splitlines())
    return "\n\n".join(line for line in lines if line and not _is_furniture(line))


#: A box's heading glued to its first sentence: "Summary Studies show that …" read "Summary"
#: as part of a name; the sentence starts after it.
_BOX_LABEL = re.compile(
    r"^(?:Summary|Bottom line|The bottom line|Key takeaways?|Takeaway)\s+(?=[A-Z])"
)


#: A line of page furniture is short; an article paragraph that merely starts alike is not.
MAX_FURNITURE_CHARS = 160
_FURNITURE = re.compile(
    r"""(?ix)
    (?:see|read|watch)\s+(?:more|also)\b            # "SEE MORE: …", "Read more: …"
    | (?:listen|download|subscribe|itunes|spotify|stitcher|share)\s*(?:on\s+\w+\s*)?:
    | (?:follow|like)\s+(?:us|\w+)\s+on\s+(?:twitter|facebook|instagram)\b
    | (?:photo|image|picture|video)s?(?:\s+credit)?\s*[:|]   # a caption's credit
    | by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}$        # "By Jane Roe", a byline
    | .*\bcontributed\s+to\s+this\s+report\.?$
    """
)


def _is_furniture(line: str) -> bool:
    """ "See more: …", "Listen: http://…", "Photo: …", "By Jane Roe", "… contributed to this
    report": lines around an article that the builder would read as someone speaking."""
    return len(line) <= MAX_FURNITURE_CHARS and _FURNITURE.match(line) is not None


#: A paragraph with fewer letters and digits than this is a link, a label or a notice
#: ("Please enable JavaScript."); counted in characters, since not every language spaces words.
MIN_PARAGRAPH_CHARS = 40
#: A paragraph this long is prose even without a full stop (Thai writes none).
LONG_PARAGRAPH_CHARS = 150
_WORD_CHAR = re.compile(r"\w")
_SENTENCE_STOP = re.compile(r"\w.*[.!?…。！？।؟۔\"”»]")


def _reads_as_article(body: str) -> bool:
    """At least one paragraph of prose, long enough and ending a sentence (or very long):
    what a page of links, a cookie notice or an empty shell never has."""
    for paragraph in body.split("\n\n"):
        letters = len(_WORD_CHAR.findall(paragraph))
        if letters >= LONG_PARAGRAPH_CHARS or (
            letters >= MIN_PARAGRAPH_CHARS and _SENTENCE_STOP.search(paragraph)
        ):
            return True
    return False


def _without_headline(body: str, title: str) -> str:
    """The body without a first paragraph that repeats the page's headline: the headline
    is kept in ``source.title``, and as the article's first words it reads as a sentence."""
    first, _, rest = body.partition("\n\n")
    if title and first.casefold() == title.casefold():
        return rest
    return body


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _web_url(value: object) -> str:
    return value if isinstance(value, str) and is_web_url(value) else ""


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
