"""A headline for the brief, built from the article: who said what, or else its lead clause.

Headlines are cut at clause boundaries (a comma, "after", "which" …), else before a phrase,
never on a dangling word, so a reader gets a short sentence rather than a truncated word salad;
an ellipsis marks the rare clause too long for either. The lead is read for its main clause:
opening words and adjuncts, asides and relative clauses after the subject, and a concession
before "but" are left out (tests/builder/test_title.py has an example of each).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise

from ..language.topics import content_stems, sentence_stems, stopwords
from ..model import Span, Speaker, SpeakerKind, Statement
from .furniture import (
    after_credit,
    is_boilerplate,
    is_caption,
    is_long_stopless_line,
    story_start,
    without_dateline,
)
from .headline import headline_span
from .lexicon import data_lines, lexicon, words

MAX_TITLE = 90
#: A claim shorter than this many content words is too thin to stand as a headline.
_MIN_CLAIM_WORDS = 3

# Where a clause ends and an aside begins: cutting here keeps a grammatical main clause.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:(]|,(?!\d{3})|\s[-–—]\s|\s(?:after|when|while|because|since|despite|though"
    r"|although|which|who|where|but|amid|following|before|until|adding|saying|stressing"
    r"|according to)\s)",
    re.IGNORECASE,
)
#: "While it was a good day, …", "Speaking on Monday, …", "With two games left, and one in
#: the cup, …": an opening adjunct, after which the main clause starts. "Nearly 500 …" and
#: "More than 20,000 …" open a subject, so that adjunct ends at its first comma.
_OPENING_ADJUNCT = re.compile(
    r"^(?:(?:(?i:while|as|after|before|when|although|though|because|since|despite|with|without"
    r"|under|in|on|at|for|from|amid|following|during|throughout|within|across|halfway|midway)\b"
    r"|[A-Z][a-z]+(?:ing|ed) (?:at|for|by|to|on|in|with|from|about|after|as|the|a|his|her)\b"
    # "Famished and queuing despondently …, these images …": participles joined by "and"
    r"|[A-Z][a-z]+(?:ing|ed) and [a-z]+(?:ing|ed)\b"
    r"|(?:Last|Earlier|Late|Early|Earlier this|Late last) (?:week|weekend|month|year|night"
    r"|morning|afternoon|evening|season|summer|winter|spring|autumn|[A-Z][a-z]+day)\b)"
    r"[^;:]{0,130}?,[”’\"]? "  # "In a report aired on “The Show,” host Ann Lee …"
    r"|(?i:nearly|almost|more than|of all)\b[^,;:]{0,110}, )"
    r"(?=[A-Z]|(?:the|a|an|he|she|it|they|we|his|her|their|its|there)\b)",
)
#: "After deliberating for hours, jurors found …": the same adjunct before a subject such as
#: "jurors" (tried second: "Famed for its food, rural landscapes and cities, Vietnam …" ends
#: at "Vietnam"); not "Nearly 500 people, mostly children, …", and never before "and"
_OPENING_ADJUNCT_LOWER = re.compile(
    r"^(?:(?i:while|as|after|before|when|although|though|because|since|despite|with|without"
    r"|under|in|on|at|for|from|amid|following|during|throughout|within|across|halfway|midway)\b"
    r"|[A-Z][a-z]+(?:ing|ed) (?:at|for|by|to|on|in|with|from|about|after|as|the|a|his|her)\b"
    r"|[A-Z][a-z]+(?:ing|ed) and [a-z]+(?:ing|ed)\b)"
    r"[^;:]{0,130}?, "
    r"(?=(?!(?:and|or|but|nor|which|who|whose|where|when|while|as|then|so|not)\b)[a-z])",
)
#: "Here are your Apple rumors and AAPL news items for today:": it tells nothing itself
_ANNOUNCES_A_LIST = re.compile(
    r"^(?:here(?:'s|’s| is| are)|below (?:is|are)|the following)\b.*:$", re.I
)
#: a word that opens a clause, which needs a verb after it ("when Smith" is half a clause)
_CLAUSE_OPENER = re.compile(
    r"\s(?:when|while|because|although|though|whereas|whether|which|who|where)\s", re.IGNORECASE
)
_PHRASE_BREAK = re.compile(
    r"\s(?:as|and|with|to|in|on|at|for|by|from|over|into|after|during|about|against"
    r"|through|across|under|near|outside|inside|towards|toward|including|before"
    r"|because|while|when|since|until|amid|despite|following)\s"
)
#: a main clause shorter than this leaves out what happened: "A teacher has been banned"
_THIN_TITLE = 60
#: where a title may not run on to: an aside, a relative clause, a second clause or a contrast
_HARD_BREAK = re.compile(
    r"\s*(?:[;:(]|,(?!\d{3})|\s[-–—]\s|\s(?:which|who|whose|where|but|while|whereas|although|though"
    r"|adding|saying|stressing|according)\s)"
)
#: a word that makes a claim a clause: "US has no plans", "the plan failed"
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did"
    # not an adjective after an article: "A proposed secret channel between …"
    r"|(?<!\ba )(?<!\ban )(?<!\bthe )[a-z]{3,}ed)\b"
)
#: "Kayahan, one of Turkey's best-loved singers, died": an aside after the subject
_SUBJECT_ASIDE = re.compile(
    r"^(?P<subject>[^,;:]{2,60}?)(?:(?:, (?:who|which|whose|the|a|an|one|now|also|originally"
    r"|currently|aged|pictured|made|known|born|built|based|named|nicknamed|dubbed|\d+)\b"
    r"[^,;:]{0,90}?)+, "
    # "Northwind -- the maker of the Harbour games -- is in talks …"
    r"| ?(?P<dash>--|[–—]) [^-–—]{2,90}? (?P=dash) ?)(?=[a-z])"
)
#: "Argentina’s president, Cristina Fernandez de Kirchner, announced …": a role with a
#: lower-case noun, then the name set off after it, then the verb
_ROLE_THEN_NAME = re.compile(
    r"^(?P<role>[^,;:]{0,40}\b[a-z]{3,}), "
    r"(?P<name>[A-Z][\w’'.-]+(?: (?:[A-Z][\w’'.-]+|de|da|van|von|del|bin)){1,4}), (?=[a-z])"
)
#: "A pub landlord who was convicted of … has vowed …": a relative clause after the subject,
#: with no commas to show where it ends
_SUBJECT_RELATIVE = re.compile(
    r"^(?P<subject>(?:(?!\s[-–—]\s)[^,;:]){2,60}?) (?:who|which|whose) (?=\S+ )"
)
#: words that open a clause inside a relative clause, with a verb of its own
_SUBORDINATORS = frozenset(
    {"after", "when", "because", "since", "before", "until", "while", "if", "once", "whether"}
)
#: the word after the comma that ends a relative clause, when the main clause starts there
_MAIN_VERB_AFTER_COMMA = re.compile(r"[a-z]{3,}(?:ly|ed)")
_RELATIVE_ASIDE = re.compile(r", (?:who|which|whose) [^,;:]{0,120}?, (?=[a-z])")
_DASH = re.compile(r"\s[-–—]{1,2}\s")
#: an aside after a dash this short is cut off, not said: "… - eight months"
_SHORT_ASIDE_WORDS = 3
_ARTICLES = frozenset({"a", "an", "the"})
#: a word that by its ending is most likely an adjective: "ugly", "offensive", "brutal"
_ADJECTIVE = re.compile(r"[a-z]+(?:ly|y|ful|ous|ive|al|ic|less|ible|able|ant|ent)")
_TRAILING_AGE = re.compile(r",\s*\d{1,3}$")
#: "Shooter: Terry Martin, 48, …": a photo caption's label before the lead
_CAPTION_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+)?): (?=[A-Z])")
#: ("So much for …", "So far, …": "so" there is no conjunction)
_LEADING_CONJUNCTION = re.compile(
    r"^(?:and|but|so(?!\s+(?:much|far|many|few|long)\b)|yet|or|meanwhile)\s+", re.IGNORECASE
)
_OPEN_WORDS = re.compile(r"^(?:that|the|a|an)\s+", re.IGNORECASE)
_WEAK_START = re.compile(r"^(?:it|this|that|these|those|he|she|they|him|her|them)\b", re.I)
#: "This kid claims …", "These images show …": a thing named, not a pronoun looking back (a
#: word in -s or -ed after "this" is a verb: "This means …", "This happened …")
_DEMONSTRATIVE_NOUN = re.compile(
    r"^(?:(?i:this) (?![a-z]+(?:s|ed)\b)|(?i:these) )"
    # "This week is …" looks back at a time, not at a thing named
    r"(?!(?:week|weekend|year|month|morning|afternoon|evening|time|season)s?\b)"
    r"(?P<noun>[a-z]{3,})\b"
)
#: "It's not just UV rays that …": a cleft that names its subject, not a pronoun looking back
_CLEFT = re.compile(r"^it(?:'s|’s| is| was) not (?:just|only)\b", re.I)
#: "X may only be small, but scientists are …": the concession before "but", then the point
_CONCESSION = re.compile(r"^(?P<given>[^,;:]{10,80}?),? but (?P<point>\S+ \S+ \S+ \S+ .*)$")
#: a claim that is a plan, a refusal or a manner ("to use the word …", "as a mother") reads
#: as its opposite or as nothing once the cue is gone
_NOT_A_CLAIM = re.compile(r"^(?:to|as|for|about|of|on|with)\b", re.I)
_QUOTE_CHARS = "\"“”‘’'"
#: how many opening sentences the lead may come after (furniture, a caption, a teaser)
_LEAD_REACH = 5
#: a lead shorter than this is a hook ("Gone in a night."), not the news; so is one without
#: a verb shorter than the second ("Guilty across the board.")
_MIN_LEAD_WORDS = 5
_MIN_VERBLESS_LEAD_WORDS = 8
#: the writer or the reader as a subject: "We can already hear …", "Let's face it", "…, you
#: would think …" (not "bad for you": the reader as an object is anybody)
_TALKS_TO_READER = re.compile(
    r"(?:^|, )(?:[Yy]ou|[Ww]e|I|[Ll]et['’]s)\b"
    r"|\b(?:you|we)(?:['’]d|['’]ll| would| might| may| could| can| will| have| probably)\b"
)
#: a quotation, in which "we" and "you" are the speaker's, not the writer's
_QUOTED = re.compile(r"[“\"][^”\"]{0,400}[”\"]|(?<!\w)‘[^’]{0,400}’(?!\w)")


@cache
def _opening_word() -> re.Pattern[str]:
    """ "Recently, " or "Sadly, ": a word before the lead's main clause that tells nothing."""
    listed = "|".join(map(re.escape, data_lines("title_openers.txt")))
    return re.compile(rf"^(?:{listed}|[a-z]+ly),\s+", re.IGNORECASE)


@cache
def _concedes_pattern() -> re.Pattern[str]:
    return re.compile("|".join(data_lines("title_concessions.txt")), re.IGNORECASE)


def _concedes(clause: str) -> bool:
    """True if ``clause`` grants something only to turn from it: "X may only be small"."""
    return _concedes_pattern().search(clause) is not None


def _without_opening_words(sentence: str) -> str:
    """The sentence without an opening "And", "Meanwhile" or "Recently,"."""
    while True:
        bare = _opening_word().sub("", _LEADING_CONJUNCTION.sub("", sentence))
        if bare == sentence:
            return sentence
        sentence = bare


def make_title(
    text: str, sentences: list[Span], speakers: list[Speaker], statements: list[Statement]
) -> str:
    """The article's own headline; else the lead's main clause, unless the lead is a named
    speaker's claim ("Esper said the US has no plans …" → "Esper: US has no plans …").

    A remark of a minor speaker further down is never the title: it misses the story (a
    passing "Name: remark" over a story about a death)."""
    written = _written_headline(text)
    if written is not None:
        return written
    lead = _lead_index(text, sentences)
    claim = _lead_claim(text, sentences, lead, speakers, statements) if lead is not None else None
    return claim or _lead_headline(text, sentences)


def _lead_index(text: str, sentences: list[Span]) -> int | None:
    """The lead: the first of the opening sentences that names somebody or something and
    tells news, past furniture (a byline, "[ Related: … ]"), a photo caption and a teaser
    ("Guilty across the board.", "You would be forgiven for thinking …"); else the first
    that names somebody or something."""
    begins = story_start(text)
    fallback: int | None = None
    # (the first opening sentence that is no hook; else the hook)
    hook: int | None = None
    central: set[str] | None = None
    for at, (start, end) in enumerate(sentences[:_LEAD_REACH]):
        if end <= begins:
            continue  # a byline or a stamp the splitter cut into sentences
        opening = _lead_text(text, (max(start, begins), end)).strip()
        if not opening or is_boilerplate(opening):
            continue
        if _looks_back(opening):
            continue  # a pronoun looking back at something before
        caption = is_caption(text, sentences, at) or is_long_stopless_line(text, sentences, at)
        if not caption and not _is_teaser(opening) and not _ANNOUNCES_A_LIST.match(opening):
            if central is None:
                central = _central_stems(text, sentences)
            if hook is None and _is_hook(opening, central):
                hook = at
                continue
            return at
        if fallback is None:
            fallback = at
    if hook is not None:
        return hook
    if fallback is not None:
        return fallback
    return 0 if sentences else None


def _is_hook(sentence: str, central: set[str]) -> bool:
    """True if ``sentence`` names nobody and shares none of the words the article keeps
    coming back to ("The answer is no, absolutely not.", "This is about as shame-inducing as it
    gets."): a feature's hook, after which the news comes."""
    if not central or _NAME_INSIDE.search(sentence.strip()):
        return False  # (an article too short to say what it keeps coming back to)
    return not central & set(sentence_stems(sentence))


#: a capitalised word past the sentence's first: a name ("Princes William and Harry"), or a
#: tabloid's capitals ("A TEENAGER woke up …")
_NAME_INSIDE = re.compile(r"(?<!^)\b(?:[A-Z][a-z]|[A-Z]{2,})")


def _looks_back(sentence: str) -> bool:
    """True if ``sentence`` opens on a pronoun for something said before it ("It was …")."""
    if not _WEAK_START.match(sentence) or _CLEFT.match(sentence):
        return False
    named = _DEMONSTRATIVE_NOUN.match(sentence)
    return named is None or named.group("noun") in stopwords()


def _is_teaser(sentence: str) -> bool:
    """True if ``sentence`` is a feature's hook rather than its news: a few words ("Forget
    learning ABCs."), a question, or words to the reader ("You would be forgiven …"); "A
    source said it was over." is news."""
    count = len(sentence.split())
    if count < _MIN_LEAD_WORDS or (count < _MIN_VERBLESS_LEAD_WORDS and not _VERB.search(sentence)):
        return True
    if sentence.rstrip().endswith("?"):
        return True  # the writer's question; a question quoted ("… asked, ‘How is it?’") is news
    return _TALKS_TO_READER.search(_QUOTED.sub("", sentence)) is not None


def _lead_text(text: str, span: Span) -> str:
    """The lead sentence's words, without the dateline, byline or stamp before them."""
    start, end = span
    return after_credit(without_dateline(text[max(start, story_start(text)) : end]))


def _lead_claim(
    text: str,
    sentences: list[Span],
    lead: int,
    speakers: list[Speaker],
    statements: list[Statement],
) -> str | None:
    """ "Name: claim" when the lead sentence is a named speaker's statement that carries most
    of it: the claim is then the story."""
    by_id = {speaker.id: speaker for speaker in speakers}
    start, end = sentences[lead]
    lead_words = len(text[start:end].split())
    for statement in statements:
        if statement.sentence != lead:
            continue
        speaker = by_id.get(statement.speaker)
        if speaker is None or speaker.kind == SpeakerKind.UNNAMED or not _is_name(speaker):
            continue
        cue = statement.cue.text.lower() if statement.cue else ""
        if cue == ":" or lexicon().cue_lemma.get(cue) in lexicon().weak_cues:
            continue  # a caption's "Name: …" or "boasts a robust …": no claim to headline
        mention = statement.source_mention
        if mention is not None and not start <= mention.span[0] < end:
            continue  # a quote of the speaker before, not the lead's own attribution
        claim_words = sum(len(text[s:e].split()) for s, e in statement.spans)
        opens_lead = (
            mention is not None
            and _opens(text, start, mention.span[0])
            and _cue_is_main_verb(text, mention.span[1], statement)
        )
        if claim_words * 2 < lead_words and not opens_lead:
            continue  # "…, and a spokesman said roads were closed": a side detail of the lead
        headline = _said_headline(speaker, statement.text)
        # "Clinton: Robust 3.6 million Twitter followers": a thing she boasts of, not a claim
        if headline is not None and _VERB.search(headline.split(": ", 1)[1]):
            return headline
    return None


def _cue_is_main_verb(text: str, after_mention: int, statement: Statement) -> bool:
    """True if the speaker who opens the lead is the subject of the cue: no other verb stands
    between them ("Alan Davey laid bare … and claims …" is a story about what he laid bare)."""
    if statement.cue is None or statement.cue.span[0] < after_mention:
        return True  # a claim before its speaker: "…, Esper said"
    return _VERB.search(text[after_mention : statement.cue.span[0]]) is None


def _opens(text: str, start: int, pos: int) -> bool:
    """True if ``pos`` is where the sentence's words begin, past a dateline."""
    return not without_dateline(text[start:pos]).strip()


def _said_headline(speaker: Speaker, claim: str) -> str | None:
    """A headline such as "Esper: US has no plans to pull out of Iraq", or None."""
    who = _short_name(speaker)
    claim = _main_clause(claim.strip().strip(_QUOTES_AND_PUNCT), MAX_TITLE - len(who) - 2)
    claim = _OPEN_WORDS.sub("", claim).strip(_QUOTES_AND_PUNCT)
    if (claim.count("“") + claim.count("”") + claim.count('"')) % 2:
        # Half a quotation reads as a typo in a headline.
        claim = re.sub(r"[\"“”]", "", claim)
    if "‘" not in claim:
        # "‘special relationship’ between …" lost its opening mark with "the": the closing one
        # goes too (not an apostrophe: "Britain’s", "the Smiths’ house")
        claim = _HALF_SINGLE_QUOTE.sub("", claim, count=1)
    if not claim or _WEAK_START.match(claim) or _NOT_A_CLAIM.match(claim):
        return None
    if len(content_stems(claim)) < _MIN_CLAIM_WORDS:
        return None
    headline = f"{who}: {claim[0].upper()}{claim[1:]}"
    return headline if len(headline) <= MAX_TITLE else None


_QUOTES_AND_PUNCT = _QUOTE_CHARS + " ,.;:…"
#: a closing single quote with no opening one: a quoted phrase's end, not an apostrophe
_HALF_SINGLE_QUOTE = re.compile(r"(?<=[a-rt-z])’(?=\s|$)")


def _main_clause(sentence: str, limit: int = MAX_TITLE, min_words: int = 4) -> str:
    """The longest head of ``sentence`` that ends at a clause break and fits in ``limit``."""
    if len(sentence) <= limit and not _CLAUSE_BREAK.search(sentence):
        return sentence
    best = sentence if len(sentence) <= limit else ""
    for match in _CLAUSE_BREAK.finditer(sentence):
        head = sentence[: match.start()].rstrip(" ,;:-–—")
        if len(head) > limit:
            break
        words = head.split()
        if (
            len(words) >= min_words
            and head.count("(") == head.count(")")
            and sum(head.count(q) for q in '"“”') % 2 == 0
            and not _dangles(head, at_break=not match.group().strip().isalpha())
            and not _unfinished_clause(head)
            and not _cut_dash_aside(head)
            and not (match.group().strip().isalpha() and _infinitive_at_end(head))
        ):
            best = head
    return best


def _cut_dash_aside(head: str) -> bool:
    """True if ``head`` ends a few words into an aside after a dash: "A man has died in a
    crash - eight months" (cut before "after his brother died at the same spot")."""
    dash = _DASH.split(head)
    return len(dash) > 1 and len(dash[-1].split()) <= _SHORT_ASIDE_WORDS


#: "as she, …": a subordinate clause whose subject opens a list
_LIST_OF_SUBJECTS = re.compile(
    r"\s(?:as|when|while|because|after|before|since) (?:he|she|they|we|I),", re.I
)


def _unfinished_clause(head: str) -> bool:
    """True if ``head`` ends inside a clause it opened without reaching its verb: "… began
    on a sombre note when Australian Ann Lee" (cut before ", who …, had to withdraw"). Only a
    tail of names and function words counts: a verb list would miss "fell" or "don't"."""
    openers = list(_CLAUSE_OPENER.finditer(head))
    if not openers:
        return False
    # only names and function words after it: no verb can be among them
    tail = head[openers[-1].end() :].split()
    return all(word[:1].isupper() or word.lower() in stopwords() for word in tail)


def _is_name(speaker: Speaker) -> bool:
    """A headline needs a proper name: not "president", "He's" or "the source"."""
    parts = speaker.name.split()
    if not parts or not parts[0][:1].isupper() or parts[0].lower() in words().not_names:
        return False
    return not re.search(r"['’]s?$", parts[-1])


def _short_name(speaker: Speaker) -> str:
    if speaker.kind == SpeakerKind.PERSON:
        # Headlines name people by surname; suffixes such as "III" or "Jr." are not surnames.
        parts = [p for p in speaker.name.split() if not re.fullmatch(r"(?:[IVX]+|Jr\.?|Sr\.?)", p)]
        if parts:
            return parts[-1]
    name = speaker.name
    return name[0].upper() + name[1:] if name else "Source"


def _central_stems(text: str, sentences: list[Span], top: int = 12) -> set[str]:
    """Stems that recur across sentences: what the article is about."""
    counts: Counter[str] = Counter()
    for start, end in sentences:
        # dict keys keep first-seen order, so ties in most_common do not depend on the hash seed
        counts.update(dict.fromkeys(sentence_stems(text[start:end]), 1))
    return {stem for stem, n in counts.most_common(top) if n > 1}


def _written_headline(text: str) -> str | None:
    """The article's own headline, cut at a clause break if it is too long for the list."""
    span = headline_span(text)
    if span is None:
        return None
    line = " ".join(text[span[0] : span[1]].split()).rstrip(" .;")
    if len(line) <= MAX_TITLE:
        return line
    return _main_clause(line, min_words=3) or None


#: an opening of participles joined by "and" ("Famished and queuing despondently …, these
#: images …"): an adjunct whatever verb its own words hold
_PARTICIPLES = re.compile(r"[A-Z][a-z]+(?:ing|ed) and [a-z]+(?:ing|ed)\b")


def _main_words(sentence: str) -> str:
    """The sentence without an opening adjunct or an aside after its subject, so that the
    title starts with who or what the story is about and its verb follows."""
    concession = _CONCESSION.match(sentence)
    if (
        concession is not None
        and _concedes(concession.group("given"))
        and not _WEAK_START.match(concession.group("point"))
    ):
        sentence = concession.group("point")  # "… may only be small, but scientists are …"
    opener = _OPENING_ADJUNCT.match(sentence)
    if opener is None:
        opener = _OPENING_ADJUNCT_LOWER.match(sentence)
        if (
            opener is not None
            and _VERB.search(opener.group())
            and not _PARTICIPLES.match(sentence)
            and not _opens_subordinate_clause(sentence)
        ):
            # "In the aftermath the talk was of a side that, all of a sudden, …" (but "Before
            # Apple unveiled the watch, reports indicated …" is a clause that needs its verb)
            opener = None
    if opener is not None and len(sentence) - opener.end() > 20:
        sentence = sentence[opener.end() :]
    named = _ROLE_THEN_NAME.match(sentence)
    if named is not None and " and " not in named.group("role"):
        # "Argentina’s president, Cristina Fernandez de Kirchner, announced …": the name
        sentence = f"{named.group('name')} {sentence[named.end() :]}"
    aside = _SUBJECT_ASIDE.match(sentence)  # "Terry Martin, 48, pictured in 2012, shot …"
    if aside is not None:
        sentence = f"{aside.group('subject')} {sentence[aside.end() :]}"
    elif len(sentence) > MAX_TITLE:
        # "… when Australian Ann Lee, who reached the final in 2013, had to withdraw": a
        # relative clause set off by commas inside a longer clause
        sentence = _RELATIVE_ASIDE.sub(" ", sentence, count=1)
    return sentence


def _past_relative(sentence: str) -> tuple[str, int] | None:
    """The sentence without the relative clause after its subject, and where the main verb
    stood in ``sentence``; None if no main verb follows: "An Uber driver who was credited with
    stopping a shooting … will not face any charges" → "An Uber driver will not face …"."""
    relative = _SUBJECT_RELATIVE.match(sentence)
    if relative is None:
        return None
    rest = sentence[relative.end() :]
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", rest)]
    # the first word is the relative clause's own verb ("who was credited")
    w = words()
    # "who became famous after a picture of her was retweeted …": "after" opens a clause
    # whose verb is the next auxiliary, not the main verb
    opened = 0
    for (_, before), (at, word) in pairwise(tokens[1:]):
        if before.lower() in _SUBORDINATORS and not re.fullmatch(r"[a-z]+(?:ing|ly)", word):
            opened += 1  # (not "after claiming …", "before allegedly being …": no verb of its own)
        if word in w.title_auxiliaries and before.lower().strip(",") in w.title_inner_subjects:
            opened = max(0, opened - 1)  # "… after he was …": the opened clause's own verb
        elif word in w.title_auxiliaries:
            if opened:
                opened -= 1
                continue
            if before.endswith(","):
                return None  # "…, was …": an aside of its own, not the end of the clause
            return f"{relative.group('subject')} {rest[at:]}", relative.end() + at
        if before.endswith(","):
            # "A boy who took a nap in the car, apparently slept through …": the clause ended
            # at the comma; a verb or an adverb after it is the main clause's, else stop here
            # (an auxiliary further on is a later clause's: "… after the car was stolen")
            if _MAIN_VERB_AFTER_COMMA.fullmatch(word):
                return f"{relative.group('subject')} {rest[at:]}", relative.end() + at
            return None
    return None


def _phrase_cut(sentence: str, *, before_to: bool = True) -> str:
    """A long clause with no break that fits, cut before the last phrase that fits
    ("… hailed Diego Simeone as one of the world's best coaches | as the Italian …").
    A cut before "to" comes last: what went before often needs it ("in an attempt | to …",
    "will also look | to launch …")."""
    best = cut_before_to = ""
    for match in _PHRASE_BREAK.finditer(sentence):
        head = sentence[: match.start()].rstrip(" ,")
        if len(head) > MAX_TITLE:
            break
        dangling = (
            _dangles(head) or head.split()[-1].lower().endswith("ing") or _infinitive_at_end(head)
        )
        if (
            len(head.split()) >= 6
            and not dangling
            and not _splits_names(head, sentence[match.end() :], match.group())
            and not _LIST_OF_SUBJECTS.search(head)
            and _VERB.search(head)
            and not _second_clause_unfinished(head)
        ):
            if match.group() == " to ":
                cut_before_to = head
            else:
                best = head
    return best or (cut_before_to if before_to else "")


#: a comma and a conjunction that open a second clause: "James Foley was courageous, and …"
_SECOND_CLAUSE = re.compile(r", (?:and|but|or|yet) ")


def _opens_subordinate_clause(sentence: str) -> bool:
    """Whether ``sentence`` opens with a conjunction of a subordinate clause ("Before …"),
    whose own verb comes before the comma ("With …" opens a phrase, which needs none)."""
    lead = sentence.split(maxsplit=1)[:1]
    return bool(lead) and lead[0].lower() in words().subordinators - {"with"}


def _second_clause_unfinished(head: str) -> bool:
    """True if ``head`` ends inside a second clause before its verb: "James Foley was
    courageous, and his murder" leaves the murder hanging."""
    opened = list(_SECOND_CLAUSE.finditer(head))
    return bool(opened) and _VERB.search(head[opened[-1].end() :]) is None


def _infinitive_at_end(head: str) -> bool:
    """ "… safes to look | after the watches": an infinitive cut from its own particle."""
    words = head.split()
    # (a bare verb: "to Turkey" and "to earbuds" name where, not what to do)
    return (
        len(words) > 1
        and words[-2].lower() == "to"
        and words[-1].isalpha()
        and words[-1].islower()
        and not words[-1].endswith("s")
    )


def _splits_names(head: str, rest: str, cut: str) -> bool:
    """True if the cut is an "and" between two names ("… duo Al Kellock | and Dougie Hall") or
    between two adjectives after one article ("after an ugly | and offensive rant")."""
    if cut.strip() != "and":
        return False
    words = head.split()
    if len(words) > 1 and words[-2].lower() in _ARTICLES and _ADJECTIVE.fullmatch(words[-1]):
        return True
    return words[-1][:1].isupper() and rest[:1].isupper()


def _lead_headline(text: str, sentences: list[Span]) -> str:
    """The main clause of the lead sentence, trimmed to fit; cut at a phrase, or at a word
    with an ellipsis, rather than title the story with a later sentence's detail."""
    lead = _lead_index(text, sentences)
    if lead is None:
        return _cut_with_ellipsis(" ".join(without_dateline(text).split())) or "Untitled"
    sentence = " ".join(_lead_text(text, sentences[lead]).split()).rstrip(" .!?")
    sentence = _without_opening_words(sentence)
    label = _CAPTION_LABEL.match(sentence)
    if label is not None and text.count(label.group("label")) == 1:
        sentence = sentence[label.end() :]  # named nowhere else: a label, not a speaker
    sentence = _main_words(sentence)
    first, _, rest = sentence.partition(" ")
    if first in _CAPITAL_ARTICLES and rest[:1].islower():
        sentence = f"{first.capitalize()} {rest}"  # "THE scourge of ISIS …": a print lead-in
    sentence = sentence[:1].upper() + sentence[1:]
    head = _fitted(sentence)
    relative = _past_relative(sentence) if len(sentence) > MAX_TITLE else None
    if relative is not None and len(head) <= relative[1]:
        # "A pub landlord who was convicted of drink driving": the cut left out the main
        # verb, so the relative clause goes ("A pub landlord has vowed to never drink again")
        head = _fitted(relative[0]) or head
    return head or _cut_with_ellipsis(sentence) or "Untitled"


def _fitted(sentence: str) -> str:
    """``sentence`` if it fits, else its main clause (run on when thin), else a phrase of it
    that fits; "" if none does."""
    if len(sentence) <= MAX_TITLE and len(sentence.split()) >= 3:
        return sentence
    head = _main_clause(sentence, min_words=6)
    if head and len(head) < _THIN_TITLE:
        head = _with_what_happened(sentence, head)
    head = head or _phrase_cut(sentence) or _first_of_two_clauses(sentence)
    return _TRAILING_AGE.sub("", head)  # "… Laurice Hampton, 48"


def _first_of_two_clauses(sentence: str) -> str:
    """ "James Foley was courageous, and his murder … was so horrific that …": a short first
    clause with its verb, when the second is too long to fit; "" otherwise."""
    second = _SECOND_CLAUSE.search(sentence)
    if second is None or second.start() > MAX_TITLE or second.group() != ", and ":
        return ""  # ("…, but he's already …": the point comes after the concession)
    first = sentence[: second.start()]
    return first if len(first.split()) >= 3 and _VERB.search(first) else ""


def _cut_with_ellipsis(sentence: str) -> str:
    """Last resort (one enormous clause): whole words and an ellipsis that says so."""
    if len(sentence) <= MAX_TITLE:
        return sentence
    words = sentence[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(",;:").split()
    while len(words) > 3 and _dangles(" ".join(words)):
        words.pop()  # "… and Dougie Hall will both…" → "… and Dougie Hall…"
    return " ".join(words).rstrip(",;:") + "…"


def _with_what_happened(sentence: str, head: str) -> str:
    """A longer head than ``head`` when the main clause alone is thin: "A pensioner is living
    in fear" → "… after his Jack Russell saved him". It runs on through "after",
    "when" or "following", never past a comma or into a "which" clause, and stops at a phrase."""
    hard = _HARD_BREAK.search(sentence)
    clause = sentence[: hard.start()] if hard is not None else sentence
    # the run-on is a bonus: never one cut before "to" ("a video that claims | to show")
    longer = clause if len(clause) <= MAX_TITLE else _phrase_cut(clause, before_to=False)
    if len(longer) > len(head) and not _unfinished_clause(longer) and not _dangles(longer):
        return longer
    return head


#: a lead's first word in capitals, as print sets it ("THE scourge of ISIS …"; not "IS")
_CAPITAL_ARTICLES = frozenset({"THE", "AN", "THIS", "THESE", "THOSE"})


def _dangles(head: str, *, at_break: bool = False) -> bool:
    """True if ``head`` ends on a word that needs more after it: "… as she", "… the", or a
    participle after the clause's verb, "… is speaking out about frozen embryos created".
    Cut ``at_break`` (before a comma or a dash), a last preposition is stranded, its object
    already said: "It's not just UV rays that suncreams protect against | - …"."""
    w = words()
    parts = head.split()
    last = parts[-1].lower().strip(_QUOTES_AND_PUNCT)
    stranded = at_break and last in w.title_stranded
    if last in stopwords() and last not in w.title_object_pronouns and not stranded:
        return True
    if last in w.title_closing_adverbs:
        return True  # "… during repairs and is now" (cut before "under control")
    return (
        len(parts) > 2
        and re.fullmatch(r"[a-z]{2,}ed", parts[-1]) is not None
        and parts[-2].lower() not in w.title_auxiliaries | w.title_participle_leads
        and _VERB.search(" ".join(parts[:-1])) is not None
    )
