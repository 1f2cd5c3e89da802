"""The brief's YAML format: the one module that turns briefs into YAML text and back.

Loading is strict: every field is checked, and each problem is reported as
``file:line: message`` with the line of the offending node. Only safe loaders are used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

from . import yaml_subset
from .atomic import atomic_write_text
from .bounded_read import NotReadable, read_regular_file
from .errors import InputError, Problem
from .model import (
    FORMAT_VERSION,
    Brief,
    Contradiction,
    Mention,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
    SummarySentence,
    join_spans,
)

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SafeDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

#: Briefs larger than this are refused before parsing (a brief holds its article's text).
MAX_BRIEF_BYTES = 128 * 1024 * 1024

#: A brief id: a slug, safe as a file name. ``\Z``, not ``$``: ``$`` also matches before a
#: final newline, and ``"x\n"`` is no slug.
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,127}\Z")

#: The id of a speaker, statement or contradiction: a name the reader can use as a key.
#: No ':' or '/' (the reader keys its own rows ``cross:N`` and other briefs' statements
#: ``brief/statement``), no spaces or controls.
ITEM_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\Z")

#: The longest text a field that is not a span of the article may hold. Built briefs stay far
#: below (titles are at most 90 characters); a longer one is a broken or hostile file, and
#: every screen that shows it (a list row, a header) would pay for its whole length.
MAX_CHARS = {
    "title": 2_000,
    "file": 4_096,
    "name": 1_000,
    "role": 2_000,
    "aliases": 1_000,
    "topic": 2_000,
    "reason": 10_000,
    "fingerprint": 100,
}

#: Integers in a brief are versions, offsets and counts; anything this large is an attack or
#: an accident, and a big enough one cannot even be printed (Python's int-to-text limit).
MAX_ABS_INT = 2**63

PathKey = tuple[str | int, ...]
T = TypeVar("T")


# ---------------------------------------------------------------------------- writing


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The plain data of a brief, in the documented field order (fingerprint last)."""
    data: dict[str, Any] = {
        "format": brief.format,
        "id": brief.id,
        "title": brief.title,
        "date": brief.date.isoformat() if brief.date else None,
        "source": _source_to_dict(brief.source),
        "summary": [{"text": s.text, "span": list(s.span)} for s in brief.summary],
        "speakers": [
            {
                "id": s.id,
                "name": s.name,
                "role": s.role,
                "kind": s.kind.value,
                "aliases": list(s.aliases),
            }
            for s in brief.speakers
        ],
        "statements": [_statement_to_dict(s) for s in brief.statements],
        "contradictions": [
            {
                "id": c.id,
                "topic": c.topic,
                "a": list(c.a),
                "b": list(c.b),
                "reason": c.reason,
                "confidence": c.confidence,
            }
            for c in brief.contradictions
        ],
    }
    if brief.fingerprint:
        data["fingerprint"] = brief.fingerprint
    return data


#: Optional source fields, written only when known so a text seed's brief stays as it was.
SOURCE_ORIGIN_FIELDS = ("url", "title", "author", "site", "entry")


def _source_to_dict(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {"file": source.file, "sha256": source.sha256}
    data.update(
        (name, getattr(source, name)) for name in SOURCE_ORIGIN_FIELDS if getattr(source, name)
    )
    data["text"] = source.text
    return data


def _statement_to_dict(s: Statement) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": s.id,
        "speaker": s.speaker,
        "kind": s.kind.value,
        "text": s.text,
        "spans": [list(span) for span in s.spans],
        "sentence": s.sentence,
    }
    if s.cue is not None:
        data["cue"] = {"text": s.cue.text, "span": list(s.cue.span)}
    if s.source_mention is not None:
        data["source_mention"] = {
            "text": s.source_mention.text,
            "span": list(s.source_mention.span),
        }
    return data


def fingerprint_of(data: dict[str, Any]) -> str:
    """sha256 over a brief's data without its fingerprint field; formatting does not count."""
    content = {k: v for k, v in data.items() if k != "fingerprint"}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class _BriefDumper(SafeDumper):  # type: ignore[valid-type,misc]
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Long multi-line text (the article) reads best as a literal block; PyYAML falls back to
    # a quoted scalar by itself when the text cannot be a block (trailing spaces, controls).
    style = "|" if "\n" in value and len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BriefDumper.add_representer(str, _represent_str)


HEADER_COMMENT = "# Built by `briefing build`. Edit freely: a later build keeps your edits.\n"


def dump_brief(brief: Brief) -> str:
    """YAML text for a brief, with a fresh fingerprint of its content."""
    data = brief_to_dict(brief)
    data["fingerprint"] = fingerprint_of(data)
    return dump_data(data)


def dump_data(data: dict[str, Any]) -> str:
    return HEADER_COMMENT + yaml.dump(
        data,
        Dumper=_BriefDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=None,
        width=100,
    )


def write_brief(brief: Brief, path: Path) -> None:
    atomic_write_text(path, dump_brief(brief))


# ---------------------------------------------------------------------------- reading


def read_brief(path: Path) -> Brief:
    """Load and validate one brief file; raise InputError listing every problem found."""
    return read_brief_and_data(path)[0]


def read_brief_and_data(path: Path) -> tuple[Brief, Any]:
    try:
        raw = read_regular_file(path, MAX_BRIEF_BYTES, "brief")
    except NotReadable as exc:
        raise InputError.single(path, str(exc)) from None
    return parse_brief_bytes(raw, path)


def parse_brief_bytes(raw: bytes, path: Path) -> tuple[Brief, Any]:
    """The brief in the bytes of ``path`` (already read), with its parsed data."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError.single(path, "brief is not UTF-8 text", line) from None
    return parse_brief_and_data(text, str(path))


class _BadValue(yaml.constructor.ConstructorError):
    """A scalar that is valid YAML but not a usable value (``2020-02-30``, a 5,000-digit
    number); its message reads without the "invalid YAML" prefix."""


class _NoAliasLoader(SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, refusing aliases: briefs never need them, and a few nested aliases
    ("billion laughs") can make a small file expand into gigabytes when walked.

    It also refuses a key given twice in one mapping (YAML says keys are unique; PyYAML
    would silently keep the last one, hiding what a reader of the file sees first), and
    turns a scalar the constructors cannot build (a date that is not on the calendar, an
    integer past Python's int-from-text limit) into a problem at that scalar's line.
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in briefs", node.start_mark
            )
        try:
            value = super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            raise _BadValue(None, None, _bad_value_message(node, exc), node.start_mark) from None
        if type(value) is int and abs(value) >= MAX_ABS_INT:
            raise _BadValue(None, None, f"number {_clip(node.value)} is too large", node.start_mark)
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        seen: set[tuple[str, str]] = set()
        for key_node, _value in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue
            key = (key_node.tag, key_node.value)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {_clip(key_node.value)}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def _clip(value: Any, limit: int = 40) -> str:
    """A scalar's text for a message: quoted, escaped, and short."""
    text = str(value)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _bad_value_message(node: yaml.Node, exc: Exception) -> str:
    raw = node.value if isinstance(node, yaml.ScalarNode) else ""
    if node.tag.endswith(":timestamp"):
        return f"{_clip(raw)} is not a real date ({exc})"
    if node.tag.endswith((":int", ":float")):
        return f"number {_clip(raw)} is too long ({len(raw):,} characters)"
    return f"value {_clip(raw)} cannot be read: {' '.join(str(exc).split())[:80]}"


def load_brief_data(text: str, path: str) -> Any:
    """Parse YAML text with the safe loader; raise InputError naming the line on bad YAML.

    Text in the layout ``dump_data`` writes is read by ``yaml_subset`` (same data, a few
    times faster); anything else, and every error, is PyYAML's."""
    data = yaml_subset.load(text)
    if data is not yaml_subset.NOT_SUBSET:
        return data
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # At the end of the stream the mark stands on the line after a final newline.
        line = min(mark.line + 1, _last_line(text)) if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        message = what if isinstance(exc, _BadValue) else f"invalid YAML: {what}"
        raise InputError.single(path, message, line) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise InputError.single(
            path, f"invalid YAML: character {exc.character!r} is not allowed", line
        ) from None
    except yaml.YAMLError as exc:
        raise InputError.single(path, f"invalid YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise InputError.single(path, "invalid YAML: nested too deeply") from None


def _last_line(text: str) -> int:
    """The number of the file's last line (1 for an empty file)."""
    return max(1, text.count("\n") + (0 if text.endswith("\n") else 1))


class PartlyBadBrief(InputError):
    """Problems that cost only some disputes (an empty side, an unknown statement): ``brief``
    is the brief without them, for a reader that shows what it can and lists the problems."""

    def __init__(self, problems: list[Problem], brief: Brief) -> None:
        super().__init__(problems)
        self.brief = brief


def parse_brief(text: str, path: str) -> Brief:
    return parse_brief_and_data(text, path)[0]


def parse_brief_and_data(text: str, path: str) -> tuple[Brief, Any]:
    """The brief, and the plain data it was validated from (what the load cache keeps)."""
    data = load_brief_data(text, path)
    reader = _BriefReader()
    brief = _checked(reader, data, path)
    if reader.problems or brief is None:
        lines = _LineFinder(text)
        problems = [Problem(path, message, lines.line_of(key)) for key, message in reader.problems]
        if brief is not None:
            raise PartlyBadBrief(problems, brief)
        raise InputError(problems)
    return brief, data


def brief_from_data(data: Any, path: str) -> Brief:
    """Validate already-parsed brief data (e.g. from the load cache) into a Brief.

    Problems carry no line numbers: there is no text to point into.
    """
    reader = _BriefReader()
    brief = _checked(reader, data, path)
    if reader.problems or brief is None:
        problems = [Problem(path, message) for _, message in reader.problems]
        if brief is not None:
            raise PartlyBadBrief(problems, brief)
        raise InputError(problems)
    return brief


def _checked(reader: _BriefReader, data: Any, path: str) -> Brief | None:
    """``reader.brief(data)``; a value the checks did not foresee is this brief's problem,
    never a traceback that stops the other briefs."""
    try:
        return reader.brief(data)
    except (ValueError, OverflowError, RecursionError) as exc:
        detail = " ".join(str(exc).split())[:80]
        message = f"cannot read brief: {type(exc).__name__}: {detail}"
        raise InputError.single(path, message) from None


class _LineFinder:
    """Maps a path of keys into the document to the line where that node starts.

    Composing the node tree is slower than loading, so it is only done for bad briefs.
    """

    def __init__(self, text: str) -> None:
        try:
            self.root: yaml.Node | None = yaml.compose(text, Loader=SafeLoader)
        except (yaml.YAMLError, RecursionError):
            self.root = None

    def line_of(self, key: PathKey) -> int | None:
        node = self.root
        if node is None:
            return None
        for part in key:
            child = self._child(node, part)
            if child is None:
                break
            node = child
        return node.start_mark.line + 1

    @staticmethod
    def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == part:
                    return v  # type: ignore[no-any-return]
        if (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            return node.value[part]  # type: ignore[no-any-return]
        return None


_MISSING = object()


class _BriefReader:
    """Checks plain YAML data field by field and builds a Brief, collecting every problem."""

    def __init__(self) -> None:
        self.problems: list[tuple[PathKey, str]] = []
        #: which of ``problems`` cost only their dispute (an empty side, an unknown
        #: statement): the brief still loads without that dispute, the problem is reported
        self.dispute_only: set[int] = set()
        # Ids and references are gathered from the raw items, whatever else is wrong with
        # them, so one bad field never hides a duplicate id or an unknown reference.
        self.declared: dict[str, list[tuple[PathKey, str]]] = {
            "speakers": [],
            "statements": [],
            "contradictions": [],
        }
        #: (where, which statement, the speaker id it names)
        self.speaker_refs: list[tuple[PathKey, str, str]] = []
        #: (where, which contradiction, the statement ids one side names)
        self.statement_refs: list[tuple[PathKey, str, list[str]]] = []

    def fail(self, key: PathKey, message: str) -> None:
        self.problems.append((key, message))

    def fail_dispute(self, key: PathKey, message: str) -> None:
        """A problem that drops the dispute at ``key`` (``contradictions[n]…``), not the brief."""
        self.dispute_only.add(len(self.problems))
        self.problems.append((key, message))

    @property
    def fatal(self) -> bool:
        return len(self.dispute_only) < len(self.problems)

    def bad_disputes(self) -> set[int]:
        return {
            key[1]
            for n, (key, _) in enumerate(self.problems)
            if n in self.dispute_only and len(key) > 1 and isinstance(key[1], int)
        }

    # -- primitives

    def field(
        self,
        data: dict[str, Any],
        key: PathKey,
        name: str,
        kind: type | tuple[type, ...],
        what: str,
        required: bool = True,
    ) -> Any:
        value = data.get(name, _MISSING)
        if value is _MISSING or (value is None and not required):
            if required:
                self.fail(key, f"missing field '{_dotted(key + (name,))}'")
            return None
        # bool is an int in Python, never a valid number here.
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            self.fail(
                key + (name,), f"'{_dotted(key + (name,))}' must be {what}, not {_type_name(value)}"
            )
            return None
        if isinstance(value, str) and not self.short_enough(value, key + (name,), name):
            return None
        return value

    def short_enough(self, text: str, key: PathKey, name: str) -> bool:
        """Whether ``text`` is within MAX_CHARS for a field called ``name``; else a problem."""
        limit = MAX_CHARS.get(name)
        if limit is None or len(text) <= limit:
            return True
        self.fail(key, f"'{_dotted(key)}' is {len(text):,} characters long; at most {limit:,}")
        return False

    def mapping(self, value: Any, key: PathKey) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fail(key, f"'{_dotted(key)}' must be a mapping, not {_type_name(value)}")
            return None
        return value

    def items(
        self,
        data: dict[str, Any],
        key: PathKey,
        name: str,
        read: Callable[[Any, PathKey], T | None],
    ) -> list[T]:
        values = self.field(data, key, name, list, "a list")
        if values is None:
            return []
        out: list[T] = []
        declared = self.declared.get(name)
        for i, value in enumerate(values):
            if declared is not None and isinstance(value, dict):
                ident = value.get("id")
                if isinstance(ident, str) and ident.strip():
                    declared.append((key + (name, i, "id"), ident))
            item = read(value, key + (name, i))
            if item is not None:
                out.append(item)
        return out

    def span(self, value: Any, key: PathKey, text: str) -> Span | None:
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            self.fail(key, f"'{_dotted(key)}' must be a [start, end] pair of integers")
            return None
        start, end = value
        if not 0 <= start <= end <= len(text):
            self.fail(
                key,
                f"'{_dotted(key)}' [{start}, {end}] is out of range "
                f"(source.text has {len(text)} characters)",
            )
            return None
        return (start, end)

    def mention(self, value: Any, key: PathKey, text: str) -> Mention | None:
        data = self.mapping(value, key)
        if data is None:
            return None
        words = self.field(data, key, "text", str, "a string")
        span = self.span(data.get("span"), key + ("span",), text) if "span" in data else None
        if "span" not in data:
            self.fail(key, f"missing field '{_dotted(key + ('span',))}'")
        if words is None or span is None:
            return None
        if text[span[0] : span[1]] != words:
            self.fail(key + ("text",), f"'{_dotted(key + ('text',))}' does not match its span")
            return None
        return Mention(words, span)

    def ident(self, data: dict[str, Any], key: PathKey) -> str | None:
        value = self.field(data, key, "id", str, "a string")
        if value is not None and not value.strip():
            self.fail(key + ("id",), f"'{_dotted(key + ('id',))}' is empty")
            return None
        return value  # type: ignore[no-any-return]

    def item_ident(self, data: dict[str, Any], key: PathKey) -> str | None:
        """The id of a speaker, statement or contradiction, checked against ITEM_ID_PATTERN."""
        value = self.ident(data, key)
        if value is not None and not ITEM_ID_PATTERN.match(value):
            self.fail(
                key + ("id",),
                f"'{_dotted(key + ('id',))}' {_clip(value)} must be letters, digits, '.', '-' "
                "and '_' (at most 128, starting with a letter or digit)",
            )
        return value

    # -- the brief

    def brief(self, data: Any) -> Brief | None:
        if data is None:
            self.fail((), "brief is empty")
            return None
        if not isinstance(data, dict):
            self.fail((), f"a brief must be a mapping of fields, not {_type_name(data)}")
            return None
        root: dict[str, Any] = data
        version = self.field(root, (), "format", int, "an integer")
        if version is not None and version != FORMAT_VERSION:
            self.fail(
                ("format",),
                f"unknown format version {version}; this briefing reads format {FORMAT_VERSION}",
            )
            return None
        brief_id = self.ident(root, ())
        if brief_id is not None and not ID_PATTERN.match(brief_id):
            self.fail(
                ("id",),
                f"'id' {brief_id!r} is not a slug (lowercase letters, digits, '-' and '_')",
            )
        title = self.field(root, (), "title", str, "a string")
        date = self.date(root)
        source = self.source(root)
        text = source.text if source else ""
        summary = self.items(root, (), "summary", lambda v, k: self.summary_sentence(v, k, text))
        speakers = self.items(root, (), "speakers", self.speaker)
        statements = self.items(root, (), "statements", lambda v, k: self.statement(v, k, text))
        contradictions = self.items(root, (), "contradictions", self.contradiction)
        fingerprint = self.field(root, (), "fingerprint", str, "a string", required=False)
        self.check_references()
        if self.fatal or brief_id is None or title is None or source is None:
            return None
        dropped = self.bad_disputes()
        contradictions = [c for n, c in enumerate(contradictions) if n not in dropped]
        return Brief(
            id=brief_id,
            title=title,
            date=date,
            source=source,
            summary=tuple(summary),
            speakers=tuple(speakers),
            statements=tuple(statements),
            contradictions=tuple(contradictions),
            fingerprint=fingerprint or "",
        )

    def date(self, root: dict[str, Any]) -> dt.date | None:
        if "date" not in root:
            self.fail((), "missing field 'date' (use null for an undated brief)")
            return None
        value = root["date"]
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(("date",), f"'date' must be a YYYY-MM-DD date or null, not {value!r:.40}")
        return None

    def source(self, root: dict[str, Any]) -> Source | None:
        value = self.field(root, (), "source", dict, "a mapping")
        if value is None:
            return None
        key: PathKey = ("source",)
        file = self.field(value, key, "file", str, "a string")
        sha = self.field(value, key, "sha256", str, "a string")
        text = self.field(value, key, "text", str, "a string")
        if sha is not None and not re.fullmatch(r"[0-9a-f]{64}", sha):
            self.fail(key + ("sha256",), "'source.sha256' must be 64 lowercase hex digits")
        origin = {
            name: self.field(value, key, name, str, "a string", required=False) or ""
            for name in SOURCE_ORIGIN_FIELDS
        }
        if file is None or sha is None or text is None:
            return None
        return Source(file, sha, text, **origin)

    def summary_sentence(self, value: Any, key: PathKey, text: str) -> SummarySentence | None:
        data = self.mapping(value, key)
        if data is None:
            return None
        words = self.field(data, key, "text", str, "a string")
        if "span" not in data:
            self.fail(key, f"missing field '{_dotted(key + ('span',))}'")
            return None
        span = self.span(data["span"], key + ("span",), text)
        if words is None or span is None:
            return None
        if text[span[0] : span[1]] != words:
            self.fail(key + ("text",), f"'{_dotted(key + ('text',))}' does not match its span")
            return None
        return SummarySentence(words, span)

    def speaker(self, value: Any, key: PathKey) -> Speaker | None:
        data = self.mapping(value, key)
        if data is None:
            return None
        speaker_id = self.item_ident(data, key)
        name = self.field(data, key, "name", str, "a string")
        role = self.field(data, key, "role", str, "a string", required=False) or ""
        kind = self.enum(data, key, "kind", SpeakerKind)
        aliases = self.field(data, key, "aliases", list, "a list", required=False) or []
        if not all(isinstance(a, str) for a in aliases):
            self.fail(
                key + ("aliases",), f"'{_dotted(key + ('aliases',))}' must be a list of strings"
            )
            return None
        if not all(
            self.short_enough(a, key + ("aliases", i), "aliases") for i, a in enumerate(aliases)
        ):
            return None
        if speaker_id is None or name is None or kind is None:
            return None
        return Speaker(speaker_id, name, kind, role, tuple(aliases))

    def statement(self, value: Any, key: PathKey, text: str) -> Statement | None:
        data = self.mapping(value, key)
        if data is None:
            return None
        statement_id = self.item_ident(data, key)
        speaker = self.field(data, key, "speaker", str, "a speaker id")
        if speaker is not None:
            self.speaker_refs.append((key + ("speaker",), _label(statement_id, key), speaker))
        kind = self.enum(data, key, "kind", StatementKind)
        words = self.field(data, key, "text", str, "a string")
        sentence = self.field(data, key, "sentence", int, "an integer")
        raw_spans = self.field(data, key, "spans", list, "a list of [start, end] pairs")
        spans: list[Span] = []
        spans_ok = bool(raw_spans)
        if raw_spans is not None:
            if not raw_spans:
                self.fail(key + ("spans",), f"'{_dotted(key + ('spans',))}' is empty")
            for i, raw in enumerate(raw_spans):
                span = self.span(raw, key + ("spans", i), text)
                if span is None:
                    spans_ok = False  # keep going: every bad span gets its own line
                else:
                    spans.append(span)
        cue = (
            self.mention(data["cue"], key + ("cue",), text) if data.get("cue") is not None else None
        )
        mention = (
            self.mention(data["source_mention"], key + ("source_mention",), text)
            if data.get("source_mention") is not None
            else None
        )
        if (
            statement_id is None
            or speaker is None
            or kind is None
            or words is None
            or sentence is None
            or not spans_ok
        ):
            return None
        if join_spans(text, spans) != words:
            self.fail(
                key + ("text",),
                f"'{_dotted(key + ('text',))}' does not match its spans "
                "(the fragments joined by one space)",
            )
            return None
        return Statement(statement_id, speaker, kind, words, tuple(spans), sentence, cue, mention)

    def contradiction(self, value: Any, key: PathKey) -> Contradiction | None:
        data = self.mapping(value, key)
        if data is None:
            return None
        contradiction_id = self.item_ident(data, key)
        topic = self.field(data, key, "topic", str, "a string")
        reason = self.field(data, key, "reason", str, "a string")
        confidence = self.field(data, key, "confidence", (int, float), "a number from 0 to 1")
        if confidence is not None and not 0 <= confidence <= 1:
            self.fail(
                key + ("confidence",), f"'{_dotted(key + ('confidence',))}' must be from 0 to 1"
            )
            confidence = None
        sides = []
        for side in ("a", "b"):
            ids = self.field(data, key, side, list, "a list of statement ids")
            if ids is not None and not ids:
                self.fail_dispute(
                    key + (side,),
                    f"'{_dotted(key + (side,))}' is empty: a dispute needs two sides "
                    "(the reader skips it)",
                )
            elif ids is not None and not all(isinstance(i, str) for i in ids):
                self.fail(
                    key + (side,),
                    f"'{_dotted(key + (side,))}' must be a non-empty list of statement ids",
                )
                ids = None
            elif ids is not None and len(set(ids)) != len(ids):
                twice = next(i for n, i in enumerate(ids) if i in ids[:n])
                self.fail(key + (side,), f"'{_dotted(key + (side,))}' lists {_clip(twice)} twice")
                ids = None
            if ids is not None:
                self.statement_refs.append((key + (side,), _label(contradiction_id, key), ids))
            sides.append(ids)
        if sides[0] is not None and sides[1] is not None:
            both = set(sides[0]) & set(sides[1])
            if both:
                self.fail(
                    key,
                    f"contradiction {_label(contradiction_id, key)} has {sorted(both)[0]!r} "
                    "on both sides",
                )
                return None
        if (
            contradiction_id is None
            or topic is None
            or reason is None
            or confidence is None
            or sides[0] is None
            or sides[1] is None
        ):
            return None
        return Contradiction(
            contradiction_id, topic, tuple(sides[0]), tuple(sides[1]), reason, float(confidence)
        )

    def enum(self, data: dict[str, Any], key: PathKey, name: str, kind: type[T]) -> T | None:
        value = self.field(data, key, name, str, "a string")
        if value is None:
            return None
        try:
            return kind(value)  # type: ignore[call-arg]
        except ValueError:
            allowed = ", ".join(k.value for k in kind)  # type: ignore[attr-defined]
            self.fail(
                key + (name,), f"'{_dotted(key + (name,))}' is {value!r}; expected one of {allowed}"
            )
            return None

    def check_references(self) -> None:
        speaker_ids = self.unique("speakers")
        statement_ids = self.unique("statements")
        self.unique("contradictions")
        for key, statement, speaker in self.speaker_refs:
            if speaker not in speaker_ids:
                self.fail(key, f"statement {statement} names unknown speaker {speaker!r}")
        for key, contradiction, ids in self.statement_refs:
            for sid in ids:
                if sid not in statement_ids:
                    self.fail_dispute(
                        key, f"contradiction {contradiction} names unknown statement {sid!r}"
                    )

    def unique(self, section: str) -> set[str]:
        """Every id declared in ``section``, reporting each repeat at its own line."""
        seen: set[str] = set()
        for key, ident in self.declared[section]:
            if ident in seen:
                self.fail(key, f"duplicate id {ident!r} in {section}")
            seen.add(ident)
        return seen


def _dotted(key: PathKey) -> str:
    out = ""
    for part in key:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _label(ident: str | None, key: PathKey) -> str:
    """How a message names an item: its id, or where it stands when the id is unusable."""
    return repr(ident) if ident is not None else f"'{_dotted(key)}'"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "a list",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)
