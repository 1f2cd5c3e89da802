"""The builder: turns a seed article into a Brief through a chain of small stages."""

from .pipeline import brief_id_for, build_brief

__all__ = ["brief_id_for", "build_brief"]
