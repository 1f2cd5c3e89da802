"""Statements (direct quotes and reported speech) and who made them, with exact spans.

Rooms, in the order a sentence meets them: ``cues`` (where a cue may stand), ``direct``
(quotes and the cue that introduces them), ``reported`` (reported speech, with ``content``
for what a cue introduces, ``noun_cues`` for "claim that" and "according to", ``trailing``
for a source closing the sentence), ``transcripts`` and ``unattributed`` (quotes introduced
by a turn, by the paragraph above, or by nobody), and ``not_speech`` (refusals, perceptions of
oneself: no statement). They share one ``Sentence``; ``extract``
runs them over an article and hands the drafts to ``speakers``.
"""

from .extract import extract_statements

__all__ = ["extract_statements"]
