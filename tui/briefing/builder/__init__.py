"""The builder: turns a seed article into a Brief through a chain of small stages."""

from .pipeline import build_brief, brief_id_for

__all__ = ["build_brief", "brief_id_for"]
