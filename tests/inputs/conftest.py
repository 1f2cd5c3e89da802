"""Fixtures for the input tests: a local web site on 127.0.0.1 (see local_web.py)."""

from __future__ import annotations

from local_web import site

__all__ = ["site"]
