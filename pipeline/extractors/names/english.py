"""English names: runs of capitalised words classified by their head word.

A name is a run of capitalised words joined by connectors (of, for, and, &,
...; the lexicon of rules/names.yaml), classified by its head word
(Commission, Group, Park, Forum, ...; rules/organisations.yaml and
rules/projects.yaml). A capitalised start may continue in lower case up to
a lower-case head ("... industrial base"). Company lists ("enterprises such
as A, B, and C") add names without a head.

Cost: a line without any head word is skipped (one trigger search); text is
split into words only in the chunks that hold a head word.
"""

from __future__ import annotations

import string
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

import regex

from pipeline.extractors.names.rules import (
    ORGANISATIONS,
    PROJECTS,
    EnglishHead,
    NameRules,
    NameSpan,
    ScreenedPattern,
)

SENTENCE_END = ".!?。！？"
ASCII_LETTERS_AND_DIGITS = frozenset(string.ascii_letters + string.digits)
ENGLISH_LIST_ITEM = regex.compile(r"(?:[A-Z0-9][\w’'&\-]*)(?: [A-Z0-9][\w’'&\-]*)*")
ENGLISH_LIST_SEPARATOR = regex.compile(r",? and |, ")
# "the 14th Five-Year Plan", "the 6th ... Expo": an ordinal begins a name
ORDINAL = regex.compile(r"[0-9]+(?:st|nd|rd|th)")
# "China (Hainan) Pilot Free Trade Zone": a place in brackets inside a name
BRACKETED_PLACE = regex.compile(
    r"(?<![\w&'’\-] [A-Z][\w&'’\-]*|[\w&'’\-])[A-Z][\w\-]* \([A-Z][\w\-]*(?: [A-Z][\w\-]*)?\) $"
)

# "the Lanhai Special Region (LSR) Government": a name, its acronym in brackets, then its head
ACRONYM_BEFORE_HEAD = regex.compile(
    r"(?<![\w&'’\-])(?P<run>[A-Z][\w&'’\-]*(?:(?: (?:of|and|for|the))* [A-Z][\w&'’\-]*)*)"
    r" \((?P<acronym>[A-Z][A-Z&]{1,9})\)(?P<head>(?: [A-Z][\w&'’\-]*){1,3})(?![\w&'’\-]| [A-Z])"
)

# "the U.S. Commerce Department": a country written with full stops before a body's name
DOTTED_COUNTRY = regex.compile(r"(?<![\w.])(?:U\.S\.|U\.K\.|U\.N\.) $")

# "Lanhai No. 1 People's Hospital": a place and a number sign before a numbered name
NUMBERED = regex.compile(r"(?<![\w&'’\-])[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*)* No\.? $")

# "Phase II", "Expo 2024", "Terminal 3", "Zone A": numbers and letters after a head
# years or numbers joined by a slash or a dash: "2030/2035", "2024–2026"
NUMBER_RANGE = regex.compile(r"[0-9]+(?:[/–\-][0-9]+)+")
# a year or a financial year before a kind of document ("2020/21 Annual Report")
REPORT_YEAR = regex.compile(r"(?:FY)?(?:19|20)[0-9]{2}(?:[/–\-][0-9]{2,4})?")
ROMAN_OR_NUMBER = regex.compile(r"[0-9]+(?:st|nd|rd|th)?|[IVX]+|[A-Z]")

Token = tuple[int, int, str]


def english_tokens(text: str, rules: NameRules, start: int = 0, end: int | None = None) -> list[Token]:
    """(start, end, word) of each English word in text[start:end]."""
    end = len(text) if end is None else end
    return [
        (match.start(), match.end(), match.group())
        for match in rules.english_token.finditer(text, start, end)
    ]


def _is_capitalised(word: str) -> bool:
    # a number with a capitalised unit or word joined to it goes on with a
    # name ("300,000-Tonne", "100MW/200MWh"), and so does a range of years
    # ("2030/2035", "2024–2026"); "12-inch" does not
    return (
        word[0].isupper()
        or word.isdigit()
        or ORDINAL.fullmatch(word) is not None
        or (word[0].isdigit() and any(char.isupper() for char in word))
        or NUMBER_RANGE.fullmatch(word) is not None
    )


def _runs(
    text: str, tokens: list[Token], connectors: frozenset[str], breaks: frozenset[str] = frozenset()
) -> list[list[int]]:
    """Index lists of capitalised-word runs, joined by connectors and single spaces.

    A word of `breaks` (a headline's verb in title case: "Opens", "Seeks")
    belongs to no run, nor does that verb's bare form after "To" ("Lanhai
    Firm To Build New Plant").
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for index, (start, _end, word) in enumerate(tokens):
        joined = bool(current) and start - tokens[current[-1]][1] == 1 and text[start - 1] == " "
        if not joined and current:
            runs.append(current)
            current = []
        if index and tokens[index - 1][2] == "To" and (f"{word}s" in breaks or f"{word}es" in breaks):
            if current:
                runs.append(current)
                current = []
            continue  # "To Build": a headline's verb
        if (_is_capitalised(word) and word not in breaks) or (current and word in connectors):
            current.append(index)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        while run and tokens[run[-1]][2] in connectors:
            run.pop()
        if run:
            trimmed.append(run)
    return trimmed


# (a place's name of one or two words, then its level: Lanjiang County, Hong Kong SAR)
_PLACE_PARTY_WORDS = 3
_GOVERNMENT = "government"


def _split_phrases(run: list[int], tokens: list[Token], rules: NameRules) -> list[list[int]]:
    """Split a run into names at a joiner ("and", "&"): right after a head word
    or a place's level before a name with a head ("Lanjiang County and Lanhai
    Group"), before an article ("Hong Kong and the Trade Council"), or between two
    stretches that each hold a head ("Chinese Academy of Medical Sciences and
    Peking Union Medical College")."""
    heads, joiners = rules.english_heads, rules.joiners
    words = [tokens[index][2] for index in run]
    # "from Qianhai Port to Shekou Ferry Terminal": two places, not one name
    route = run[0] > 0 and tokens[run[0] - 1][2] in ("from", "From")
    parts: list[list[int]] = [[]]
    for position, index in enumerate(run):
        word = words[position]
        previous = words[position - 1] if position else ""
        following = words[position + 1] if position + 1 < len(words) else ""
        if route and word == "to" and parts[-1]:
            parts.append([])
            continue
        if (
            _work_on_work(words, position, rules)
            or _body_in_work(words, position, rules)
            or _programme_of_body(words, position, rules)
            or _body_on_programme(words, position, run, tokens, rules)
        ):
            # "X Tunnel on the Y Railway", "X Co Ltd in the Y Zone", "X Scheme
            # of the Y Department": each is named
            parts.append([])
            continue
        if word == "the" and previous in (*_WORK_LINKS, "in") and not parts[-1]:
            continue
        if (
            word in joiners
            and parts[-1]
            and (
                (
                    (
                        (
                            previous in heads
                            # ("Development and Reform Commission": an activity head is a body's field)
                            and previous not in rules.english_activity_heads
                        )
                        # ("Lanhai Gold Exchange and Qiaoyun Bank": a head of two words too)
                        or (position > 1 and (words[position - 2], previous) in rules.english_compound_heads)
                    )
                    and not _modifier_head(words, position, parts[-1], tokens, rules)
                    and not _bare_head_after(words, position, rules)
                )
                or (following in rules.split_articles and not _portfolios_before(parts[-1], tokens, rules))
                or (
                    _head_continued(parts[-1], tokens, rules)
                    and _holds_head_before_joiner(words, position + 1, rules)
                    # ("Bureau of the National Science and Technology Council": two fields, one body)
                    and not (previous in rules.portfolio_words and following in rules.portfolio_words)
                )
                or _trade_before_company(words, position, parts[-1], tokens, rules)
                # ("HSBC and Standard Chartered Bank": a known brand alone is a party of its own)
                or (
                    " ".join(tokens[index][2] for index in parts[-1]) in rules.english_known_alone
                    and _holds_head_before_joiner(words, position + 1, rules)
                )
                or (
                    # "Lanjiang County and Lanhai Group": a place with its level is a party of its own
                    previous in rules.english_place_nouns
                    and len(parts[-1]) <= _PLACE_PARTY_WORDS
                    # ("County and City Planning Bureau", "Province and Rural Affairs": one body)
                    and following not in rules.portfolio_words
                    and following not in rules.english_place_nouns | rules.english_place_heads
                    and _holds_head_before_joiner(words, position + 1, rules)
                )
            )
        ):
            parts.append([])
            continue
        parts[-1].append(index)
        if (
            word[-2:] in ("'s", "’s")
            and (word[:-2] in heads or (previous, word[:-2]) in rules.english_compound_heads)
            and position + 1 < len(words)
            and not _body_of_body(words, position, _first_head(words, position + 1, rules), rules)
        ):
            # "Zhongguancun Science Park's Changping Park", "the Lanhai Stock Exchange's
            # STAR board": the owner is a name of its own
            parts.append([])
    return [part for part in parts if part]


def _words_after_joiner(words: list[str], position: int, rules: NameRules) -> list[str]:
    """The words after the joiner at `position`, up to the next joiner or continuation."""
    after: list[str] = []
    for word in words[position + 1 :]:
        if word in rules.joiners or word in rules.continuations:
            break
        after.append(word)
    return after


def _trade_before_company(
    words: list[str], position: int, part: list[int], tokens: list[Token], rules: NameRules
) -> bool:
    """True when the joiner at `position` stands between two companies' names.

    Before it a name of two words at least ends with a trade ("Lanmei
    Development"); after it a name of two words at least ends with a
    company's head ("Qiaoyun Holdings") and begins with neither a portfolio
    nor a trade ("National Development and Reform Commission", "Lanhai
    Construction and Engineering Group" are one name each).
    """
    before = [tokens[index][2] for index in part if tokens[index][2] not in rules.leading_words]
    if len(before) < 2 or words[position - 1] not in rules.trade_words:
        return False
    after = _words_after_joiner(words, position, rules)
    if len(after) < 2 or after[0] in rules.portfolio_words or after[0] in rules.trade_words:
        return False
    head = rules.english_heads.get(after[-1])
    return head is not None and head.table == ORGANISATIONS and head.kind == "company"


def _bare_head_after(words: list[str], position: int, rules: NameRules) -> bool:
    """True when an event's head before the joiner at `position` and a venue's head of two
    words alone after it make one venue.

    "the Lanhai Exhibition and Convention Center" is one venue: the venue's
    head has no name of its own before it, and shares the event's.
    """
    before = rules.english_heads.get(words[position - 1]) if position else None
    if before is None or before.kind != "event":
        return False
    after = _words_after_joiner(words, position, rules)
    venue = rules.english_compound_heads.get((after[0], after[1])) if len(after) == 2 else None
    return venue is not None and venue.kind == "facility"


def _portfolios_before(part: list[int], tokens: list[Token], rules: NameRules) -> bool:
    """True when the words before "and the" are a body's portfolios, not a name of their own:
    "Financial Services and the Treasury Bureau" is one name ("Lanhai and the
    Trade Council" are two)."""
    words = [tokens[index][2] for index in part if tokens[index][2] not in rules.leading_words]
    return bool(words) and all(word in rules.portfolio_words or word in rules.connectors for word in words)


def _modifier_head(
    words: list[str], position: int, part: list[int], tokens: list[Token], rules: NameRules
) -> bool:
    """True when the head word before the joiner at `position` stands alone and a longer
    organisation name follows: "Securities and Futures Commission" is one name.

    A known place may come before that head when one word and a head follow
    ("Lanhai Customs and Excise Department"), a word that begins no other
    name: neither a place nor a word in pinyin ("Lanhai Customs and Qiantang
    Customs" are two).
    """
    before = [tokens[index][2] for index in part if tokens[index][2] not in rules.leading_words]
    placed = len(before) > 1 and " ".join(before[:-1]) in rules.english_acting_places
    if placed:
        before = before[-1:]
    if len(before) != 1 or before[0] in rules.legal_tails:
        return False  # ("Co., Ltd and Delong Optics Limited": a legal form ends a name)
    after = _words_after_joiner(words, position, rules)
    heads = rules.english_heads
    if placed and (
        len(after) != 2
        or after[0] in rules.english_acting_places
        or (rules.pinyin_word is not None and rules.pinyin_word.fullmatch(after[0]) is not None)
    ):
        return False
    return len(after) >= 2 and after[-1] in heads and heads[after[-1]].table == ORGANISATIONS


def _head_continued(part: list[int], tokens: list[Token], rules: NameRules) -> bool:
    """True when the words hold an organisation head continued by "of", "for" (Academy of ...)."""
    words = [tokens[i][2] for i in part]
    return any(
        word in rules.english_heads
        and rules.english_heads[word].table == ORGANISATIONS
        and following in rules.continuations
        for word, following in zip(words, words[1:], strict=False)
    )


def _holds_head_before_joiner(words: list[str], start: int, rules: NameRules) -> bool:
    """True when words[start:] end with an organisation head before the next joiner or
    continuation ("Peking Union Medical College"; not "Medical Devices")."""
    last = ""
    for word in words[start:]:
        if word in rules.joiners or word in rules.continuations:
            break
        last = word
    return last in rules.english_heads and rules.english_heads[last].table == ORGANISATIONS


def _goes_on_after_head(word: str, rules: NameRules) -> bool:
    """True for a word that may follow a name's head: a phase, a number, a legal form."""
    return (
        word in rules.after_head_words
        or word in rules.legal_tails
        or word in rules.english_heads
        or word in rules.connectors
        or ROMAN_OR_NUMBER.fullmatch(word) is not None
    )


def _named_site(text: str, tokens: list[Token], first: int, head: int, rules: NameRules) -> bool:
    """True when a plant or a fab in lower case (tokens[head]) closes a name that starts at tokens[first].

    Not after an indefinite article ("an AI server plant"), and only before
    a break or a word that starts what is said of it ("the Lanhai battery
    plant is", "its Qingxi fab in"): before another noun it describes that
    noun ("fab sites", "plant operator").
    """
    if first and tokens[first - 1][2].lower() in rules.english_site_not_after:
        return False
    after = text[tokens[head][1] : tokens[head][1] + 1]
    if not after or not (after.isalnum() or after == " "):
        return True
    if after != " " or head + 1 >= len(tokens) or tokens[head + 1][0] != tokens[head][1] + 1:
        return False
    return tokens[head + 1][2] in rules.english_site_followers


def _town_site(tokens: list[Token], first: int, run_words: list[str], head: str, rules: NameRules) -> bool:
    """True when a town's or a site's name alone names the site after it ("the Valmora plant").

    A large city, a province, a country or a nationality alone (`english_not_short`:
    "its Shanghai plant", "a German plant") says where the plant is, and so does
    a place after a word that describes the plant ("a second Qingxi plant",
    "its new Lanhai plant"); an owner's possessive before the place is no part of it.
    A known company's name, a numeral or an acronym is the owner or the phase
    ("the Samsung plant", "the phase II plant").
    """
    if head not in rules.english_town_site_heads:
        return False
    named = [word for word in run_words if not (word.endswith(("'s", "’s")) or _is_leading(word, rules))]
    if (
        len(named) != 1
        or named[0] in rules.english_not_short
        or named[0] in rules.english_known
        or named[0].isupper()
        or not named[0].isalpha()
    ):
        return False
    return not (first and tokens[first - 1][2].lower() in rules.english_site_described)


def _place_of_project(words: list[str], position: int, head: EnglishHead, rules: NameRules) -> bool:
    """True when "of" after a park's head names the place it lies in ("X Zone of Lanhai City")."""
    if head.table != PROJECTS or words[position] not in rules.place_locatives:
        return False
    rest = [word for word in words[position + 1 :] if word not in rules.connectors]
    return (
        bool(rest)
        and rest[-1] in rules.english_place_nouns | rules.english_place_heads
        and not any(word in rules.english_heads for word in rest[:-1])
    )


def _is_leading(word: str, rules: NameRules) -> bool:
    """True for a word that begins a noun phrase, not a name ("The", "Shenzhen-based")."""
    return word in rules.leading_words or word.endswith(rules.leading_suffixes)


def _counts_a_noun(words: list[str], following: str, rules: NameRules) -> bool:
    """True when a number word first in `words` counts a plural noun, not a name's first word.

    The noun is the lower-case word `following` the capitalised words ("Two
    Biotech firms") or their last word ("Three Research Institutes"); a
    number word alone leads nothing either.
    """
    return (
        len(words) < 2
        or not words[1][:1].isupper()
        or following in rules.counted_nouns
        or words[-1].lower() in rules.counted_nouns
    )


def _leads_phrase(words: list[str], position: int, following: str, rules: NameRules) -> bool:
    """True when words[position] begins a noun phrase, not the name ("The", "Two ... firms").

    A number word is the first word of a name unless it counts a noun:
    "Three Gorges Dam Company", "Five Star Holdings".
    """
    word = words[position]
    if word in rules.count_words:
        return _counts_a_noun(words[position:], following, rules)
    return _is_leading(word, rules)


def _dates_name(words: list[str], position: int, head_at: int, rules: NameRules) -> bool:
    """True when words[position] is a month or weekday (maybe after "Last") before two words of a name."""
    if words[position] in rules.date_leads and position + 1 < len(words):
        position += 1
    return words[position] in rules.date_words and head_at - position >= 2


def _is_date_word(word: str, rules: NameRules) -> bool:
    return word.isdigit() or word in rules.date_words


def _sentence_start(text: str, position: int) -> bool:
    """True when only spaces and sentence punctuation precede `position` on its sentence."""
    index = position
    while index > 0 and text[index - 1] in ' "“‘':
        index -= 1
    return index == 0 or text[index - 1] in SENTENCE_END


def _owner_end(words: list[str], first: int, last: int, rules: NameRules) -> int | None:
    """Position of an owner's possessive ("Hong Kong's") or of where a company is
    based or listed ("Hong Kong-listed") inside words[first:last], or None.

    A possessive that is a word of the name ("People's") is no owner, and
    what follows the owner must be more than one word ("Mary's Hospital"
    keeps its saint).
    """
    for position in range(last - 1, first, -1):
        word = words[position]
        if word.endswith(rules.leading_suffixes):
            return position  # "Hong Kong-listed Lanmei Bio": where it is listed
        if position < last - 1 and word.endswith(("'s", "’s")) and word not in rules.name_possessives:
            return position
    return None


def _first_head(words: list[str], position: int, rules: NameRules) -> EnglishHead | None:
    """The first head word from words[position] on, before any joiner, or None."""
    for word in words[position:]:
        if word in rules.joiners:
            return None
        if word in rules.english_heads:
            return rules.english_heads[word]
    return None


def _body_of_body(words: list[str], owner: int, head: EnglishHead | None, rules: NameRules) -> bool:
    """True when words[owner] is a government body's possessive and the name after it one of its bodies.

    "the Qiantang Council's Finance Committee", "the MOEA's Energy
    Commission": the committee is named with the body it belongs to, as "the
    MOEA's Department of Statistics" is; a place's possessive ("Hong Kong's
    Investment Promotion Agency") and a body's possessive before a research
    centre or a company stay out, and so does a head alone ("the Council's")
    or before a weak head ("Expert Panel", "Customer Service" name nothing).
    """
    if head is None or head.kind != _GOVERNMENT:
        return False
    if any(word in rules.weak_heads for word in words[owner + 1 :]):
        return False
    body = words[owner][:-2]
    known = rules.english_known.get(body)
    if known is not None:
        return known.kind == _GOVERNMENT
    if not owner or not words[owner - 1][:1].isupper() or _is_leading(words[owner - 1], rules):
        return False
    owning = rules.english_heads.get(body)
    if (words[owner - 1], body) in rules.english_compound_heads:
        owning = rules.english_compound_heads[(words[owner - 1], body)]
    return owning is not None and owning.kind == _GOVERNMENT


def _common_phrase(text: str, words: list[str], first: int, last: int, start: int, rules: NameRules) -> bool:
    """True when a name closed by a weak head may be a common phrase in capitals.

    It is one before another capitalised word ("Venture Capital Investment")
    and one of two words first in its sentence or on a title-case line
    ("Human Capital matters"); unless it begins with a word in pinyin (a
    Chinese brand: "Qiaoyun Capital"), also one of two words anywhere
    ("Patient Capital") and one first in its sentence or on a title-case line.
    """
    if (
        last + 1 < len(words)
        and words[last + 1][:1].isupper()
        and not _goes_on_after_head(words[last + 1], rules)
    ):
        return True
    if (
        words[first].isupper()
        and len(words[first]) > 1
        and words[first] not in rules.english_acronym_stop_words
    ):
        return False  # "GE Healthcare": an acronym first is a brand's
    if "&" in words[first:last]:
        return False  # "Lanhai & Partners": an ampersand joins a firm's name
    named = sum(word not in rules.connectors for word in words[first : last + 1])
    if named < 3 and (_sentence_start(text, start) or _title_case(text)):
        # ("Human Capital matters": two words first in a sentence need a company's verb,
        # english_acting, even when the first could be pinyin)
        return True
    if rules.pinyin_word is not None and rules.pinyin_word.fullmatch(words[first]):
        return False
    return named < 3 or _sentence_start(text, start) or _title_case(text)


def _upper_case(text: str) -> bool:
    """True for a line written in capitals (a headline): three words or more, nearly all upper case."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return len(words) >= 3 and sum(word.isupper() for word in words) >= 0.8 * len(words)


# Lower-case words that a headline in title case keeps in lower case.
HEADLINE_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs")
)


@lru_cache(maxsize=16)
def _title_case(text: str) -> bool:
    """True for a line whose words are mostly capitalised (a headline).

    A short sentence full of names is none: a line that ends with a full
    stop and holds a lower-case word other than a headline's small words
    ("Lanmei Healthcare declined comment.").
    """
    words = [word for word in text.split() if word[:1].isalpha()]
    if len(words) < 3 or sum(word[0].isupper() for word in words) < 0.6 * len(words):
        return False
    return not (
        text.rstrip().endswith((".", "!", "?"))
        and any(word.islower() and word.strip(".,;:!?") not in HEADLINE_SMALL_WORDS for word in words)
    )


def _person_after_portfolio(words: list[str], head_end: int, last: int, rules: NameRules) -> bool:
    """True when a Chinese person's name in pinyin closes a continuation ("of Commerce Li Ming").

    The two last words are pinyin syllables written as a name (Li Ming,
    Zhou Yuan-hua), the word before them is neither pinyin nor a connector,
    and a continuation lies between the head and them.
    """
    if rules.pinyin_word is None or last - 2 <= head_end:
        return False
    before = words[last - 2]
    if before in rules.connectors or rules.pinyin_word.fullmatch(before):
        return False
    if not any(word in rules.continuations for word in words[head_end + 1 : last - 1]):
        return False
    return all(
        word[:1].isupper() and all(rules.pinyin_word.fullmatch(part) for part in word.split("-"))
        for word in words[last - 1 : last + 1]
    )


# Words that bring in the larger work a work is part of ("X Tunnel on the Y Railway").
_WORK_LINKS = ("on", "of")
_WORK_KINDS = ("facility", "park")


def _is_work_head(word: str, rules: NameRules) -> bool:
    head = rules.english_heads.get(word)
    return head is not None and head.table == PROJECTS and head.kind in _WORK_KINDS


def _ends_in_work_head(words: list[str], end: int, rules: NameRules) -> bool:
    """True when the word before `end` closes a work's head, of one word or of two ("Ship Lock")."""
    if _is_work_head(words[end - 1], rules):
        return True
    head = rules.english_compound_heads.get((words[end - 2], words[end - 1])) if end >= 2 else None
    return head is not None and head.table == PROJECTS and head.kind in _WORK_KINDS


def _work_on_work(words: list[str], position: int, rules: NameRules) -> bool:
    """True when "on the"/"of the" at `position` links a named work to another named work."""
    if words[position] not in _WORK_LINKS or words[position + 1 : position + 2] != ["the"]:
        return False
    if position < 2 or not _ends_in_work_head(words, position, rules):
        return False
    # (a railway line is a work too, though Line alone is no head: "X Station on the Y Line")
    return any(_is_work_head(word, rules) or word in rules.route_words for word in words[position + 3 :])


def _programme_of_body(words: list[str], position: int, rules: NameRules) -> bool:
    """True when "of the" at `position` links a programme to the body that runs it.

    "the Smart Port Programme of the Lanhai Marine Department": the programme
    and the department are each named (an event of a body stays one name:
    "the Annual Meeting of the Lanhai Robotics Alliance").
    """
    if words[position] != "of" or words[position + 1 : position + 2] != ["the"] or position < 2:
        return False
    head = rules.english_heads.get(words[position - 1])
    if head is None or head.table != PROJECTS or head.kind != "program":
        return False
    rest = words[position + 2 :]
    after = [rules.english_heads.get(word) for word in rest]
    # ("of the Surgical Skills Training Center": a head of two words that names a work)
    after += [rules.english_compound_heads.get(pair) for pair in zip(rest, rest[1:], strict=False)]
    return any(head is not None and head.table == ORGANISATIONS for head in after) and not any(
        head is not None and head.table == PROJECTS for head in after
    )


def _body_on_programme(
    words: list[str], position: int, run: list[int], tokens: list[Token], rules: NameRules
) -> bool:
    """True when "on the" at `position` follows a body's head and leads to a programme or a policy.

    "a report from the Lanhai Transport Office on the Smart Port
    initiative", "the Marine Bureau on the Clean Harbour Plan": the body and
    what it reports on are each named. The programme is shown by its own
    head, or by a lower-case one right after the run; without either the
    words after "on the" are the body's remit ("Commission on the Status of
    Women" stays one name).
    """
    if words[position] != "on" or words[position + 1 : position + 2] != ["the"] or position < 1:
        return False
    head = rules.english_heads.get(words[position - 1])
    if head is None or head.table != ORGANISATIONS:
        return False
    after = [rules.english_heads.get(word) for word in words[position + 2 :]]
    if any(head is not None and head.table == ORGANISATIONS for head in after):
        return False
    programmes = ("program", "policy")
    if any(head is not None and head.table == PROJECTS and head.kind in programmes for head in after):
        return True
    following = run[-1] + 1
    if following >= len(tokens) or tokens[following][0] - tokens[run[-1]][1] != 1:
        return False
    tail = rules.english_lowercase.get(tokens[following][2])
    return tail is not None and tail.table == PROJECTS and tail.kind in programmes


def _body_in_work(words: list[str], position: int, rules: NameRules) -> bool:
    """True when "in the" at `position` follows a body's name and leads to a named work.

    "X Co Ltd in the Y Zone", "Bank of X in the Y Zone": the body is where
    the work is, each named.
    """
    if words[position] != "in" or words[position + 1 : position + 2] != ["the"] or position < 2:
        return False
    heads = (rules.english_heads.get(word) for word in words[:position])
    if not any(head is not None and head.table == ORGANISATIONS for head in heads):
        return False
    return any(_is_work_head(word, rules) for word in words[position + 3 :])


def _programme_action(words: list[str], action_start: int, phrase_start: int, rules: NameRules) -> bool:
    """True when words[action_start:phrase_start - 1], before "of", name what a programme does.

    "Revitalization of Northeast China strategy", "Rise of Central China plan":
    one or two capitalised words, none a head, a title, a place or a leading
    word, then "of" and what the programme acts on.
    """
    if action_start < 0 or words[phrase_start - 1] != "of":
        return False
    action = words[action_start : phrase_start - 1]
    while action and _is_leading(action[0], rules):
        action = action[1:]  # ("The Revitalization of ...": the article is no part of it)
    return (
        1 <= len(action) <= 2
        and (action[-1] in rules.programme_actions or action[-1].endswith(rules.programme_action_endings))
        and all(
            word[:1].isupper()
            and word not in rules.english_heads
            and word not in rules.english_acting_titles
            and word not in rules.english_acting_places
            for word in action
        )
    )


def _place_before_level(tokens: list[Token], first: int, next_index: int, rules: NameRules) -> bool:
    """True for a Chinese place written in pinyin before a level of government ("Wuxi municipal")."""
    word = tokens[first][2]
    return (
        rules.pinyin_word is not None
        and next_index < len(tokens)
        and tokens[next_index][2] in rules.body_levels
        and word not in rules.english_acting_stop_words
        and rules.pinyin_word.fullmatch(word) is not None
    )


def _english_name(
    text: str, part: list[int], tokens: list[Token], rules: NameRules, next_index: int
) -> NameSpan | None:
    """The name in one run part, classified by the last head before any continuation."""
    words = [tokens[i][2] for i in part]
    continuations, connectors = rules.continuations, rules.connectors
    # The head phrase: the first stretch between continuations that holds a head.
    phrase_start = 0
    head: EnglishHead | None = None
    located = len(words)
    possessive_head = False
    head_at = -1  # where the head phrase's head begins
    head_end = -1  # and where it ends (a compound head has two words)
    action_start = -1  # "Revitalization of ...": where a headless action before "of" began
    for position, word in enumerate(words):
        if word == "the" and head is None and position and words[position - 1] not in connectors:
            # "Meanwhile the China Council ...": "the" starts the name unless a
            # connector brings it in ("Council for the Promotion of ...")
            phrase_start = position + 1
            continue
        if position == len(words) - 1 and word.endswith(("'s", "’s")) and word[:-2] in rules.english_heads:
            # "the Central Government's call": the head before its possessive
            head = rules.english_heads[word[:-2]]
            possessive_head = True
            # ("Lanhai Medical University's": the last head, not "Medical", ends the name)
            head_at = head_end = position
            continue
        if (
            position == len(words) - 1
            and word.endswith(("'s", "’s"))
            and (compound := (words[position - 1], word[:-2])) in rules.english_compound_heads
        ):
            # "the Lanhai Stock Exchange's board": a head of two words before its possessive
            head = rules.english_compound_heads[compound]
            possessive_head = True
            head_at, head_end = position - 1, position
            continue
        if word in continuations or (position and word in rules.headline_prepositions):
            if head is not None:
                after_head = (
                    words[position - 1] in rules.english_heads
                    or tuple(words[position - 2 : position]) in rules.english_compound_heads
                )
                if (
                    after_head
                    and (
                        word in rules.locatives
                        # ("Brennmark AG of Stuttgart": a legal form ends a name, of says where it is)
                        or words[position - 1] in rules.closing_legal_forms
                        # ("The Industrial Park of Lanhai County": too short to be a name without it)
                        or (
                            sum(not _is_leading(named, rules) for named in words[phrase_start:position]) >= 3
                            and _place_of_project(words, position, head, rules)
                        )
                    )
                ):
                    located = position  # "Guian New Area in Guizhou": where it is, not its name
                break
            action_start = phrase_start if word == "of" and position > phrase_start else -1
            phrase_start = position + 1
        elif position and (words[position - 1], word) in rules.english_compound_heads:
            head = rules.english_compound_heads[(words[position - 1], word)]
            head_at, head_end = position - 1, position
        elif word in rules.english_heads:
            head = rules.english_heads[word]
            head_at = head_end = position
    following = ""
    if next_index < len(tokens) and tokens[next_index][0] == tokens[part[-1]][1] + 1:
        following = tokens[next_index][2]
    while phrase_start < len(words):
        word = words[phrase_start]
        if (word in rules.count_words or word.isdigit()) and _counts_a_noun(
            words[phrase_start:], following, rules
        ):
            return None  # "Two Biotech firms", "28 Class III Medical Devices": a counted noun phrase
        if (
            head is not None
            and head.kind == "company"
            and head_at - phrase_start >= 2
            and word.lower() in rules.english_acting_descriptors
            and _sentence_start(text, tokens[part[phrase_start]][0])
        ):
            phrase_start += 1  # "Brokerage Qiaoyun Securities said": what the company is, first
            continue
        if _dates_name(words, phrase_start, head_at, rules):
            # "In January Lanmei Biotech announced": the date of what the name does
            phrase_start += 2 if words[phrase_start] in rules.date_leads else 1
            continue
        if word.endswith("-owned") and head is not None and head.kind == "government":
            break  # "State-owned Assets ... Commission": no body is owned, so the word is of its name
        if not (word in connectors or _leads_phrase(words, phrase_start, following, rules)):
            break
        phrase_start += 1
    if phrase_start >= len(words) or all(word in rules.legal_tails for word in words[phrase_start:]):
        return None  # nothing but a legal form ("Ltd" after "Co.,"): the tail of the name before
    if (
        head_at == phrase_start == head_end < len(words) - 1
        and words[head_at].endswith("s")
        and not words[head_at].endswith("ss")
        and _sentence_start(text, tokens[part[phrase_start]][0])
    ):
        return None  # "Labs on the Qiaoyun Science Island grew": a plural noun first in a sentence
    start = tokens[part[phrase_start]][0]
    last = located - 1
    # After the head only a phase, a number or a legal form goes on with the
    # name ("Plant Phase II", "Expo 2024", "Group Co Ltd"); another word ends
    # it: a person's title ("Kelan Motors CEO Zhou Lin") or a headline's verb
    # ("Lanhai Science City Opens").
    run_last = last
    if head_end >= 0:
        for position in range(max(head_end, phrase_start) + 1, last + 1):
            word = words[position]
            if word in continuations or word in rules.headline_prepositions:
                break  # "Office of the Chief Executive": what follows is what the office serves
            if not _goes_on_after_head(word, rules):
                last = position - 1
                break
        while last > head_end and words[last] in connectors:
            last -= 1  # ("Lanhai Stock Exchange and Clearing": a joiner ends no name)
    # A trailing "in May" / "for 2030" is a date, not part of the name.
    # ("on November 25": the date words after the continuation, then the continuation)
    dated = last
    while dated > phrase_start + 1 and _is_date_word(words[dated], rules):
        dated -= 1
    if dated < last and dated > phrase_start and words[dated] in continuations:
        last = dated - 1
    if head_end >= 0 and _person_after_portfolio(words, head_end, last, rules):
        last -= 2  # "Bureau of Commerce Li Ming said": the official after the body
    end = tokens[part[last]][1] - (2 if possessive_head and last == len(words) - 1 else 0)
    # A capitalised start that continues in lower case up to a lower-case head
    # ("Beijing Junming Medical health diagnosis industrial base"); a lone
    # sentence-initial word ("Building a platform") or a lone abbreviation
    # ("R&D pilot base") does not start a name.
    tail_end = None
    first = part[phrase_start]
    lone = len(part) - phrase_start == 1
    # ("Ningbo's development and reform commission": a place's possessive
    # starts a name wherever it stands)
    possessive = tokens[first][2].endswith(("'s", "’s")) and tokens[first][2] not in rules.name_possessives
    lone_initial = (
        lone
        and not possessive
        and tokens[first][2] not in rules.english_acting_places  # "Hubei provincial government"
        and not _place_before_level(tokens, first, next_index, rules)
        and (_sentence_start(text, tokens[first][0]) or "&" in tokens[first][2])
    )
    run_words = [tokens[part[position]][2] for position in range(phrase_start, last + 1)]
    owners = [word.endswith(("'s", "’s")) and word not in rules.name_possessives for word in run_words]
    # ("Qiaoyun's Lanhai green ammonia plant": a possessive that opens the run
    # before more capitalised words is the owner of a site they name, as "its"
    # is; the name begins after it. Words with a head of their own name
    # something else, which the lower-case words describe: "Lanhai's
    # Department of Commerce strategy")
    owner_first = possessive and head is None and len(run_words) > 1 and not any(owners[1:])
    # ("Lanhai City's largest housing project": an owner of several words too)
    owned = not owner_first and (possessive or any(owners))
    named_words = sum(
        not (_is_leading(word, rules) or word in connectors)
        for word in words[phrase_start + owner_first : last + 1]
    )
    # ("Lanhai Hi-Tech Zone's management committee": the body that runs a park, named by it)
    park_owner = possessive_head and head is not None and head.table == PROJECTS
    for offset in range(
        rules.max_lowercase_tail if not (lone_initial or possessive_head) or park_owner else 0
    ):
        index = next_index + offset
        if index >= len(tokens):
            break
        previous_end = tokens[index - 1][1]
        token_start, token_end, word = tokens[index]
        if token_start - previous_end != 1 or text[previous_end] != " " or word in rules.articles:
            break
        if word in rules.tail_stops:
            break
        # "science technology and economy commission": a joiner may link the
        # lower-case words; another connector ("of the", "in") ends the tail
        if word in connectors and word not in rules.joiners:
            break
        compound = (
            rules.english_lowercase_compounds.get((word, tokens[index + 1][2]))
            if index + 1 < len(tokens) and tokens[index + 1][0] - token_end == 1
            else None
        )
        if compound is not None:
            # "the Qianhai Lanwan distribution centre"; "its Nansha distribution
            # centre" (a place alone says where it is) and "a Lanhai Port
            # distribution centre" (one of a kind) name none, as before a plant
            described = first and tokens[first - 1][2].lower() in rules.english_site_not_after
            # ("the Lanshan wind farm": a town's or a site's name alone names a farm)
            placed = (
                offset == 0
                and named_words < 2
                and not _town_site(tokens, first, run_words, f"{word} {tokens[index + 1][2]}", rules)
            )
            if not (owned or park_owner or described or placed):
                tail_end = (tokens[index + 1][1], compound)
            break
        if word in rules.english_lowercase:
            if rules.english_lowercase[word].table == PROJECTS and (
                owned
                or park_owner
                or (word in rules.weak_lowercase_heads and named_words < 2)
                or (word in rules.placed_lowercase_heads and offset == 0 and named_words < 2)
                or _generic_run(words[phrase_start : last + 1], rules)
            ):
                break  # "Lanhai's new project", "the Lanhai plan": no name
            if word in rules.english_site_heads:
                if (
                    (
                        offset == 0
                        and named_words < 2
                        and not _town_site(tokens, first, run_words, word, rules)
                    )
                    # ("the Hong Kong terminal": a known place of two words is still a place alone)
                    or (
                        offset == 0
                        and " ".join(words[phrase_start : last + 1]) in rules.english_acting_places
                    )
                    or (first and tokens[first - 1][2].lower() in rules.english_site_not_after)
                ):
                    # "an AI server plant": a description; "its new Lanhai
                    # fab": a place alone says where the plant is
                    break
                if not _named_site(text, tokens, first, index, rules):
                    # "the Meishan container terminal phase II project": the
                    # head describes a later noun, which may close the name
                    continue
            tail_end = (token_end, rules.english_lowercase[word])
            break
    named_from = phrase_start  # the name's first word, after an owner
    if (
        tail_end is None
        and possessive
        and phrase_start < last
        and not _body_of_body(words, phrase_start, head, rules)
    ):
        # "Malaysia's Pinang Cable Sdn Bhd": the owner's place is not part of the name
        start = tokens[part[phrase_start + 1]][0]
        named_from = phrase_start + 1
    elif (
        tail_end is None
        and (owner := _owner_end(words, phrase_start, last, rules)) is not None
        and not _body_of_body(words, owner, head, rules)
    ):
        # "Hong Kong's Investment Promotion Agency": an owner of several words too
        start = tokens[part[owner + 1]][0]
        named_from = owner + 1
    if tail_end is not None:
        end, head = tail_end
        if owner_first:
            start = tokens[part[phrase_start + 1]][0]
        if head.kind == "program" and _programme_action(words, action_start, phrase_start, rules):
            # "the Revitalization of Northeast China strategy": the programme is named by
            # what it does and to what, not by the place alone
            while _is_leading(words[action_start], rules):
                action_start += 1
            start = tokens[part[action_start]][0]
        if head.table == ORGANISATIONS and rules.lowercase_continuation is not None:
            # "the provincial department of commerce": what the body is in charge of
            continued = rules.lowercase_continuation.match(text, end)
            if continued is not None:
                end = continued.end()
            following = FOLLOWING_WORD.match(text, end)
            if following is not None and following.group(1) in rules.described_by_body:
                return None  # "the central government general budget": the body describes a noun
    if head is None:
        return None
    if (
        head.table == PROJECTS
        and tail_end is None
        and phrase_start < head_at
        and all(word in rules.english_acting_titles for word in words[phrase_start:head_at])
    ):
        return None  # "President Park said": a title before a surname, not a park
    if (
        head.table == PROJECTS
        and tail_end is None
        and head_end == len(words) - 1
        and (
            (phrase_start < head_at and _generic_leads(words[phrase_start:head_at], rules))
            # ("the Action Agenda": a head of two words whose first is such a word)
            or (phrase_start == head_at < head_end and words[head_at] in rules.english_generic_leads)
        )
    ):
        return None  # "Action Plan", "Progress Report": a kind of document, not its name
    if (
        head.table == PROJECTS
        and tail_end is None
        and phrase_start < head_at
        and head_end == head_at
        and words[head_at] in rules.english_activity_heads
        and (
            any(word in rules.english_activity_fields for word in words[phrase_start:head_at])
            or not text[:start].endswith(("the ", "The "))
        )
    ):
        # "Sustainable Urban Development": an activity of a field, not a site;
        # with no article before it, "New World Development" is a developer's name
        return None
    if tail_end is None and head_end >= 0 and rules.title_compounds:
        following = words[head_end + 1] if head_end + 1 < len(words) else ""
        if not following and next_index < len(tokens) and tokens[next_index][0] == tokens[part[-1]][1] + 1:
            following = tokens[next_index][2]
        if f"{words[head_end]} {following}" in rules.title_compounds:
            return None  # "Lanhai Party Secretary Li Ming": a person's title, not a party's name
    if (
        tail_end is None
        and head_at == phrase_start
        and head_end < run_last
        and words[head_end + 1] not in continuations
        and words[-1] not in rules.english_heads
    ):
        # "Railway Exports", "Park Road": a head first, then words that are no
        # continuation, is a modifier ("Plant Phase II" has a name before it)
        return None
    if tail_end is None and last == phrase_start and (words[last] in rules.english_heads or possessive_head):
        return None  # a head word alone ("Biotech", "Committee") names nothing
    if (
        tail_end is None
        and last == phrase_start + 1
        and f"{words[phrase_start]} {words[last]}" in rules.weak_heads
    ):
        return None  # a weak head of two words alone ("a Joint Venture") names nothing
    if (
        head.table == ORGANISATIONS
        and tail_end is None
        and last > phrase_start
        and words[last] in rules.facility_centre_heads
        and words[last - 1] in rules.facility_centre_modifiers
    ):
        return None  # "the Lanhai Cargo Centre": a facility named by what it handles
    if (
        head.table == ORGANISATIONS
        and tail_end is None
        and last > phrase_start
        and words[last] in rules.section_centre_heads
        and all(word in rules.section_centre_words for word in words[phrase_start:last])
    ):
        return None  # "Media Center", "Investor Relations Centre": a web page's section
    if (
        tail_end is None
        and head_end == last
        and words[last] in rules.weak_heads
        and _common_phrase(text, words, phrase_start, last, tokens[part[phrase_start]][0], rules)
        # ("Lanmei Biotechnology (Suzhou) Co., Ltd.": a legal form makes it a company's)
        and not (rules.legal_tail_pattern is not None and rules.legal_tail_pattern.match(text, end))
        # ("Harbourfront Properties sold 300 flats": what only a firm does makes it one)
        and not (
            last > phrase_start
            and words[last] in rules.verb_closed_heads
            and rules.weak_head_verb is not None
            and rules.weak_head_verb.match(text, end)
        )
    ):
        return None  # "Venture Capital firms", "Iron and Steel Industry": no company
    if (
        tail_end is None
        and (
            (last == named_from + 1 and words[last] in rules.english_place_heads)
            or (
                head_at == named_from + 1 and " ".join(words[head_at : last + 1]) in rules.english_place_heads
            )
        )
        and words[named_from] not in rules.english_place_head_leads
    ):
        # one word and "City" or "Bay Area": the place itself, not a science city (after
        # an owner too: "New Zealand's South Island")
        return None
    if head.table == ORGANISATIONS and rules.legal_tail_pattern is not None:
        # "Geely Holding Group Co., Ltd.": the legal form belongs to the name.
        legal = rules.legal_tail_pattern.match(text, end)
        if legal is not None:
            end = legal.end()
    return NameSpan(head.table, start, end, head.rule_id, head.kind, 1)


def _generic_leads(words: Sequence[str], rules: NameRules) -> bool:
    """True when `words` before a document's head are kinds of it (Annual, Interim), a year or two among them.

    "2020/21 Annual Report" and "2024 Interim Report" are a body's periodic
    reports, no names; a year alone keeps a yearly title ("2025 Policy Address").
    """
    leads = rules.english_generic_leads
    return any(word in leads for word in words) and all(
        word in leads or REPORT_YEAR.fullmatch(word) for word in words
    )


def english_list_names(text: str, rules: NameRules) -> list[NameSpan]:
    """Capitalised items after '<enterprises> ... such as': A, B, and C (etc.)."""
    names = []
    rule = rules.english_list_rule
    stop_words = rules.english_list_stop_words
    for match in rules.english_list_pattern.finditer(text):
        position = match.end()
        while True:
            item = ENGLISH_LIST_ITEM.match(text, position)
            if item is None or item.group() in stop_words:
                break
            first_word = item.group().split(" ", 1)[0]
            if not any(character.isalpha() for character in first_word):
                break  # "companies, including 156 projects by ...": a count begins a phrase, not a list
            if item.group() in rules.english_acting_places:
                pass  # "suppliers in provinces such as Jiangsu": a place, not a company
            elif first_word in rules.english_acting_stop_words or first_word.endswith(rules.leading_suffixes):
                pass  # "the firms include Korean makers", "the firms are Beijing-based": no name
            elif first_word.rstrip(".") in rules.english_acting_titles:
                pass  # "partners include Mr Chen": a person
            elif len(item.group().split(" ")) <= rules.english_list_max_words:
                names.append(NameSpan(ORGANISATIONS, item.start(), item.end(), rule.rule_id, rule.kind))
            separator = ENGLISH_LIST_SEPARATOR.match(text, item.end())
            if separator is None:
                break
            position = separator.end()
    return names


def _previous_word(text: str, start: int) -> str:
    """The word right before `start` (across one space), or ""."""
    if start < 2 or text[start - 1] != " ":
        return ""
    index = start - 1
    while index > 0 and (text[index - 1].isalnum() or text[index - 1] in "&'’-."):
        index -= 1
    return text[index : start - 1]


def english_acting_names(text: str, rules: NameRules) -> list[NameSpan]:
    """Names without a head word that act as companies: "NIO signed", "partnered with BioMap".

    The English names that their context shows, not a head word, come here
    too: acronyms that speak or act, and events named by an acronym and year.

    The name is a run of at most `max_words` capitalised words, whole (no
    capitalised word right before it), not led by a title (Mayor, CEO) or a
    stop word (It, The), and not a month or weekday.
    """
    rule = rules.english_acting_rule
    if rule is None:
        return []
    names = []
    patterns = [rules.english_acting_before, *rules.english_acting_described]
    patterns += _triggered_patterns(text, rules)
    if rules.english_acting_after is not None:
        patterns.append(rules.english_acting_after)
    if rules.english_acting_section is not None:
        patterns.append(rules.english_acting_section)
    if rules.english_acting_owned is not None and any(mark in text for mark in ("'s ", "’s ", "s' ", "s’ ")):
        patterns.append(rules.english_acting_owned)
    if rules.english_acting_owned_of is not None and " of " in text:
        patterns.append(rules.english_acting_owned_of)
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span("name")
            if pattern in rules.english_acting_described and text.endswith(("'s", "’s"), start, end):
                end -= 2  # "dairy giant Yili's plant": the descriptor names the owner
            if pattern in rules.english_acting_outlets:
                outlet = _outlet_name(text, start, end, rules)
                if outlet is not None:
                    names.append(outlet)
                continue
            name = _acting_name(text, start, end, rules)
            if pattern is rules.english_acting_legal and name is not None:
                if name.start != start:
                    continue  # "Lanmei's Devices, Inc.": a word before it left out, the name unsure
                name = name._replace(end=match.end())
            if name is None:
                if pattern in rules.english_acting_parties and _holds_strong_head(text[start:end], rules):
                    # "a consortium of Qiaoyun Holdings, Lanyue Land and Tidemark": the head
                    # rules find the first; the parties coordinated with it are still parties
                    names += _coordinated_parties(text, start, end, rules)
                continue
            if (
                pattern is rules.english_acting_before
                and match.group().endswith(rules.english_acting_weak_endings)
                and not _reads_as_brand(text[name.start : name.end].split(" "), rules)
            ):
                continue  # "Real Estate posted losses": capitals before a verb markets share
            if (
                pattern is rules.english_acting_agent
                and rules.english_acting_named_agents.search(match.group()) is not None
                and " " not in text[name.start : name.end]
            ):
                continue  # "organised by Lanhai": a town, a school or a person organises too
            if (
                pattern is rules.english_acting_before
                and match.group().endswith(rules.english_acting_named_endings)
                and " " not in text[name.start : name.end]
            ):
                continue  # "Lanhai opened a new port": a place opens things too
            if (
                pattern is rules.english_acting_firm_offices
                and name.end - name.start == len(text[name.start : name.end].split(" ")[0])
                and _sentence_start(text, name.start)
                and not _brand_word(text[name.start : name.end], rules)
            ):
                continue  # "Marketing associate director Ho Man": a department first in a sentence
            if pattern is rules.english_acting_traded and not _reads_as_brand(
                text[name.start : name.end].split(" "), rules, plain_word=False
            ):
                continue  # "Property shares fell": a sector's shares, not a company's
            if pattern is rules.english_acting_views and not _brand_label(text[name.start : name.end]):
                continue  # "Property: We expect ...", "KEY RISKS: We see": a sector or a topic
            names.append(name)
            # "partnered with Xpeng and Zhipu", "signed by Xpeng and Zhipu", "Xpeng, Zhipu
            # and Moonshot signed": the names coordinated with it act too; before a verb only in a
            # list of three or more ("Wang Lei and Zhipu signed" may be a person)
            if pattern in rules.english_acting_parties:
                names += _coordinated_parties(text, name.start, name.end, rules)
                continue
            coordinated = []
            for start, end in _coordinated(text, name.start, name.end):
                other = _acting_name(text, start, end, rules)
                if other is None:
                    break
                coordinated.append(other)
            if (
                pattern in (rules.english_acting_after, rules.english_acting_agent)
                or len(coordinated) >= 2
                or (len(coordinated) == 1 and not _may_be_person(text, coordinated[0], rules))
            ):
                names += coordinated
    return (
        names
        + english_acronym_subjects(text, rules)
        + english_dated_events(text, rules)
        + english_coined_events(text, rules)
        + english_numbered_works(text, rules)
    )


def _outlet_name(text: str, start: int, end: int, rules: NameRules) -> NameSpan | None:
    """The newspaper text[start:end] names, ending with a newspaper's word ("the Global Times").

    Its first word may be one that begins no company elsewhere ("Global",
    "International"); a capitalised word right before it makes it the end of
    a longer run, and an article first is left out.
    """
    previous = _previous_word(text, start)
    if previous[:1].isupper() and not _is_leading(previous, rules):
        return None
    first = text[start:end].split(" ", 1)[0]
    if first in rules.leading_words:
        start += len(first) + 1
    rule = rules.english_acting_rule
    return NameSpan(ORGANISATIONS, start, end, rule.rule_id, rule.kind)


def _holds_strong_head(name: str, rules: NameRules) -> bool:
    """True when a word of `name` is an organisation head that is not weak ("Qiaoyun Holdings")."""
    heads = rules.english_heads
    return any(
        word in heads and heads[word].table == ORGANISATIONS and word not in rules.weak_heads
        for word in name.split(" ")
    )


def _coordinated_parties(text: str, start: int, end: int, rules: NameRules) -> list[NameSpan]:
    """The parties coordinated with text[start:end] in a deal or a consortium.

    A party whose name holds a head is left to the head rules and the list
    goes on past it; a person, a place or a date ends it.
    """
    parties = []
    for other_start, other_end in _coordinated(text, start, end):
        other = _acting_name(text, other_start, other_end, rules)
        if other is not None:
            parties.append(other)
        elif not _holds_strong_head(text[other_start:other_end], rules):
            break
    return parties


def _triggered_patterns(text: str, rules: NameRules) -> list[regex.Pattern]:
    """The guarded acting patterns whose trigger `text` holds, in rule order.

    A trigger that guards two patterns is searched once, and only when the
    line holds one of its literals (`TriggerScreen`).
    """
    held = rules.english_trigger_screen.held(text)
    return [pattern for pattern, trigger in rules.english_acting_guarded if held[trigger]]


def english_dated_events(text: str, rules: NameRules) -> list[NameSpan]:
    """Events named by an acronym joined to their year: "LNBIO2025"."""
    pattern, rule = rules.english_dated_event_pattern, rules.english_dated_event_rule
    if pattern is None or rule is None:
        return []
    if "19" not in text and "20" not in text:
        return []  # no year
    return [NameSpan(PROJECTS, *match.span(), rule.rule_id, rule.kind) for match in pattern.finditer(text)]


def english_coined_events(text: str, rules: NameRules) -> list[NameSpan]:
    """Events named by a coined word alone, shown by what is said of them: "Lanexpo will be held at"."""
    pattern, rule = rules.english_coined_event_pattern, rules.english_coined_event_rule
    if pattern is None or rule is None:
        return []
    screen = rules.english_coined_event_screen
    if screen and not any(word in text for word in screen):
        return []
    names = []
    for match in pattern.finditer(text):
        word = match.group("name")
        if (
            word in rules.english_coined_event_stops
            or word.endswith(rules.english_coined_event_endings)
            or _is_leading(word, rules)
            or _is_date_word(word, rules)
            or _is_capitalised_word(_previous_word(text, match.start()), rules)
        ):
            continue  # a common word, or a word of a longer name ("Lanhai Lanexpo")
        names.append(NameSpan(PROJECTS, *match.span("name"), rule[0], rule[1]))
    return names


def english_numbered_works(text: str, rules: NameRules) -> list[NameSpan]:
    """Works named by their head and a number alone: "Terminal 2", "its Fab 18".

    A capitalised word right before the head makes it the end of a longer
    name ("Lanhai Airport Terminal 2"), which the heads find; one right after
    it begins a longer name ("Terminal 2 Building").
    """
    pattern, rule = rules.english_numbered_work_pattern, rules.english_numbered_work_rule
    if pattern is None or rule is None:
        return []
    names = []
    for match in pattern.finditer(text):
        if _is_capitalised_word(_previous_word(text, match.start()), rules):
            continue
        if KNOWN_FOLLOWER.match(text, match.end()):
            continue
        names.append(NameSpan(PROJECTS, *match.span(), rule[0], rule[1]))
    return names


def english_buildings(text: str, rules: NameRules) -> list[NameSpan]:
    """Towers, plazas, malls and hotels that are built or opened: "construction of the Lanfeng Tower".

    Leading words, dates, a description in lower case and an owner's
    possessive at the start of the capitalised run are no part of the name
    ("On Monday Harbourview Plaza opened", "the 68-storey Qiaohai Tower");
    an indefinite article before it describes one.
    """
    rule = rules.english_building_rule
    if rule is None or not any(head in text for head in rules.english_building_heads | {"Phase"}):
        return []
    names: list[NameSpan] = []
    for pattern in rules.english_building_patterns:
        for match in pattern.finditer(text):
            start, end = match.span("name")
            words = text[start:end].split(" ")
            while words and (
                words[0] in rules.leading_words
                or not words[0][:1].isupper()
                or _is_date_word(words[0], rules)
                or words[0].endswith(("'s", "’s"))
            ):
                start += len(words[0]) + 1
                words = words[1:]
            head_at = words.index("Phase") if "Phase" in words else len(words)
            if head_at == 0 or (head_at >= 2 and words[head_at - 2] in rules.english_building_not_head_after):
                continue
            if _previous_word(text, start).lower() in rules.english_building_not_after:
                continue
            if (
                words[head_at - 1] not in rules.english_building_heads
                and rules.english_building_not_phase_before is not None
                and rules.english_building_not_phase_before.match(text, end)
            ):
                continue  # "Lanmei Phase III trials": a drug's or a study's phase
            if not any(start < other.end and other.start < end for other in names):
                names.append(NameSpan(PROJECTS, start, end, rule[0], rule[1]))
    return names


def _is_capitalised_word(word: str, rules: NameRules) -> bool:
    """True when `word` is a capitalised word that may belong to a name (not The, In...)."""
    return bool(word) and word[0].isupper() and not _is_leading(word, rules)


def english_acronym_subjects(text: str, rules: NameRules) -> list[NameSpan]:
    """Acronyms that speak or act: "KDPC said", "KDPC Launches New Index".

    An acronym is a body, not a person, so a verb of speech is enough here;
    a run of capitalised words before it ("Hong Kong SAR said") is left to
    the other rules.
    """
    pattern, rule = rules.english_acronym_pattern, rules.english_acronym_rule
    if pattern is None or rule is None:
        return []
    names = []
    for match in _acronym_matches(text, pattern, rules):
        start, end = match.span("name")
        acronym = match.group("name")
        if acronym in rules.english_acronym_stop_words or acronym in rules.english_acting_titles:
            continue
        previous = _previous_word(text, start)
        if previous[:1].isupper() and not _is_leading(previous, rules):
            continue  # the end of a longer run
        names.append(NameSpan(ORGANISATIONS, start, end, rule.rule_id, rule.kind))
    return names


def _acronym_matches(text: str, pattern: ScreenedPattern, rules: NameRules) -> list[regex.Match]:
    """Matches of the acronym `pattern`, then of each acronym context, except on a line in capitals.

    ("TEAM AT HOME": on a line in capitals any word is one.) The line's case
    is read only when a context may match: it costs a pass over its words.
    """
    matches = list(pattern.finditer(text))
    contexts = [context for context in rules.english_acronym_contexts if context.may_match(text)]
    if contexts and not _upper_case(text):
        for context in contexts:
            matches += context.pattern.finditer(text)
    return matches


ACTING_ITEM = r"[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,2}"
# An acronym in the plural ("NEVs", "SUVs"): things counted, never a body.
PLURAL_ACRONYM = regex.compile(r"[A-Z]{2,}s")
COORDINATED_BEFORE = regex.compile(rf"(?<![\w&'’\-])(?:{ACTING_ITEM})(?:, | and |, and )$")
# (a web address is whole: "Qiaobuy.com and Haitao.com" are two, each with its ending)
COORDINATED_AFTER = regex.compile(rf"(?:, | and |, and )({ACTING_ITEM})(?![\w&'’\-]| [A-Z]|\.[A-Za-z])")


def _coordinated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names joined to text[start:end] by commas and "and", nearest first."""
    spans = []
    position = start
    while (before := COORDINATED_BEFORE.search(text, max(0, position - 60), position)) is not None:
        item = regex.match(ACTING_ITEM, before.group())
        spans.append((before.start(), before.start() + item.end()))
        position = before.start()
    position = end
    while (after := COORDINATED_AFTER.match(text, position)) is not None:
        spans.append(after.span(1))
        position = after.end()
    return spans


def _acting_name(text: str, start: int, end: int, rules: NameRules) -> NameSpan | None:
    """The company text[start:end] names, or None when it is a person, a place, a date or a pronoun."""
    rule = rules.english_acting_rule
    words = text[start:end].split(" ")
    previous = _previous_word(text, start)
    if len(words) > 1 and words[0].lower() in rules.english_acting_descriptors:
        # "Chipmaker Lanxin raised ...": what the company is, capitalised first in a sentence
        start += len(words[0]) + 1
        words = words[1:]
    elif len(words) > 1 and words[0].endswith(("'s", "’s")):
        # "Korea's Hanwha Ocean": the owner's place is not part of the name
        start += len(words[0]) + 1
        words = words[1:]
    elif (
        previous[:1].isupper()
        and not _is_leading(previous, rules)
        and not _place_owner_before(text, start, rules)
    ) or previous.rstrip(".") in rules.english_acting_titles:
        return None  # part of a longer run, or a person's title before a name
    if any(word in rules.english_acting_titles for word in words):
        return None
    if len(words) > 1 and words[-1] in rules.route_words:
        return None  # "the Tuen Ma Line will open": a railway line, no company
    if len(words) > 1 and (words[-1] in rules.english_building_heads or "Phase" in words):
        return None  # "Riverside Mall will open": a building or its phase, no company
    # ("Five Star Holdings signed": a number word first in a name)
    numbered = words[0] in rules.count_words and not _counts_a_noun(words, "", rules)
    if (
        len(words) > 1
        and not numbered
        and _is_leading(words[0], rules)
        and words[0] not in rules.english_acting_stop_words
    ):
        # "The KDPC's Chief Economist": the article is no part of the name
        start += len(words[0]) + 1
        words = words[1:]
    if (
        words[0] in rules.english_acting_stop_words
        and not (len(words) > 1 and words[0] in rules.english_country_words)
    ) or (words[0] in rules.leading_words and not numbered):
        return None
    if len(words) == 1 and words[0] in rules.english_acronym_stop_words:
        return None  # "The IPO raised 3 billion yuan": an acronym that names no body
    if len(words) == 1 and PLURAL_ACRONYM.fullmatch(words[0]):
        return None  # "the 2 million SUVs shipped": an acronym in the plural counts things
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isalnum():
        return None  # "with U.S. drugmaker X", "ID.NOVA cars": a letter of a dotted abbreviation or model
    if rules.english_amount_word is not None and rules.english_amount_word.match(words[0]):
        return None  # "shareholders of RMB62.74 billion": an amount, no name
    if len(words) > 1 and words[-1] in rules.leading_words:
        return None  # "Ask The CEO:": an article ends no name
    if words[-1].endswith(rules.leading_suffixes):
        return None  # "shares in Lanhai-listed firms": where firms are listed, no name
    if " ".join(words) in rules.english_acting_places or words[-1] in rules.english_place_nouns:
        return None  # a place that signs or invests is a government, not a company
    if words[-1].endswith(("'s", "’s")):
        return None  # an owner ("Yili's unit signed"): what it owns acts, unnamed
    if any(word in rules.date_words for word in words):
        return None  # a date
    if any(
        word in rules.english_heads
        and word not in rules.weak_heads
        and word not in rules.english_activity_heads
        for word in words
    ):
        # a name the head rules find; a weak head ("Hillhouse Capital invested") only may,
        # and so may an activity head, which names a developer ("New World Development")
        return None
    if _chinese_person(words, rules) or (2 <= len(words) <= 3 and words[0] in rules.english_given_names):
        return None  # "Li Ming announced", "Laura Finch signed": a person
    return NameSpan(ORGANISATIONS, start, end, rule.rule_id, rule.kind)


def _place_owner_before(text: str, start: int, rules: NameRules) -> bool:
    """True when a known place's possessive stands right before `start` ("China's Lanmei Robotics").

    The place says where the company is from and is no part of its name,
    however many words the name itself has.
    """
    before = text[: max(0, start - 1)]
    if not before.endswith(("'s", "’s")):
        return False
    owner = before[:-2]
    return any(
        owner.endswith(place) and (len(owner) == len(place) or not owner[-len(place) - 1].isalnum())
        for place in (*rules.english_acting_places, *rules.english_country_words)
    )


def _may_be_person(text: str, name: NameSpan, rules: NameRules) -> bool:
    """True when a name coordinated with a company may be a person's ("Wang Lei and Zhipu signed").

    A person is named by two words or more (not led by a country: "China
    Lanyun"), or by a surname or a given name alone; one other word
    ("Sinopec and PetroChina signed") names a company.
    """
    words = text[name.start : name.end].split(" ")
    if len(words) > 1:
        return words[0] not in rules.english_country_words  # ("China Lanyun and Qiaotel signed")
    return words[0] in rules.english_surnames or words[0] in rules.english_given_names


def _reads_as_brand(words: list[str], rules: NameRules, plain_word: bool = True) -> bool:
    """True when capitalised words read as a brand rather than a common phrase in capitals.

    One word that is no plural noun ("Tesla"; not "Banks"), or words of which
    one is a syllable in pinyin ("Lanmei Tech"), has a capital inside
    ("BioMap") or is an acronym ("ZX Auto"). Without `plain_word` one word
    must be an acronym or have a capital inside: the pinyin pattern reads
    many English words ("Insurance shares").
    """
    if len(words) == 1:
        if plain_word:
            return words[0].lower() not in rules.counted_nouns
        return _marked_brand(words[0])
    return any(
        _marked_brand(word)
        or (rules.pinyin_word is not None and rules.pinyin_word.fullmatch(word) is not None)
        for word in words
    )


def _brand_word(word: str, rules: NameRules) -> bool:
    """True for a word that reads as a brand alone: in pinyin, an acronym or with a capital inside."""
    pinyin = rules.pinyin_word is not None and rules.pinyin_word.fullmatch(word) is not None
    return pinyin or _marked_brand(word)


def _brand_label(name: str) -> bool:
    """True for a label that reads as a company's: a word marked as a brand, not all in capitals.

    "LONGi Hydrogen", "LMX Energy" (a heading in capitals, "KEY RISKS", or an
    acronym alone, "ESG", labels a topic).
    """
    words = name.split(" ")
    return any(_marked_brand(word) for word in words) and not all(word.isupper() for word in words)


def _marked_brand(word: str) -> bool:
    """True for an acronym ("ZX") or a word with a capital inside ("BioMap")."""
    return (word.isupper() and len(word) > 1) or any(letter.isupper() for letter in word[1:])


def _chinese_person(words: list[str], rules: NameRules) -> bool:
    """True for a Chinese person's name: a surname, then one or two words of a given name.

    The given name is in pinyin ("Li Ming") or hyphenated ("Yeh Yuan-chih").
    """
    if not 2 <= len(words) <= 3 or words[0] not in rules.english_surnames or rules.pinyin_word is None:
        return False
    return all(
        "-" in word or (word.isalpha() and rules.pinyin_word.fullmatch(word) is not None)
        for word in words[1:]
    )


KNOWN_FOLLOWER = regex.compile(r" ([A-Z][a-z]+)")
FOLLOWING_WORD = regex.compile(r" ([a-z]+)")


def _headline_word(word: str, rules: NameRules) -> bool:
    """True for a word that a headline in title case capitalises but no name holds ("To", "Sells", "As")."""
    return word in rules.headline_verbs or word.lower() in HEADLINE_SMALL_WORDS


def english_known_names(text: str, rules: NameRules) -> list[NameSpan]:
    """Well-known bodies of organisations.yaml `english_gazetteer` ("NDRC", "WTO")."""
    pattern = rules.english_known_pattern
    if pattern is None:
        return []
    names = []
    shouted = _upper_case(text)
    matches = list(pattern.finditer(text))
    if rules.english_known_in_chinese is not None:
        matches += rules.english_known_in_chinese.finditer(text)
    for match in matches:
        if shouted and match.group().isupper():
            continue  # "WHO WILL PAY?": on a line in capitals an acronym is any word
        following = KNOWN_FOLLOWER.match(text, match.end())
        if following is not None and following.group(1) in rules.english_place_nouns:
            continue  # "Xinhua Street": a place named like a body
        if (
            following is not None
            and match.group() in rules.english_known_alone
            and not _headline_word(following.group(1), rules)
            and not (_title_case(text) and following.group(1) not in rules.english_heads)
        ):
            # "Reuters Institute": the first word of another body's name (on a headline
            # every word is capitalised: "Tencent Profit Jumps", but "Tencent Holdings Jumps")
            continue
        if match.group() in rules.english_known_common:
            previous = _previous_word(text, match.start())
            if _is_capitalised_word(previous, rules) and not previous.endswith(("'s", "’s")):
                continue  # "the Shadow Cabinet", "the Lanhai Legislature": a word of a longer name
        if match.group() in rules.english_known_not_before:
            following_word = FOLLOWING_WORD.match(text, match.end())
            if (
                following_word is not None
                and following_word.group(1) in rules.english_known_not_before[match.group()]
            ):
                continue  # "the weekly Cabinet meeting", "the Nasdaq index": a modifier of another noun
        if text.startswith(":", match.end()) and text.endswith("(", 0, match.start()):
            continue  # "(NASDAQ: QYN)": a stock code's market, no mention of its own
        known = rules.english_known[match.group()]
        # (a known body wins over a head rule's reading of the same words:
        # "United Nations Development Programme" is no programme)
        names.append(NameSpan(ORGANISATIONS, match.start(), match.end(), known.rule_id, known.kind, 2))
    return names


def english_lowercase_bodies(text: str, rules: NameRules) -> list[NameSpan]:
    """Bodies written in lower case and named by their place: "the management committee of Qianhai".

    The place is a run of capitalised words that holds no organisation head
    (in "the party committee of Fudan University" the university is the name).
    """
    pattern = rules.english_lowercase_body
    if pattern is None or " of " not in text:
        return []
    names = []
    for match in pattern.finditer(text):
        body = match.group("name").split(" of ", 1)[0].rsplit(" ", 1)[-1]
        place = match.group("place").split(" ")
        heads = rules.english_heads
        if any(word in heads and heads[word].table == ORGANISATIONS for word in place):
            continue
        if place[0] in rules.leading_words or any(_is_date_word(word, rules) for word in place):
            continue
        head = rules.english_lowercase[body]
        start, end = match.span("name")
        names.append(NameSpan(ORGANISATIONS, start, end, head.rule_id, head.kind, 1))
    return names


def _may_hold_head(part: list[int], tokens: list[Token], rules: NameRules, next_index: int) -> bool:
    """False when neither the part nor the words after it hold a head word (no name possible)."""
    heads, compound_seconds = rules.english_heads, rules.english_compound_seconds
    for index in part:
        word = tokens[index][2]
        if word in heads or word in compound_seconds or word[:-2] in heads or word[:-2] in compound_seconds:
            return True
    lowercase = rules.english_lowercase
    firsts = rules.english_lowercase_firsts
    return any(
        token[2] in lowercase or token[2] in firsts
        for token in tokens[next_index : next_index + rules.max_lowercase_tail]
    )


def english_names(text: str, rules: NameRules) -> list[NameSpan]:
    """English names on a line: NameSpans, in order.

    Only the chunks (`rules.english_chunk`) holding a head word can hold a
    name, so only those are split into words; the result is that of the
    whole line.
    """
    capitals = _company_in_capitals(text, rules)
    if capitals is not None:
        return [capitals]
    # A word never starts right after a letter or digit.
    head_starts = [
        match.start()
        for match in rules.english_trigger.finditer(text)
        if match.start() == 0 or text[match.start() - 1] not in ASCII_LETTERS_AND_DIGITS
    ]
    trades = english_trade_companies(text, rules)
    if not head_starts:
        return trades
    chunks = [match.span() for match in rules.english_chunk.finditer(text)]
    chunk_starts = [start for start, _end in chunks]
    names = []
    breaks = _run_breaks(text, rules)
    for number in sorted({bisect_right(chunk_starts, start) - 1 for start in head_starts}):
        names += chunk_names(text, english_tokens(text, rules, *chunks[number]), rules, breaks)
    if rules.portfolio_list_after is not None and ", " in text:
        names = [_portfolio_list(text, name, rules) for name in names]
    if ") " in text:
        names = [_bracketed_place(text, name) for name in names]
    if " (" in text:
        names = [_branch_place(text, name, rules) for name in names]
        names = [_place_in_acronym(text, name, rules) for name in names]
    if "No" in text:
        names = [_numbered(text, name) for name in names]
    if "U." in text:
        names = [_dotted_country(text, name) for name in names]
    if " in " in text:
        names = [_place_slogan(text, name, rules) for name in names]
    if " (" in text:
        names += _acronym_before_head(text, rules)
        names += [
            name
            for name in _placed_legal_names(text, rules)
            if not any(other.start < name.end and name.start < other.end for other in names)
        ]
    if rules.english_built_rule is not None:
        names = [_built_facility(text, name, rules) for name in names]
    if rules.english_acting_body_rule is not None:
        names = [_acting_body(text, name, rules) for name in names]
    if rules.english_acting_zone_rule is not None:
        names = [_acting_zone(text, name, rules) for name in names]
    if rules.english_shown_context is not None:
        names = [shown for name in names if (shown := _shown_line(text, name, rules)) is not None]
    if rules.english_site_works is not None:
        names = [_site_works(text, name, rules) for name in names]
    if rules.english_numbered_site_pattern is not None:
        names = _numbered_sites(text, names, rules)
    if trades:
        return sorted(names + trades, key=lambda name: name.start)
    return names


def _numbered_sites(text: str, names: list[NameSpan], rules: NameRules) -> list[NameSpan]:
    """`names` with plants and fabs called by their number ("its Fab 18") put in.

    A name the head rules read across the site ("Fab 25 in the Lanhai Science
    Park", "Fab" of "Fab 12A") gives way to it; what it held after "in" or
    "of" is read again on its own.
    """
    sites = []
    for match in rules.english_numbered_site_pattern.finditer(text):
        previous = _previous_word(text, match.start())
        owned = previous.endswith(("'s", "’s")) or previous in rules.english_site_owners
        if _is_capitalised_word(previous, rules) and not owned:
            continue  # "Lanhai Airport Terminal 3": a longer name's head
        if match.group("head") in rules.english_owned_site_heads and not (
            owned or regex.match(r" of (?:the )?[A-Z]", text[match.end() :])
        ):
            continue  # "Plant 3 is shown below": no owner says it is a site
        sites.append(match.span())
    if not sites:
        return names
    rule_id, kind = rules.english_numbered_site_rule
    kept = []
    for name in names:
        site = next(((start, end) for start, end in sites if name.start < end and start < name.end), None)
        if site is None:
            kept.append(name)
            continue
        rest = regex.match(r" (?:in|of) (?:the )?", text[site[1] : name.end])
        if name.start == site[0] and rest is not None:
            start = site[1] + rest.end()
            kept += chunk_names(text, english_tokens(text, rules, start, name.end), rules)
    kept += [NameSpan(PROJECTS, start, end, rule_id, kind) for start, end in sites]
    return sorted(kept, key=lambda name: name.start)


def english_trade_companies(text: str, rules: NameRules) -> list[NameSpan]:
    """Companies named by their trade where a verb gives them their part: "built by Harbour Dredging".

    The name's last word is a trade; its first is no article, title, field
    of an activity ("Urban Development") or person's name, and a head inside
    it ("Qiaoyun Port Services") names no site of its own.
    """
    pattern, rule = rules.english_trade_pattern, rules.english_trade_rule
    if pattern is None or rule is None or not any(word in text for word in (" by ", " to ", " from ")):
        return []
    names = []
    for match in pattern.finditer(text):
        start, end = match.span("name")
        words = text[start:end].split(" ")
        if words[-1] not in rules.english_trades:
            continue
        if (
            _is_leading(words[0], rules)
            or words[0] in rules.english_acting_stop_words
            or words[0] in rules.english_activity_fields
            or any(word in rules.english_acting_titles or _is_date_word(word, rules) for word in words)
            or words[0].endswith(("'s", "’s"))
            or _chinese_person(words, rules)
            or words[0] in rules.english_given_names
        ):
            continue  # "sold to Hong Kong buyers", "moved to Urban Development", "built by Li Wei's firm"
        names.append(NameSpan(ORGANISATIONS, start, end, rule[0], rule[1]))
    return names


def _site_works(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A named site followed by its own works is the works: "the Lanhai Hospital Phase 2 Redevelopment"."""
    if rules.english_site_works_rule is None:
        return name
    words = text[name.start : name.end].split(" ")
    # ("the Lanhai Hospital Extension" may be read whole as a body's name)
    works_inside = rules.english_site_works.fullmatch(" " + words[-1]) is not None
    head = len(words) - 1 - works_inside
    while head > 0 and (ROMAN_OR_NUMBER.fullmatch(words[head]) or words[head] == "Phase"):
        head -= 1
    if head < 1 or words[head] not in rules.english_site_works_heads:
        return name
    end = name.end
    if not works_inside:
        works = rules.english_site_works.match(text, name.end)
        if works is None:
            return name
        end = works.end()
    rule_id, kind = rules.english_site_works_rule
    return NameSpan(PROJECTS, name.start, end, rule_id, kind, name.weight)


def _shown_line(text: str, name: NameSpan, rules: NameRules) -> NameSpan | None:
    """A name whose head is a rail line's (Line) as its sentence shows it, else None; other names as they are.

    "Trains on the Lanling Line": a station, a train or an extension in the
    same sentence shows a rail line, and so does a word of the system inside
    the name before Line ("the Lanhai Light Rail Transit East Line"). With
    nothing that shows one, or after a word of another kind of line
    ("Production Line"), there is no name.
    """
    if name.table != PROJECTS:
        return name
    words = text[name.start : name.end].split(" ")
    head = len(words) - 1
    while head > 0 and ROMAN_OR_NUMBER.fullmatch(words[head]):
        head -= 1
    if words[head] not in rules.english_shown_heads:
        return name
    if head and (words[head - 1], words[head]) in rules.english_compound_heads:
        return name  # "Lanhai Metro Line 3": the system names the line
    if head == 0 or words[head - 1] in rules.english_shown_not_after:
        return None
    if rules.english_shown_context.search(" ".join(words[:head])):
        return name  # "the Lanhai Light Rail Transit East Line": its own words show the system
    sentence_start = max(text.rfind(mark, 0, name.start) for mark in (". ", "! ", "? ")) + 1
    sentence_ends = [end for mark in (". ", "! ", "? ") if (end := text.find(mark, name.end)) >= 0]
    sentence = text[sentence_start : min(sentence_ends, default=len(text))]
    if not rules.english_shown_context.search(sentence.replace(text[name.start : name.end], " ")):
        return None
    return name


def _acronym_before_head(text: str, rules: NameRules) -> list[NameSpan]:
    """Bodies written with their acronym before the head: "the Lanhai Special Region (LSR) Government".

    The words before the brackets must begin with the acronym's first
    letter, and the words after it end with an organisation's head.
    """
    names = []
    for match in ACRONYM_BEFORE_HEAD.finditer(text):
        words = match.group("run").split(" ")
        skipped = 0
        while skipped < len(words) - 1 and _is_leading(words[skipped], rules):
            skipped += 1
        head = rules.english_heads.get(match.group("head").rsplit(" ", 1)[-1])
        if head is None or head.table != ORGANISATIONS or words[skipped][0] != match.group("acronym")[0]:
            continue
        start = match.start() + sum(len(word) + 1 for word in words[:skipped])
        names.append(NameSpan(ORGANISATIONS, start, match.end(), head.rule_id, head.kind, 1))
    return names


# "Lanmei (China) Co., Ltd.": a name, the company's place in brackets, then a legal form
PLACED_NAME = regex.compile(
    r"(?<![\w&'’\-])(?P<name>[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,3}) \([A-Z][a-z]+(?: [A-Z][a-z]+)?\)(?= )"
)


def _company_in_capitals(text: str, rules: NameRules) -> NameSpan | None:
    """A company's name alone on its line in capitals, ending in a legal form: "QIAOLAN GROUP CO., LTD.".

    A filing prints the issuer's name so under its disclaimer; the legal
    form (names.yaml legal_tails, in capitals) at the line's end shows the
    company, and two words at least must name it.
    """
    legal_head = rules.english_heads.get("Co.")
    if legal_head is None or rules.capitals_legal_pattern is None or not text.strip().isupper():
        return None
    match = rules.capitals_legal_pattern.fullmatch(text.strip())
    if match is None:
        return None
    start = len(text) - len(text.lstrip())
    return NameSpan(ORGANISATIONS, start, start + len(match.group()), legal_head.rule_id, legal_head.kind, 1)


def _placed_legal_names(text: str, rules: NameRules) -> list[NameSpan]:
    """Companies named by a word or two, their place in brackets and a legal form.

    "Lanmei (China) Co., Ltd.", "Qiaoyun (Hong Kong) Limited": the legal
    form, not a head word, shows the company, so the name holds none.
    """
    legal_head = rules.english_heads.get("Co.")
    if rules.legal_tail_pattern is None or legal_head is None:
        return []
    names = []
    for match in PLACED_NAME.finditer(text):
        legal = rules.legal_tail_pattern.match(text, match.end())
        if legal is None:
            continue
        words = match.group("name").split(" ")
        skipped = 0
        while skipped < len(words) and _is_leading(words[skipped], rules):
            skipped += 1
        if skipped == len(words):
            continue
        start = match.start() + sum(len(word) + 1 for word in words[:skipped])
        names.append(NameSpan(ORGANISATIONS, start, legal.end(), legal_head.rule_id, legal_head.kind, 1))
    return names


def _acting_body(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A platform or centre that acts is a body ("the X Platform signed a deal")."""
    last_word = text[name.start : name.end].rsplit(" ", 1)[-1]
    if name.table != PROJECTS or last_word not in rules.english_acting_body_heads:
        return name
    if rules.english_acting_body_after is None or not rules.english_acting_body_after.match(text, name.end):
        return name
    rule_id, kind = rules.english_acting_body_rule
    return NameSpan(ORGANISATIONS, name.start, name.end, rule_id, kind, name.weight)


def _acting_zone(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A development zone that acts is its administration ("the X Development Zone signed ...").

    A zone after a word of place ("firms in the X Zone signed") is where the
    subject is, and stays a park.
    """
    if name.table != PROJECTS or not text.endswith(rules.english_acting_zone_heads, name.start, name.end):
        return name
    if rules.english_acting_zone_after is None or not rules.english_acting_zone_after.match(text, name.end):
        return name
    placed = rules.english_acting_zone_placed
    if placed is not None and placed.search(text, max(0, name.start - 30), name.start):
        return name
    rule_id, kind = rules.english_acting_zone_rule
    return NameSpan(ORGANISATIONS, name.start, name.end, rule_id, kind, name.weight)


def _bracketed_place(text: str, name: NameSpan) -> NameSpan:
    """A name led by a country and a bracketed place: "China (Hainan) Pilot Free Trade Zone"."""
    before = BRACKETED_PLACE.search(text, max(0, name.start - 40), name.start)
    if before is None:
        return name
    return NameSpan(name.table, before.start(), name.end, name.rule_id, name.kind, name.weight)


# "Lanhai Bank (Hong Kong)": a place in brackets right after a name
PLACE_AFTER = regex.compile(r" \((?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")


def _branch_place(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A bank's name with the place it is incorporated in, in brackets: "Bank of China (Hong Kong)".

    The place is a known one (a province, a large city, a country), so an
    acronym or a word in brackets ("Lanmei Group (LMG)") stays out.
    """
    if name.table != ORGANISATIONS or name.kind != "company" or not rules.branch_heads:
        return name
    words = text[name.start : name.end].split(" ")
    if not (words[-1] in rules.branch_heads or (len(words) > 2 and words[0] in rules.branch_heads)):
        return name  # ("Lanhai Cable Group (Shenzhen)": after another head the place is a note)
    after = PLACE_AFTER.match(text, name.end)
    if after is None:
        return name
    place = after.group("place")
    if place not in rules.english_acting_places and place not in rules.english_country_words:
        return name
    return NameSpan(name.table, name.start, after.end(), name.rule_id, name.kind, name.weight)


# a known place right after a name, then an acronym in brackets
PLACE_BEFORE_ACRONYM = regex.compile(r" (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) \((?P<acronym>[A-Z]{3,8})\)")


def _place_in_acronym(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A body's name with the place it serves after its head, when its acronym holds the place.

    "the Airport Authority Hong Kong (AAHK)": the acronym in brackets is
    the initials of the name and the place, so the place is part of the
    name (and the acronym its short form); "Lanhai Port Authority in Qiaoyun"
    or a place whose initials the acronym leaves out stays out.
    """
    if name.table != ORGANISATIONS:
        return name
    after = PLACE_BEFORE_ACRONYM.match(text, name.end)
    if after is None or after.group("place") not in rules.english_acting_places:
        return name
    words = f"{text[name.start : name.end]} {after.group('place')}".split(" ")
    initials = "".join(word[0] for word in words if word[:1].isupper())
    if initials != after.group("acronym"):
        return name
    return NameSpan(name.table, name.start, after.start("acronym") - 2, name.rule_id, name.kind, name.weight)


# "the Invest in Lanhai Initiative": a capitalised verb and "in" before the
# place a programme is named by, after an article only ("Firms in Lanhai
# Scheme..." at a line's start is a clause)
PLACE_SLOGAN = regex.compile(r"(?<=\b[Tt]he )[A-Z][a-z]+ in $")


def _place_slogan(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A programme named by a slogan on its place takes the slogan in: "the Study in Qiaoyun Scheme"."""
    if name.table != PROJECTS or name.kind != "program":
        return name
    slogan = PLACE_SLOGAN.search(text, max(0, name.start - 24), name.start)
    if slogan is None or _is_leading(slogan.group().split(" ")[0], rules):
        return name
    return NameSpan(PROJECTS, slogan.start(), name.end, name.rule_id, name.kind, name.weight)


def _dotted_country(text: str, name: NameSpan) -> NameSpan:
    """A body led by its country written with full stops: "U.S. Commerce Department"."""
    if name.table != ORGANISATIONS:
        return name
    before = DOTTED_COUNTRY.search(text, max(0, name.start - 6), name.start)
    if before is None:
        return name
    return NameSpan(name.table, before.start(), name.end, name.rule_id, name.kind, name.weight)


def _numbered(text: str, name: NameSpan) -> NameSpan:
    """A name numbered after its place: "Lanhai No. 1 People's Hospital"."""
    if not text[name.start : name.start + 1].isdigit():
        return name
    before = NUMBERED.search(text, max(0, name.start - 60), name.start)
    if before is None:
        return name
    return NameSpan(name.table, before.start(), name.end, name.rule_id, name.kind, name.weight)


def _portfolio_list(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A list of portfolios inside a body's name, written with commas.

    "Innovation, Technology and Industry Bureau" (the items before a name
    that begins with "<portfolio> and"), "Ministry of Culture, Sports and
    Tourism" (the items after a name that ends with its portfolio).
    """
    if name.table != ORGANISATIONS:
        return name
    start, end = name.start, name.end
    if rules.portfolio_list_start.match(text, start) and text[max(0, start - 2) : start] == ", ":
        before = rules.portfolio_list_before.search(text, max(0, start - 80), start)
        if before is not None:
            start = before.start()
    after = rules.portfolio_list_after.match(text, end)
    if after is not None and text[start:end].rsplit(" ", 1)[-1] in rules.portfolio_words:
        end = after.end()
    if (start, end) == (name.start, name.end):
        return name
    return NameSpan(name.table, start, end, name.rule_id, name.kind, name.weight)


def _built_facility(text: str, name: NameSpan, rules: NameRules) -> NameSpan:
    """A centre that is built, opened or located is a facility ("building the X Center")."""
    words = text[name.start : name.end].split(" ")
    if len(words) > 2 and words[-2] == "Phase":
        words = words[:-2]  # "the Lanqiao Center Phase III will be completed"
    if name.table != ORGANISATIONS or words[-1] not in rules.english_built_heads:
        return name
    window_before = text[max(0, name.start - 40) : name.start]
    built = (rules.english_built_before is not None and rules.english_built_before.search(window_before)) or (
        rules.english_built_after is not None and rules.english_built_after.match(text, name.end)
    )
    if not built:
        return name
    rule_id, kind = rules.english_built_rule
    return NameSpan(PROJECTS, name.start, name.end, rule_id, kind, name.weight)


def _run_breaks(text: str, rules: NameRules) -> frozenset[str]:
    """The words that end a run of capitalised words on the line `text`.

    A headline's verbs always; its prepositions only on a headline ("the
    Independent Commission Against Corruption": in running text a capitalised
    preposition is a word of a name).
    """
    if _title_case(text):
        return rules.headline_verbs
    return rules.headline_verbs - rules.headline_prepositions


def chunk_names(
    text: str, tokens: list[Token], rules: NameRules, breaks: frozenset[str] | None = None
) -> list[NameSpan]:
    """Names made of `tokens` (the words of one chunk, or of a whole line).

    `breaks` are the line's `_run_breaks`, computed once per line by the caller.
    """
    names = []
    if breaks is None:
        breaks = _run_breaks(text, rules)
    for run in _runs(text, tokens, rules.connectors, breaks):
        parts = _split_phrases(run, tokens, rules)
        for number, part in enumerate(parts):
            next_index = part[-1] + 1 if number == len(parts) - 1 else len(tokens)
            if not _may_hold_head(part, tokens, rules, next_index):
                continue
            name = _english_name(text, part, tokens, rules, next_index)
            if name is not None:
                names.append(name)
    return names


def english_repeatable(names: set[str], document: str, rules: NameRules) -> list[str]:
    """The companies of `names` that may be counted wherever `document` names them again.

    A name that the document also writes after a preposition of place ("in
    Lanhai") or as the first word of a longer run ("Lanhai Airport") is a
    place or a modifier somewhere: one reading of it is not carried to the
    others. Titles, pronouns and places are never repeated.
    """
    repeatable = []
    for name in names:
        if name in rules.english_not_short or name.split(" ")[0] in rules.english_not_short:
            continue
        for match in regex.finditer(rf"(?<![\w&'’\-]){regex.escape(name)}(?![\w&\-])", document):
            start, end = match.span()
            if _previous_word(document, start) in rules.english_place_prepositions:
                break  # "in Lanhai": a place
            if regex.match(r" [A-Z]", document[end : end + 2]):
                break  # "Lanhai Airport": a modifier of another name
        else:
            repeatable.append(name)
    return repeatable


def _generic_run(words: Sequence[str], rules: NameRules) -> bool:
    """Whether a capitalised run holds only numbers, unit symbols and field acronyms.

    Such a run before a lower-case head describes a site ("a 60 GW solar base",
    "an AI industrial park") and names none.
    """
    return bool(words) and all(
        word[:1].isdigit() or word in rules.generic_capitals or word in rules.english_acronym_stop_words
        for word in words
    )
