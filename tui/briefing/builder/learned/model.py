"""The tagger's weights: a crfsuite model shipped gzip-compressed as package data."""

from __future__ import annotations

import gzip
import zlib
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

WEIGHTS = "attribution.crfsuite.gz"
LABELS = ("O", "B-C", "I-C", "B-S", "I-S", "B-Q", "I-Q")


class ModelError(Exception):
    """The weights file is missing or unreadable; the message is one line naming it."""


def weights_path() -> Path:
    return Path(str(resources.files("briefing.builder.learned").joinpath("data", WEIGHTS)))


class Model:
    """An open tagger and the model bytes it reads from (crfsuite does not copy them)."""

    def __init__(self, tagger: pycrfsuite.Tagger, raw: bytes) -> None:
        self._tagger = tagger
        self._raw = raw

    def tag(self, features: list[list[str]]) -> list[str]:
        return list(self._tagger.tag(features))

    def labels(self) -> list[str]:
        return list(self._tagger.labels())


def open_tagger(path: Path) -> Model:
    """A tagger over the model at ``path`` (gzip-compressed crfsuite model)."""
    try:
        raw = gzip.decompress(path.read_bytes())
    except FileNotFoundError:
        raise ModelError(f"{path}: attribution model weights are missing") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise ModelError(f"{path}: attribution model weights are corrupt ({exc})") from None
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open_inmemory(raw)
        labels = set(tagger.labels())
    except (ValueError, OSError, RuntimeError) as exc:
        raise ModelError(f"{path}: attribution model weights are corrupt ({exc})") from None
    if not labels or not labels <= set(LABELS):
        raise ModelError(f"{path}: attribution model weights hold unknown labels")
    return Model(tagger, raw)


#: weights chosen instead of the shipped ones (experiments, tests); see ``use_weights``
_chosen: list[Path] = []


def use_weights(path: Path | None) -> None:
    """Tag with the model at ``path`` from now on (``None``: the shipped model again)."""
    tagger.cache_clear()
    _chosen[:] = [path] if path is not None else []


@cache
def tagger() -> Model:
    """The model in use, opened once per process."""
    return open_tagger(_chosen[0] if _chosen else weights_path())
