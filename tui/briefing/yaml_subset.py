"""A fast reader for the YAML that `briefing build` writes, giving exactly what PyYAML's
safe loader gives, or nothing.

PyYAML's safe loader costs about 2 ms a brief even with libyaml (its constructor is
Python, node by node), which alone made the first store of 100,000 briefs take minutes.
Briefs are written by one dumper in one style: block mappings and indentless sequences,
plain, quoted and literal scalars, flow lists of plain scalars. This module reads that
style line by line and returns the same data. Anything it is not sure about (a tab, an
anchor, a tag, a comment after data, a folded or multi-line double-quoted scalar, a date,
a duplicate key, a blank line outside a literal block, any other line layout) makes it
return ``NOT_SUBSET``, and the caller parses the text with PyYAML, which then finds and
reports whatever is wrong. Plain scalars are typed by PyYAML's own resolver, and only
the types whose construction is unambiguous (str, decimal int and float, null) are
built here. A test compares both readers on built briefs and on thousands of mangled
ones.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

#: What ``load`` returns when the text is outside the subset.
NOT_SUBSET: Any = object()

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"

#: Characters that may start a YAML token other than a plain scalar.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
#: Anything that changes how lines break or how text is read (BOM, other line breaks,
#: tabs, characters the reader refuses): left to PyYAML.
_UNSUPPORTED = re.compile(
    "[^\n -~\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029\ufeff]"
)
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?\Z")
_INT_TEXT = re.compile(r"(?:0|[1-9][0-9]{0,17})\Z")
_FLOAT_TEXT = re.compile(r"(?:0|[1-9][0-9]{0,17})\.[0-9]{1,17}\Z")
_SINGLE_END = re.compile(r"((?:[^']|'')*)'\Z")
_SINGLE_MIDDLE = re.compile(r"(?:[^']|'')*\Z")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"\Z')
_ESCAPE = re.compile(r"\\(.)")
_LITERAL = re.compile(r"\|(?:([1-9])?([+-])?|([+-])([1-9]))\Z")
_ESCAPES = yaml.scanner.Scanner.ESCAPE_REPLACEMENTS
_ESCAPE_CODES = yaml.scanner.Scanner.ESCAPE_CODES
_HEX = frozenset("0123456789abcdefABCDEF")


class _Outside(Exception):
    """The text leaves the subset: PyYAML reads it."""


def load(text: str) -> Any:
    """The data PyYAML's safe loader would give for ``text``, or ``NOT_SUBSET``."""
    if not text.endswith("\n"):
        return NOT_SUBSET
    # What Python calls printable, YAML does too (no controls, surrogates, BOM or line
    # separators): one fast pass, and the exact test only for the rest.
    if not text.replace("\n", " ").isprintable() and _UNSUPPORTED.search(text):
        return NOT_SUBSET
    lines = text.split("\n")
    lines.pop()
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    if start == len(lines):
        return NOT_SUBSET
    reader = _Reader(lines, start)
    try:
        data = reader.mapping(0)
    except _Outside:
        return NOT_SUBSET
    if reader.at == len(lines) - 1 and lines[-1] == "...":
        return data  # the end marker the dumper writes after a "|+" scalar
    return data if reader.at == len(lines) else NOT_SUBSET


_resolver = yaml.resolver.Resolver()
_resolved: dict[str, str] = {}


def _tag(value: str) -> str:
    """The tag PyYAML gives a plain scalar (memoised for the short, repeated ones)."""
    tag = _resolved.get(value)
    if tag is None:
        tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
        if len(value) <= 32 and len(_resolved) < 4096:
            _resolved[value] = tag
    return tag


def _plain(value: str) -> Any:
    tag = _tag(value)
    if tag == _STR:
        return value
    if tag == _INT and _INT_TEXT.match(value):
        return int(value)
    if tag == _FLOAT and _FLOAT_TEXT.match(value):
        return float(value)
    if tag == _NULL and value in ("null", "~"):
        return None
    raise _Outside


def _plain_piece(piece: str) -> None:
    """A line's part of a plain scalar in a block: nothing that ends or types it."""
    if ": " in piece or " #" in piece or piece.endswith((":", " ")):
        raise _Outside


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Reader:
    def __init__(self, lines: list[str], at: int) -> None:
        self.lines = lines
        self.at = at

    def mapping(self, indent: int, first: str | None = None) -> dict[str, Any]:
        """A block mapping whose keys stand at column ``indent``; ``first``: its first
        line's text after the indent (a mapping that opens a sequence item)."""
        lines = self.lines
        data: dict[str, Any] = {}
        while self.at < len(lines):
            if first is not None:
                body, first = first, None
            else:
                line = lines[self.at]
                column = _indent(line)
                if column < indent:
                    break
                if column > indent:
                    raise _Outside
                body = line[column:]
            found = _KEY.match(body)
            if found is None:
                if body.startswith("- "):
                    break  # the parent's indentless sequence goes on
                if indent == 0 and body == "...":
                    break  # the document's end: ``load`` checks nothing follows
                raise _Outside
            key, rest = found.group(1), found.group(2)
            if key in data or _tag(key) != _STR:
                raise _Outside
            self.at += 1
            if rest is None:
                data[key] = self.nested(indent)
            else:
                data[key] = self.value(rest, indent, block=True)
        return data

    def nested(self, indent: int) -> Any:
        """The value of a ``key:`` line at ``indent``: a sequence at the same column or a
        mapping further in."""
        if self.at == len(self.lines):
            raise _Outside
        line = self.lines[self.at]
        column = _indent(line)
        if column == indent and line.startswith("- ", column):
            return self.sequence(indent)
        if column > indent and _KEY.match(line, column):
            return self.mapping(column)
        raise _Outside

    def sequence(self, indent: int) -> list[Any]:
        lines = self.lines
        items: list[Any] = []
        while self.at < len(lines):
            line = lines[self.at]
            column = _indent(line)
            if column != indent or not line.startswith("- ", column):
                break
            body = line[column + 2 :]
            if _KEY.match(body):
                items.append(self.mapping(column + 2, body))
            else:
                self.at += 1
                items.append(self.value(body, column, block=False))
        return items

    def value(self, rest: str, column: int, *, block: bool) -> Any:
        """The scalar or flow list that starts ``rest``, on a line whose key (or dash)
        stands at ``column``; ``block``: a mapping value, which may go on below."""
        if not rest or rest[0] == " " or rest.endswith(" "):
            raise _Outside
        first = rest[0]
        if first not in _INDICATORS:
            _plain_piece(rest)
            if not block:
                return _plain(rest)
            return _plain(self.continued(rest, column))
        if first == "[":
            return self.flow(rest)
        if first == "'":
            return self.single(rest, column)
        if first == '"':
            return _double(rest)
        if first == "|" and block:
            return self.literal(rest, column)
        if rest == "{}":
            return {}
        raise _Outside

    def continued(self, text: str, column: int) -> str:
        """A plain scalar's text with the lines below it that carry on it (folded)."""
        lines = self.lines
        while self.at < len(lines):
            line = lines[self.at]
            inner = _indent(line)
            if inner <= column:
                break
            if inner == len(line):
                raise _Outside  # a blank line would fold into a line break
            piece = line[inner:]
            if piece[0] == "#":
                raise _Outside
            _plain_piece(piece)
            text = f"{text} {piece}"
            self.at += 1
        return text

    def single(self, rest: str, column: int) -> str:
        pieces: list[str] = []
        piece = rest[1:]
        while True:
            end = _SINGLE_END.match(piece)
            if end is not None:
                pieces.append(end.group(1))
                break
            if not _SINGLE_MIDDLE.match(piece) or self.at == len(self.lines):
                raise _Outside
            pieces.append(piece)
            line = self.lines[self.at]
            inner = _indent(line)
            if inner <= column or inner == len(line) or line.endswith(" "):
                raise _Outside
            piece = line[inner:]
            self.at += 1
        return " ".join(pieces).replace("''", "'")

    def flow(self, rest: str) -> list[Any]:
        if not rest.endswith("]"):
            raise _Outside
        inner = rest[1:-1]
        if not inner:
            return []
        items = inner.split(", ")
        for item in items:
            if (
                not item
                or item[0] in _INDICATORS
                or item[0] == " "
                or item[-1] == " "
                or any(mark in item for mark in ",[]{}#:")
            ):
                raise _Outside
        return [_plain(item) for item in items]

    def literal(self, rest: str, column: int) -> str:
        header = _LITERAL.match(rest)
        if header is None:
            raise _Outside
        digit = header.group(1) or header.group(4)
        chomp = header.group(2) or header.group(3) or ""
        lines = self.lines
        if self.at == len(lines):
            raise _Outside
        if digit:
            indent = column + int(digit)
        else:
            indent = _indent(lines[self.at])
            if indent == len(lines[self.at]) or indent <= column:
                raise _Outside  # leading blank lines or an empty block: PyYAML decides
        body: list[str] = []
        blank = 0  # blank lines since the last content line
        while self.at < len(lines):
            line = lines[self.at]
            # A line of at most ``indent`` spaces is a line break, more is content.
            if len(line) > indent and line.startswith(" " * indent):
                if not body and blank:
                    raise _Outside
                body.extend([""] * blank)
                blank = 0
                body.append(line[indent:])
            elif not line.strip(" "):
                blank += 1
            else:
                break
            self.at += 1
        if not body:
            raise _Outside
        text = "\n".join(body)
        if chomp == "-":
            return text
        if chomp == "+":
            return text + "\n" * (blank + 1)
        return text + "\n"


def _double(rest: str) -> str:
    found = _DOUBLE.match(rest)
    if found is None:
        raise _Outside  # more on the next lines, or something after the quote
    return _ESCAPE.sub(_unescape, found.group(1)) if "\\" in rest else found.group(1)


def _unescape(escape: re.Match[str]) -> str:
    code = escape.group(1)
    if code in _ESCAPES:
        return str(_ESCAPES[code])
    raise _Outside  # \x, \u, \U and anything unknown: PyYAML's own reading
