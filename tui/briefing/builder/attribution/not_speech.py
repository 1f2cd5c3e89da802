"""Statements a reader would not take for speech, whoever found them: a refusal to speak
("declined to comment", "refused to say whether …"), a reflexive perception ("found
herself", "saw himself as …"), a report whose subject is nobody ("No one knew …") and the
writer's guess at what someone meant ("…, apparently referring to the dogs"). Their
source is kept for a later "he"; they make no statement."""

from __future__ import annotations

from ...model import StatementKind, join_spans
from ..draft import Draft
from ..lexicon import lexicon, words


def mark_not_speech(text: str, drafts: list[Draft]) -> None:
    """Set ``heard_only`` on every draft of ``drafts`` that reports no words."""
    nobody = words().nobody
    quote_cue_ends = {
        d.cue.span[1] for d in drafts if d.kind is StatementKind.DIRECT and d.cue is not None
    }
    for draft in drafts:
        lead = draft.kind is StatementKind.REPORTED and _leads_a_quote(text, draft, quote_cue_ends)
        if lead or (
            draft.cue is not None
            and (
                not_speech(draft.cue.text, join_spans(text, draft.spans))
                or _writers_guess(text, draft.cue.span[0])
            )
        ):
            draft.heard_only = True
        elif draft.phrase is not None and draft.phrase.text.split()[0].lower() in nobody:
            draft.heard_only = True  # "No one knew what …", "Nobody said …": denied, not said


def _leads_a_quote(text: str, draft: Draft, quote_cue_ends: set[int]) -> bool:
    """ "Loeb has said he believes “life begins at fertilization”": the reported words "he
    believes" are only the lead of a quote the same sentence gives, which is what was said."""
    end = draft.spans[-1][1]
    return end in quote_cue_ends and len(join_spans(text, draft.spans).split()) <= 3


def not_speech(cue: str, content: str) -> bool:
    """True if ``cue`` with ``content`` refuses to speak or perceives oneself."""
    lemmas = lexicon().cue_lemma
    w = words()
    cue_words = [t.strip(",.;:").lower() for t in cue.split()]
    said = [t.strip(",.;:“”\"'‘’").lower() for t in content.split()[:5]]
    if not cue_words or not said:
        return False
    if said[0] in w.reflexive_pronouns and cue_words[-1] in w.reflexive_perception:
        return True  # "found herself in court", "sees himself as the heir": no words
    if said[:3] == ["not", "to", "be"] and len(said) > 3 and said[3] in w.refused_passives:
        return True  # "who asked not to be named": a condition of speaking, not words
    if said[0] == "nothing" and len(said) > 1 and said[1] in ("about", "on", "of"):
        return True  # "it says nothing about Justin Bieber": what was left out, no words
    if _a_deed(lemmas.get(cue_words[-1], ""), said):
        return True  # "tweeted a selfie of him", "called press conference Thursday"
    at = next((k for k, t in enumerate(cue_words) if lemmas.get(t) in w.refusal_cues), None)
    if at is None:
        return False
    # "declined to comment on", "refused to say whether …", "declined comment", "declined to
    # be identified": what is refused is speech itself
    rest = [*cue_words[at + 1 :], *said]
    if rest and rest[0] == "to":
        rest = rest[1:]
    if rest and rest[0].endswith(("'s", "’s")):
        rest = rest[1:]  # "declined CNET's request for comment"
    if rest[:2] in (["request", "for"], ["requests", "for"]):
        rest = rest[2:]
    if not rest:
        return False
    if rest[0] == "be":
        return len(rest) > 1 and rest[1] in w.refused_passives
    return rest[0] in w.refused_speech


def _a_deed(lemma: str, said: list[str]) -> bool:
    """ "tweeted a selfie", "posted a video of …", "called a press conference": the cue's
    object is a thing made or an event set, no words."""
    w = words()
    opener = said[0] if said[0] in w.object_openers else ""
    thing = said[1:] if opener else said
    if not thing:
        return False
    if lemma in ("tweet", "posted"):
        # ("tweeted images of the crash")
        return thing[0] in w.image_nouns or thing[0].removesuffix("s") in w.image_nouns
    if lemma == "call" and opener in ("", "a", "an"):
        # ("called her vote … a mistake", "called the meeting “magical”" name what it was)
        return thing[0] in w.called_events or " ".join(thing[:2]) in w.called_events
    return False


def _writers_guess(text: str, cue_start: int) -> bool:
    """ "…, apparently referring to the dogs", "Cruz apparently thinks so": the writer guesses
    at what was meant or held; nobody said it."""
    before = text[max(0, cue_start - 40) : cue_start].split()
    if before and before[-1].lower() in ("is", "was", "were", "are"):
        before = before[:-1]  # "Mr. Trump was apparently referring to …"
    return bool(before) and before[-1].lower() in words().writer_hedges
