"""Pass 2: structure rules revise a document's verdicts by looking at neighbouring lines."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from regex import Pattern

from pipeline.stages.boilerplate.measure import LineFacts, length_units, title_key
from pipeline.stages.boilerplate.rules import StructureSettings

Verdicts = list[str | None]

# A title written as a labelled field ("发布机构: 某某局") is matched again only
# whole: the issuer's name signed below a notice is not that field printed
# again with its label lost, as a title loses the site's name.
# A body's name and its government's name above the title: at most two header lines.
BODY_NAME_MAX_LINES = 2
LABELLED_TITLE = regex.compile(r"^\W{0,2}\p{Han}(?:\s{0,4}\p{Han}){1,5}\s{0,2}[:：]\s*\S")


@dataclass(frozen=True)
class Page:
    """A document's line facts with what every structure rule asks of them.

    `order`: indices of the non-blank lines; `body_start` and
    `last_paragraph`: indices of the first and last paragraph-like lines
    that are not markers (where the article starts and ends), None when
    there is none; `sections`: positions in `order` of the lines whose
    marker opens a related-articles section; `signature`: the lines of the
    signature blocks (see `signature_lines`).
    """

    facts: Sequence[LineFacts]
    order: list[int]
    body_start: int | None
    last_paragraph: int | None = None
    sections: tuple[int, ...] = ()
    signature: frozenset[int] = frozenset()

    def after_body(self, index: int) -> bool:
        """True when line `index` comes after the article's first paragraph."""
        return self.body_start is not None and index > self.body_start


def page_of(facts: Sequence[LineFacts], settings: StructureSettings | None = None) -> Page:
    """The Page of a document's line facts (one pass over them); with `settings`, its signature blocks too."""
    order: list[int] = []
    sections: list[int] = []
    body_start = last_paragraph = None
    for index, fact in enumerate(facts):
        if fact.blank:
            continue
        marker = fact.marker
        if marker is None:
            if fact.paragraph_like:
                last_paragraph = index
                if body_start is None:
                    body_start = index
        elif marker.opens_section:
            sections.append(len(order))
        order.append(index)
    signature = signature_lines(facts, order, body_start, settings) if settings is not None else frozenset()
    return Page(facts, order, body_start, last_paragraph, tuple(sections), signature)


def signature_lines(
    facts: Sequence[LineFacts], order: Sequence[int], body_start: int | None, settings: StructureSettings
) -> frozenset[int]:
    """The lines of a filing's or notice's signature blocks: an opener and the short lines under it.

    An opener is a line `signature_block.opener_pattern` takes whole ("By
    order of the Board", "承董事会命"); under it, at most `max_lines`
    non-blank lines that no marker takes and that are headline-like (the
    company, the signer, the title, the place and date) belong to it, up to
    and with a line of one of the `end_rules` (the date of signing). After
    the article's first paragraph, a line of one of the `closer_rules`
    ("Hong Kong, 27 March 2026") closes a block of such lines above it.
    """
    opener = settings.signature_opener
    most = settings.signature_max_lines
    if opener is None or most <= 0:
        return frozenset()

    def short(index: int) -> bool:
        return facts[index].marker is None and facts[index].headline_like

    lines: set[int] = set()
    for position, index in enumerate(order):
        fact = facts[index]
        if fact.marker is not None:
            continue
        if opener.fullmatch(fact.text) is not None:
            lines.add(index)
            for below in order[position + 1 : position + 1 + most]:
                if not short(below):
                    break
                lines.add(below)
                if facts[below].protected and facts[below].article_text_rule in settings.signature_end_rules:
                    break
        elif (
            body_start is not None
            and index > body_start
            and fact.protected
            and fact.article_text_rule in settings.signature_closer_rules
        ):
            lines.add(index)
            for above in reversed(order[max(0, position - most + 1) : position]):
                if above <= body_start or not short(above):
                    break
                lines.add(above)
    return frozenset(lines)


def keep_signature_blocks(page: Page, rules: Verdicts) -> None:
    """Give the lines of a signature block back to the article when a structure rule took them.

    Its short lines look like a menu or a headline list, and the company
    signing it is often the page's first line (a title printed again), but
    they are the filing's own (see `signature_lines`).
    """
    for index in page.signature:
        rule = rules[index]
        if rule is not None and rule.startswith("structure:"):
            rules[index] = None


def keep_fact_boxes(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give a fact box below the article's text back to it when a structure rule took it.

    A box is a heading found by `fact_box.heading_pattern` ("项目小档案",
    "Key facts") right below a line of running text, over at least
    `min_fields` labelled fields (`field_pattern`: "装机容量:120MW") that
    no marker takes. Its short lines look like a headline list after the
    article, but they state the article's own figures and dates.
    """
    heading_pattern, field_pattern = settings.fact_box_heading, settings.fact_box_field
    if heading_pattern is None or field_pattern is None:
        return
    facts, order = page.facts, page.order
    # the pattern opens with a look through the whole line: a line too long
    # to be a heading is not tried (32 µs for a paragraph)
    longest = settings.fact_box_heading_longest
    for position in range(1, len(order)):
        heading = order[position]
        text = facts[heading].text
        if (
            facts[heading].marker is not None
            or (longest is not None and len(text) > longest)
            or not heading_pattern.fullmatch(text)
        ):
            continue
        if not _running_text(page, rules, order[position - 1], settings):
            continue
        fields = []
        for index in order[position + 1 :]:
            if facts[index].marker is not None or not field_pattern.match(facts[index].text):
                break
            fields.append(index)
        if len(fields) < max(settings.fact_box_min_fields, 1):
            continue
        for index in (heading, *fields):
            rule = rules[index]
            if rule is not None and rule.startswith("structure:"):
                rules[index] = None


def mark_after_related(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Lines after a related-articles heading, up to the end or until article text resumes.

    Text resumes at `resume_paragraphs` paragraph-like lines in a row, or at
    `resume_at_end_paragraphs` of them in a row that close the page.
    """
    facts, order = page.facts, page.order
    resume = 0  # a heading inside a section already marked opens none of its own
    for position in page.sections:
        if position < resume:
            continue
        section = order[position + 1 :]
        end = len(section)
        streak = 0
        for offset, index in enumerate(section):
            fact = facts[index]
            streak = streak + 1 if fact.paragraph_like and not fact.truncated and fact.marker is None else 0
            if streak >= max(settings.resume_paragraphs, 1):
                end = offset - streak + 1
                break
        else:
            closing = _closing_paragraphs(page, section, settings)
            if settings.resume_at_end_paragraphs and closing >= settings.resume_at_end_paragraphs:
                end = len(section) - closing
        foot_date = _foot_date(page, rules, section[:end], settings)
        for index in section[:end]:
            if rules[index] is None and index != foot_date:
                rules[index] = "structure:after_related"
        resume = position + 1 + end


def _foot_date(
    page: Page, rules: Verdicts, section: Sequence[int], settings: StructureSettings
) -> int | None:
    """The index of the date line that closes `section` as the page's own date, or None.

    A line of one of `after_related.foot_date_rules` (a date alone, with or
    without its weekday) is the page's date printed at its foot when it is
    the section's only such line and at most
    `after_related.foot_date_max_lines_below` unmarked lines (the footer's)
    follow it; a dated headline list has a date under each of its items,
    and those stay the list's.
    """
    if not settings.foot_date_rules:
        return None
    facts = page.facts
    dated = [
        index
        for index in section
        if facts[index].protected and facts[index].article_text_rule in settings.foot_date_rules
    ]
    if len(dated) != 1:
        return None
    below = [index for index in section if index > dated[0] and rules[index] is None]
    return dated[0] if len(below) <= settings.foot_date_max_lines_below else None


def _closing_paragraphs(page: Page, section: Sequence[int], settings: StructureSettings) -> int:
    """How many lines in a row close `section` (the page's last lines) as the article's paragraphs do.

    A paragraph-like line, or one of at least `resume_at_end_min_units` that
    ends like a sentence; neither a marker nor a truncated teaser. 0 when
    none of them is paragraph-like: short sentences alone are teasers.
    """
    count = 0
    paragraph = False
    for index in reversed(section):
        fact = page.facts[index]
        if fact.marker is not None or fact.truncated:
            break
        sentence = fact.text[-1:] in settings.sentence_end and fact.units >= settings.resume_at_end_min_units
        if not (fact.paragraph_like or sentence):
            break
        paragraph = paragraph or fact.paragraph_like
        count += 1
    return count if paragraph else 0


def mark_repeated_lines(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Both copies of a line whose text repeats on the next non-blank line.

    A line that `sentence_pattern` finds ends like a sentence: a picture's
    caption stating facts, printed as the picture's alternative text and
    again as its caption, which is article text (a list entry printed twice
    is a title).
    """
    facts, order = page.facts, page.order
    sentence = settings.repeated_sentence_pattern
    for previous, current in zip(order, order[1:], strict=False):
        if settings.repeated_only_after_body and not page.after_body(previous):
            continue
        if facts[previous].text == facts[current].text and (
            sentence is None or sentence.search(facts[previous].text) is None
        ):
            for index in (previous, current):
                if rules[index] is None:
                    rules[index] = "structure:repeated_line"


def _runs(order: Sequence[int], belongs: Callable[[int], bool]) -> list[list[int]]:
    """Maximal runs of consecutive entries of `order` for which `belongs` holds."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index in order:
        if belongs(index):
            current.append(index)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _article_list(page: Page, rules: Verdicts, run: Sequence[int], settings: StructureSettings) -> bool:
    """Whether the run of lines `run` (in page order) is a list of the article itself.

    So it is when the non-blank line just above it is article text ending in
    one of `intro_chars` ("首批签约企业包括:"), or, with `between_paragraphs`,
    when article text comes both above and below it: a paragraph-like line
    or a sentence of at least `sentence_min_units`, not a teaser cut off with
    "..." (see `article_list` in the rules file).
    """
    facts = page.facts
    above = next((index for index in reversed(range(run[0])) if not facts[index].blank), None)
    if (
        above is not None
        and rules[above] is None
        and facts[above].text[-1] in settings.article_list_intro_chars
    ):
        return True
    if not settings.article_list_between_paragraphs or page.body_start is None or page.body_start > run[0]:
        return False

    return any(_running_text(page, rules, index, settings) for index in page.order if index < run[0]) and any(
        _running_text(page, rules, index, settings) for index in page.order if index > run[-1]
    )


def _running_text(page: Page, rules: Verdicts, index: int, settings: StructureSettings) -> bool:
    """Whether line `index` is article text around a list: unmarked, paragraph-like or a long sentence.

    A sentence counts from `sentence_min_units` (see `article_list`); a
    teaser cut off with "..." never does.
    """
    fact = page.facts[index]
    if rules[index] is not None or fact.blank or fact.truncated:
        return False
    return fact.paragraph_like or (
        fact.text[-1] in settings.sentence_end and fact.units >= settings.article_list_sentence_min_units
    )


def _highlights(page: Page, rules: Verdicts, run: Sequence[int], settings: StructureSettings) -> bool:
    """Whether the list items `run` lead straight into the article's running text: its highlights.

    With `above_first_paragraph` (see `article_list` in the rules file), a
    press release's bullet points right above its first paragraph stay
    text, when no article text comes above them.
    """
    if not settings.article_list_above_first_paragraph:
        return False
    below = next((index for index in page.order if index > run[-1]), None)
    return (
        below is not None
        and _running_text(page, rules, below, settings)
        and not any(_running_text(page, rules, index, settings) for index in page.order if index < run[0])
    )


def _content_run(page: Page, rules: Verdicts, run: Sequence[int], settings: StructureSettings) -> bool:
    """Whether the run of short lines `run` carries the article's content rather than links.

    A menu entry or another article's title names a thing; the highlights
    of a results announcement and the fields of a tender notice state
    amounts, dates and clauses (`content_run.pattern`). The run is the
    article's when at least `min_share` of its lines, and `min_lines` of
    them, carry content, the line right above it is article text (a
    heading, the title, another field) and article text follows below it
    (see `_running_text`), so a footer's address rows stay chrome.
    """
    pattern = settings.content_run_pattern
    if pattern is None or not run:
        return False
    facts, order = page.facts, page.order
    position = order.index(run[0])
    if position == 0 or rules[order[position - 1]] is not None:
        return False
    carrying = sum(1 for index in run if rules[index] is None and pattern.match(facts[index].text))
    least = max(settings.content_run_min_lines, 1, settings.content_run_min_share * len(run))
    if carrying < least:
        return False
    return any(_running_text(page, rules, index, settings) for index in order if index > run[-1])


def mark_link_lists(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Runs of at least `min_run` headline-like list items ("- 标题", "1. 标题"), not the article's own."""
    facts = page.facts

    def is_item(index: int) -> bool:
        return facts[index].link_item

    def is_unprotected(index: int) -> bool:
        return not facts[index].protected

    # An article-text line breaks a run; it is looked for (slow) only in runs
    # of items long enough to count, since any part of a shorter run is shorter.
    for items in _runs(page.order, is_item):
        if len(items) < settings.link_list_min_run:
            continue
        for run in _runs(items, is_unprotected):
            if (
                len(run) >= settings.link_list_min_run
                and not _article_list(page, rules, run, settings)
                and not _highlights(page, rules, run, settings)
                and not _content_run(page, rules, run, settings)
            ):
                for index in run:
                    if rules[index] is None:
                        rules[index] = "structure:link_list"


def _blank_run(facts: Sequence[LineFacts], index: int, step: int) -> tuple[int, bool]:
    """Blank lines next to `index` going `step` (-1/+1), and whether the page edge follows."""
    count = 0
    cursor = index + step
    while 0 <= cursor < len(facts) and facts[cursor].blank:
        count += 1
        cursor += step
    return count, not 0 <= cursor < len(facts)


def mark_captions(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Picture names: short unpunctuated lines against an image gap of blank lines."""
    facts = page.facts
    gap = max(settings.image_gap_blank_lines, 1)
    for index in page.order:
        fact = facts[index]
        if not fact.caption_shaped or rules[index] is not None:
            continue
        if settings.caption_only_after_body and not page.after_body(index):
            continue
        before, at_start = _blank_run(facts, index, -1)
        after, at_end = _blank_run(facts, index, +1)
        against_gap = (before >= gap and (after >= 1 or at_end)) or (
            after >= gap and (before >= 1 or at_start)
        )
        if against_gap and not fact.protected:
            rules[index] = "structure:caption"


def mark_caption_copies(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A picture's name printed twice: a short line that the picture's caption line right below begins with.

    The page kept the picture's alternative text and then its caption with
    the credit ("Name of the pictured person" over "Name of the pictured
    person (Agency photo)"); the caption line is boilerplate by a picture
    marker, so the copy above it is too.
    """
    if not settings.caption_copy_markers:
        return
    facts, order = page.facts, page.order
    for position, index in enumerate(order[:-1]):
        below = order[position + 1]
        rule = rules[below]
        if rules[index] is not None or rule is None or not rule.startswith("marker:"):
            continue
        if rule[len("marker:") :] not in settings.caption_copy_markers:
            continue
        if below - index - 1 > settings.caption_copy_max_blank_lines:
            continue
        fact, caption = facts[index], facts[below]
        if not fact.headline_like or fact.units < settings.caption_copy_min_units:
            continue
        if len(caption.text) > len(fact.text) and caption.text.startswith(fact.text) and not fact.protected:
            rules[index] = "structure:caption_copy"


def mark_between_boilerplate(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Short lines directly between two boilerplate lines (no blank line between), not paragraphs.

    Above the article only very short lines count (menu entries between
    separators), so a title between the navigation and the date stays text.
    A line of one of `between_boilerplate.open_markers` (a gallery's counter
    over each picture) encloses nothing: the caption under it is text.
    """
    facts = page.facts
    open_rules = {f"marker:{marker}" for marker in settings.between_open_markers}

    def encloses(rule: str | None) -> bool:
        return rule is not None and rule not in open_rules

    for index in range(1, len(facts) - 1):
        fact = facts[index]
        if fact.blank or rules[index] is not None:
            continue
        if not (encloses(rules[index - 1]) and encloses(rules[index + 1])):
            continue
        limit = settings.between_max_units
        if settings.between_only_after_body and not page.after_body(index):
            limit = settings.between_before_body_max_units
        if fact.units <= limit and not _ends_paragraph(fact, settings) and not fact.protected:
            rules[index] = "structure:between_boilerplate"


def mark_date_pickers(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Parts of a date alone on their lines between two boilerplate lines above the article.

    A digital edition's date picker ("2024年" / "3月5日" between the page
    controls): each line holds a part of a date (`date_picker_pattern`), never
    a whole one, so the article's own date line is left alone; blank lines
    may sit between them.
    """
    pattern = settings.date_picker_pattern
    if pattern is None:
        return
    facts, order = page.facts, page.order

    def is_part(index: int) -> bool:
        if rules[index] is not None or page.after_body(index):
            return False
        return pattern.fullmatch(facts[index].text) is not None

    position = 0
    while position < len(order):
        if not is_part(order[position]):
            position += 1
            continue
        end = position
        while end + 1 < len(order) and is_part(order[end + 1]):
            end += 1
        if position > 0 and end + 1 < len(order) and rules[order[position - 1]] and rules[order[end + 1]]:
            for index in order[position : end + 1]:
                rules[index] = "structure:date_picker"
        position = end + 1


def mark_running_headers(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A heading from above the article printed again inside it, cutting a sentence in two.

    A printed document's page header (the issuer's name at the top of every
    page) lands between the two halves of a sentence: the text line above
    it is at least `running_header.cut_min_units` long and does not end like
    a sentence, and a text line follows. A heading repeated after a finished
    sentence (a signature) stays text.
    """
    body_start = page.body_start
    if not settings.running_header_min_units or body_start is None:
        return
    facts, order = page.facts, page.order
    headings = {
        facts[index].title_key
        for index in order
        if index < body_start
        and facts[index].headline_like
        and facts[index].units >= settings.running_header_min_units
    }
    for position in range(1, len(order) - 1):
        index, above, below = order[position], order[position - 1], order[position + 1]
        if index <= body_start or rules[index] is not None or facts[index].title_key not in headings:
            continue
        if rules[above] is not None or rules[below] is not None:
            continue
        cut = facts[above]
        if (
            cut.units < settings.running_header_cut_min_units
            or cut.text[-1] in settings.running_header_sentence_end
        ):
            continue
        if not facts[index].protected:
            rules[index] = "structure:running_header"


def mark_page_headers(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A printed document's header or footer, the same words with each page's number.

    A report turned from PDF into text keeps a line per page such as
    "某协会 年度报告 第 2 页" or "Annual Review Page 3": `page_header.pattern` takes such a line
    (a `head`, perhaps empty, and the page's `number`). Lines with the same
    head and at least `page_header.min_pages` different numbers are marked;
    one such line alone is left as it is (a sentence may point to a page).
    A page's number alone between dashes ("— 2 —", `bare_number_pattern`)
    also numbers an article's parts, so such lines count only as a
    sequence: at least `bare_min_pages` of them, numbered one after
    another in the page's order, with only the page's chrome above the
    first or below the last (a part's number never ends the article, nor
    stands above its title).
    """
    pattern = settings.page_header_pattern
    if pattern is None or not settings.page_header_min_pages:
        return
    facts = page.facts
    by_head: dict[str, list[tuple[int, str]]] = {}
    for index in page.order:
        if rules[index] is not None:
            continue
        found = pattern.fullmatch(facts[index].text)
        if found is not None:
            head = " ".join((found.group("head") or "").split())
            by_head.setdefault(head, []).append((index, found.group("number")))
    for lines in by_head.values():
        if len({number for _, number in lines}) < settings.page_header_min_pages:
            continue
        for index, _ in lines:
            if not facts[index].protected:
                rules[index] = "structure:page_header"
    for index in _page_number_sequence(page, rules, settings):
        rules[index] = "structure:page_header"


def _page_number_sequence(page: Page, rules: Verdicts, settings: StructureSettings) -> list[int]:
    """The lines of a printed document's bare page numbers ("— 1 —" … "— 4 —"), or none."""
    pattern = settings.page_header_bare_number_pattern
    if pattern is None or not page.order:
        return []
    numbered: list[tuple[int, int]] = []
    for index in page.order:
        found = pattern.fullmatch(page.facts[index].text) if rules[index] is None else None
        if found is not None:
            numbered.append((index, int(found.group("number"))))
    if len(numbered) < settings.page_header_bare_min_pages:
        return []
    in_sequence = all(later == earlier + 1 for (_, earlier), (_, later) in itertools.pairwise(numbered))
    first, last = numbered[0][0], numbered[-1][0]
    # The page's chrome may stand around the printed pages.
    at_edge = all(rules[index] is not None for index in page.order if index < first) or all(
        rules[index] is not None for index in page.order if index > last
    )
    return [index for index, _ in numbered] if in_sequence and at_edge else []


def _ends_paragraph(fact: LineFacts, settings: StructureSettings) -> bool:
    """Whether the line is a paragraph of running text: paragraph-like and ending like a sentence."""
    return fact.paragraph_like and not fact.truncated and fact.text[-1] in settings.sentence_end


def mark_headline_run(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A list of headlines after the article, found walking back from the page end.

    With `truncated_items`, a teaser cut off with "..." is an item however
    long. With `date_item_pattern`, a line holding only a date right below
    a headline is that item's date: it joins the run without counting
    towards `min_run`. Dates count only when at least `min_dated_items`
    items, and `min_dated_share` of them, have one: a notice's signatories
    over its one date are not a list.
    """
    if page.body_start is None:
        return
    date_item = settings.headline_run_date_item
    headlines, dates, boilerplate = _headline_walk(page, rules, settings, date_item)
    if dates and (
        len(dates) < settings.headline_run_min_dated_items
        or len(dates) < settings.headline_run_min_dated_share * len(headlines)
    ):
        headlines, dates, boilerplate = _headline_walk(page, rules, settings, None)
    counted = len(headlines) + (boilerplate if settings.headline_run_counts_boilerplate else 0)
    run = sorted(headlines + dates)
    if (
        headlines
        and counted >= max(settings.headline_run_min_run, 1)
        and not _article_list(page, rules, run, settings)
    ):
        for index in run:
            rules[index] = "structure:headline_run"


def _headline_walk(
    page: Page, rules: Verdicts, settings: StructureSettings, date_item: Pattern | None
) -> tuple[list[int], list[int], int]:
    """Headline-like lines walking back from the page end, their date lines, and the boilerplate above them.

    A date line (one `date_item` takes whole) is kept when the next line up
    is a headline of the walk; otherwise the walk steps over it.
    """
    facts, body_start = page.facts, page.body_start
    headlines: list[int] = []
    dates: list[int] = []
    pending_date: int | None = None
    boilerplate = 0
    for index in reversed(page.order):
        fact = facts[index]
        if body_start is None or index <= body_start or index in page.signature:
            break
        if rules[index] is not None:
            # Only boilerplate above a headline-like line counts: the
            # headlines then sit inside a footer block, not right under the
            # article (where a short line is its byline).
            boilerplate += 1 if headlines else 0
            pending_date = None
            continue
        if date_item is not None and pending_date is None and date_item.fullmatch(fact.text):
            pending_date = index
            continue
        if (fact.headline_like or fact.protected) and _continues_sections(page, rules, index, settings):
            # The lines under a section heading of the article are that section's.
            return [], [], 0
        if (
            not (fact.headline_like or settings.headline_run_truncated_items and fact.truncated)
            or fact.protected
        ):
            break
        headlines.append(index)
        if pending_date is not None:
            dates.append(pending_date)
            pending_date = None
    return headlines, dates, boilerplate


def _section_number(text: str, pattern: Pattern) -> tuple[int, int] | None:
    """The style (which group of `pattern` matched) and number of a numbered heading, or None."""
    found = pattern.search(text)
    if found is None:
        return None
    for group, value in enumerate(found.groups()):
        if value:
            number = int(value) if value.isdigit() else _chinese_number(value)
            return None if number is None else (group, number)
    return None


CHINESE_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral from 一 to 九十九 ("十二" is 12, "二十" is 20), or None."""
    tens, _, units = text.partition("十")
    if "十" not in text:
        return CHINESE_DIGITS.get(text) if len(text) == 1 else None
    if len(tens) > 1 or len(units) > 1:
        return None
    ten = CHINESE_DIGITS.get(tens, 0 if tens else 1)
    unit = CHINESE_DIGITS.get(units, 0 if not units else -100)
    return ten * 10 + unit if ten and unit >= 0 else None


def _continues_sections(page: Page, rules: Verdicts, index: int, settings: StructureSettings) -> bool:
    """Whether line `index` is a numbered heading going on with the article's own numbering.

    The heading one lower, in the same style (`headline_run.section_heading_pattern`),
    stands above it as text, with a line of text that is no such heading
    between them: a section with its content, not an entry of a numbered list.
    """
    pattern = settings.headline_run_section_heading
    if pattern is None:
        return False
    heading = _section_number(page.facts[index].text, pattern)
    if heading is None or heading[1] < 2:
        return False
    style, number = heading
    content = False
    for above in reversed(page.order):
        if above >= index or rules[above] is not None:
            continue
        other = _section_number(page.facts[above].text, pattern)
        if other is None:
            content = True
        elif other == (style, number - 1):
            return content
        else:
            content = False
    return False


def _same_title(key: str, titles: set[str], min_share: float) -> bool:
    """Whether `key` is one of `titles`, or holds one (or is held in one) making up `min_share` of it.

    A title printed again at the foot of a page often gains or loses the
    site's name ("标题_某某网").
    """
    if key in titles:
        return True
    if min_share >= 1 or not key:
        return False
    for title in titles:
        shorter, longer = (title, key) if len(title) <= len(key) else (key, title)
        if shorter in longer and len(shorter) >= min_share * len(longer):
            return True
    return False


def mark_repeated_title(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A title of the page printed again after the article's last paragraph.

    A short article with no paragraph-like line starts and ends at its
    first and last sentence of running text (see `_running_text`). A line
    right over the date a notice is signed with (a line of one of
    `signing_date_rules`) is the notice's signatory, text even when it
    repeats the site's name printed above the title.
    """
    facts = page.facts
    if not settings.repeated_title:
        return
    body_start, last_paragraph = page.body_start, page.last_paragraph
    if body_start is None:
        text = [index for index in page.order if _running_text(page, rules, index, settings)]
        if not text:
            return
        body_start, last_paragraph = text[0], text[-1]
    titles = {
        facts[index].title_key
        for index in page.order
        if index < body_start
        and facts[index].headline_like
        and not facts[index].link_item
        and facts[index].units >= settings.repeated_title_min_units
        and rules[index] is None
    }
    if not titles:
        return
    partial_titles = {
        facts[index].title_key
        for index in page.order
        if index < body_start
        and facts[index].title_key in titles
        and not LABELLED_TITLE.match(facts[index].text)
    }
    signing_dates = settings.repeated_title_signing_date_rules
    signed = {
        above
        for above, below in zip(page.order, page.order[1:], strict=False)
        if facts[below].protected and facts[below].article_text_rule in signing_dates
    }
    for index in page.order:
        if (
            index > last_paragraph
            and rules[index] is None
            and index not in signed
            and facts[index].units <= settings.headline_max_units
            and (
                facts[index].title_key in titles
                or _same_title(facts[index].title_key, partial_titles, settings.repeated_title_min_share)
            )
            and not facts[index].protected
        ):
            rules[index] = "structure:repeated_title"


def mark_footer_tail(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Headline-like lines below a marker line that comes after the article's last paragraph.

    Once the page footer has started (an editor line, a copyright notice, a
    share bar; not a marker of `ignored_markers`, which also sit inside an
    article), the short lines below it are the footer's own: site names,
    owner and support lines, link texts. Lines with clause punctuation
    (`forbidden_chars`) are left alone: a page cut off inside the article
    ends in one.
    """
    facts = page.facts
    if not settings.footer_tail or page.body_start is None:
        return
    end = _article_end(page, rules, settings)
    assert end is not None  # a page with a body has a last paragraph
    footer = False
    for index in page.order:
        if index <= end:
            continue
        fact = facts[index]
        if fact.marker is not None:
            # A marker line given back to the article (a notice's contact line) starts no footer.
            footer = footer or (
                rules[index] is not None and fact.marker.rule_id not in settings.footer_tail_ignored_markers
            )
        elif (
            footer
            and rules[index] is None
            and fact.headline_like
            and settings.footer_tail_forbidden_pattern.search(fact.text) is None
            and not fact.protected
        ):
            rules[index] = "structure:footer_tail"


def _article_end(page: Page, rules: Verdicts, settings: StructureSettings) -> int | None:
    """The article's last line: its last paragraph, or a later sentence of running text.

    Short closing paragraphs below an advert label are still the article's.
    A page without a paragraph ends at its last sentence of running text
    (None when it has none either).
    """
    after = -1 if page.last_paragraph is None else page.last_paragraph
    return max(
        (index for index in page.order if index > after and _running_text(page, rules, index, settings)),
        default=page.last_paragraph,
    )


def mark_footer_labels(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """The issuing office's label alone on a line after the article (`footer_label.pattern`).

    Under the title, beside the release date, the same label is the page's
    own record and stays text; below the article's last paragraph, or its
    last sentence on a page of short paragraphs, it is the footer's.
    """
    pattern = settings.footer_label_pattern
    end = None if pattern is None else _article_end(page, rules, settings)
    if end is None:
        return
    for index in page.order:
        if index > end and rules[index] is None and pattern.fullmatch(page.facts[index].text):
            rules[index] = "structure:footer_label"


def mark_chrome_rows(page: Page, rules: Verdicts) -> None:
    """A row of page controls that no marker takes whole (see `measure.chrome_row`), wherever it stands.

    Each of its parts alone is chrome, so the row is: a tool bar, a row of
    language links, the reader's actions. A line an article-text rule
    takes is left alone.
    """
    facts = page.facts
    for index in page.order:
        if rules[index] is None and facts[index].chrome_row and not facts[index].protected:
            rules[index] = "structure:chrome_row"


def mark_attachment_tails(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """An attachment line after the article's end, with the page's chrome right below it.

    A notice's attachment clause ("附件:…", "Attachment: …";
    `attachment_tail.pattern`, matched at the line's start) between the
    article's last line and the page's footer is the site's download link
    to the file, as the page's chrome below shows: the article has ended.
    A run of such lines counts when the line under the lowest is chrome. The
    same clause over the notice's signatory or its date, or with more of
    the article below, stays text. The article-text rules of
    `attachment_tail.overrides` (which keep a notice's parts as text) do
    not protect it there.
    """
    pattern = settings.attachment_tail_pattern
    end = None if pattern is None else _article_end(page, rules, settings)
    if end is None:
        return
    chrome_below = False
    for index in reversed(page.order):
        if index <= end:
            break
        fact = page.facts[index]
        if rules[index] is not None:
            chrome_below = True
        elif (
            chrome_below
            and pattern.match(fact.text)
            and (not fact.protected or fact.article_text_rule in settings.attachment_tail_overrides)
        ):
            rules[index] = "structure:attachment_tail"
        else:
            chrome_below = False


def mark_closing_tails(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Short lines under a release's closing mark, its date and issue time, with the page's chrome below.

    The closing mark ("完", "(完)"; an article-text rule of
    `closing_tail.closing_rules`) and the date and issue time signed under
    it (`closing_tail.stamp_rules`) end the release as its issuer wrote it.
    Below them, a run of unmarked headline-like lines at most
    `closing_tail.max_units` long with chrome right below is the page's
    footer row ("今日新聞 | 新聞稿檔案"); a separator of
    `closing_tail.ignored_markers` below it does not count as chrome. Only
    lines after the article's end count: when the release follows in
    another language, its title under the closing block stays text.
    """
    closing, stamps = settings.closing_tail_closing_rules, settings.closing_tail_stamp_rules
    # A separator line below the run is no sign of the page's chrome: it also
    # sits under the title of the release in the other language.
    ignored = {f"marker:{rule}" for rule in settings.closing_tail_ignored_markers}
    end = _article_end(page, rules, settings) if closing else None
    if end is None:
        return
    facts, order = page.facts, page.order
    for position, index in enumerate(order):
        if index < end or rules[index] is not None or not facts[index].protected:
            continue
        if facts[index].article_text_rule not in closing:
            continue
        below = position + 1
        while below < len(order) and facts[order[below]].protected:
            if facts[order[below]].article_text_rule not in stamps:
                break
            below += 1
        run: list[int] = []
        for other in order[below:]:
            fact = facts[other]
            if rules[other] in ignored:
                continue
            if rules[other] is not None:
                for member in run:
                    rules[member] = "structure:closing_tail"
                run = []
            elif fact.headline_like and fact.units <= settings.closing_tail_max_units and not fact.protected:
                run.append(other)
            else:
                break


def mark_prev_next_titles(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """The title under a previous/next label alone on its line ("上一篇" / its title).

    The label is chrome already (a marker); the line right under it is the
    linked article's title when it is headline-like and at most
    `prev_next_title.max_units` long. A sentence there is the article's.
    """
    pattern = settings.prev_next_label_pattern
    if pattern is None:
        return
    for position, index in enumerate(page.order[:-1]):
        if rules[index] is None or not pattern.fullmatch(page.facts[index].text):
            continue
        below = page.order[position + 1]
        fact = page.facts[below]
        if (
            rules[below] is None
            and fact.headline_like
            and fact.units <= settings.prev_next_title_max_units
            and not fact.protected
        ):
            rules[below] = "structure:prev_next_title"


def mark_above_navigation(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Short lines at the top of the page above its navigation.

    Above the first boilerplate line they may be `max_units` long;
    `with_title_max_units` when that line is navigation (a marker of
    `navigation_markers`) and the title is still to come: a headline-like
    line of another text, not a date line (`not_title_pattern`), between it
    and the article. Above the last navigation trail (`trail_markers`) with
    the title still to come, the unmarked lines may be as long. A first
    boilerplate line that is the page's date stamp (`stamp_markers`) is
    no navigation: the short line above a stamp is the title. A slogan
    between two header lines (`slogan_menu_markers`) and a disclosure portal's rows
    above a filing's disclaimer (`filing_header_pattern`) are the header too.
    """
    facts, limit = page.facts, settings.above_navigation_max_units
    if limit <= 0:
        return
    first = next((index for index in page.order if rules[index] is not None), None)
    if first is None or (page.body_start is not None and first > page.body_start):
        return
    end = len(facts) if page.body_start is None else page.body_start

    def title_follows(line: int, above: list[int]) -> bool:
        texts_above = {facts[index].title_key for index in above}
        return any(
            rules[index] is None
            and facts[index].headline_like
            and facts[index].units >= settings.repeated_title_min_units
            and settings.above_navigation_not_title.search(facts[index].text) is None
            and facts[index].title_key not in texts_above
            and not facts[index].protected
            for index in page.order
            if line < index < end
        )

    def all_short(above: list[int], most: int) -> bool:
        return bool(above) and all(
            facts[index].headline_like and facts[index].units <= most and not facts[index].protected
            for index in above
        )

    above = [index for index in page.order if index < first]
    marker = facts[first].marker
    under_stamp = marker is not None and marker.rule_id in settings.above_navigation_stamp_markers
    if (
        marker is not None
        and marker.rule_id in settings.above_navigation_markers
        and title_follows(first, above)
    ):
        limit = max(limit, settings.above_navigation_with_title_max_units)
    if not under_stamp and all_short(above, limit):
        for index in above:
            rules[index] = "structure:above_navigation"
    _mark_header_slogans(page, rules, settings, end, title_follows)
    _mark_filing_portal_header(page, rules, settings, end)
    trails = [
        index
        for index in page.order
        if index < end
        and facts[index].marker is not None
        and facts[index].marker.rule_id in settings.above_navigation_trail_markers
    ]
    if not trails:
        return
    unmarked = [index for index in page.order if index < trails[-1] and rules[index] is None]
    if title_follows(trails[-1], unmarked) and all_short(
        unmarked, settings.above_navigation_with_title_max_units
    ):
        for index in unmarked:
            rules[index] = "structure:above_navigation"


def _mark_header_slogans(
    page: Page,
    rules: Verdicts,
    settings: StructureSettings,
    end: int,
    title_follows: Callable[[int, list[int]], bool],
) -> None:
    """A short line between two header lines above the article, the lower one a menu or trail.

    The site's slogan sits between its skip link or logo row and its menu
    (`slogan_menu_markers`); with the title still to come below the menu,
    the line is no title. A date stamp above it is no header line (the line
    under a stamp is text), and a label below it ("Press release") is no
    menu: a body's name over the label is the release's issuer.
    """
    if not settings.above_navigation_slogan_menus:
        return
    facts, order = page.facts, page.order
    for position in range(1, len(order) - 1):
        index, above, below = order[position], order[position - 1], order[position + 1]
        if below >= end:
            break
        fact, above_marker, below_marker = facts[index], facts[above].marker, facts[below].marker
        if (
            rules[index] is None
            and rules[above] is not None
            and rules[below] is not None
            and (above_marker is None or above_marker.rule_id not in settings.above_navigation_stamp_markers)
            and below_marker is not None
            and below_marker.rule_id in settings.above_navigation_slogan_menus
            and fact.headline_like
            and fact.units <= settings.above_navigation_with_title_max_units
            and not fact.protected
            and title_follows(below, [index])
        ):
            rules[index] = "structure:above_navigation"


def _mark_filing_portal_header(page: Page, rules: Verdicts, settings: StructureSettings, end: int) -> None:
    """A disclosure portal's header rows above the exchange's disclaimer that opens a filing.

    The disclaimer heads the filing itself, so what stands above it is the
    portal's: rows of named items between bars (`filing_header_pattern`),
    never a reprinting site's headline, which has no such bars.
    """
    pattern = settings.above_navigation_filing_header
    if pattern is None:
        return
    facts = page.facts
    opening = next(
        (
            index
            for index in page.order
            if index < end
            and facts[index].marker is not None
            and facts[index].marker.rule_id in settings.above_navigation_filing_markers
        ),
        None,
    )
    if opening is None:
        return
    above = [index for index in page.order if index < opening and rules[index] is None]
    if above and all(pattern.fullmatch(facts[index].text) and not facts[index].protected for index in above):
        for index in above:
            rules[index] = "structure:above_navigation"


def mark_masthead(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """An outlet's name alone on a line above the title ("某某日报", "China Daily").

    Above the first headline-like line of at least repeated_title.min_units
    that is not itself such a name; below the title the same name is the
    article's source line, which is text. As the page's first line, a public
    body's name in Chinese and English (`masthead.first_line_pattern`) is
    the site's header too, and so is an English public body's name
    (`masthead.body_name_pattern`) as the first line left above the title
    when the title follows it directly (see `_mark_body_name_header`).
    """
    facts, pattern = page.facts, settings.masthead_pattern
    first_line = settings.masthead_first_line_pattern
    if first_line is not None and page.order:
        first = page.order[0]
        if rules[first] is None and first_line.fullmatch(facts[first].text) and not facts[first].protected:
            rules[first] = "structure:masthead"
    _mark_body_name_header(page, rules, settings)
    if pattern is None:
        return
    end = len(facts) if page.body_start is None else page.body_start
    for index in page.order:
        if index >= end:
            break
        fact = facts[index]
        if rules[index] is not None:
            continue
        # A line the article-text rules protect is passed over; they are checked last (slow).
        if pattern.fullmatch(fact.text):
            if not fact.protected:
                rules[index] = "structure:masthead"
        elif fact.headline_like and fact.units >= settings.repeated_title_min_units and not fact.protected:
            break


def mark_site_name_pair(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """The page's first line as the site's name given twice ("某某部全球资讯网 Ministry of ...").

    Its Chinese name and its English name or initials, in either order
    (`site_name_pair.pattern`, matched whole), no longer than `max_units`,
    with the article still to come: the first line stands above the first
    paragraph and is no paragraph itself. Further down the same shape is a
    notice's issuer, which is text, so no other line is judged.
    """
    pattern = settings.site_name_pair_pattern
    if pattern is None or not page.order:
        return
    first = page.order[0]
    fact = page.facts[first]
    if (
        rules[first] is None
        and page.body_start is not None
        and first < page.body_start
        and not fact.paragraph_like
        and fact.units <= settings.site_name_pair_max_units
        and pattern.fullmatch(fact.text)
        and not fact.protected
    ):
        rules[first] = "structure:site_name_pair"


def _mark_body_name_header(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """An English public body's name as the site's header ("Census and Statistics Department").

    It is the first line not yet marked above the article (only chrome
    above it, or nothing), with at most BODY_NAME_MAX_LINES such names in a
    row (the body, then its government), and the title, a headline-like
    line of at least repeated_title.min_units, follows them with nothing between. A label
    between the name and the title ("Press Release") makes the name the
    release's issuer, which is text; so does a paragraph right below it.
    """
    pattern = settings.masthead_body_name_pattern
    if pattern is None:
        return
    facts = page.facts
    end = len(facts) if page.body_start is None else page.body_start
    top = [index for index in page.order if index < end]
    position = next((position for position, index in enumerate(top) if rules[index] is None), None)
    if position is None:
        return
    names = []
    for index in top[position : position + BODY_NAME_MAX_LINES + 1]:
        if rules[index] is not None or facts[index].protected or not pattern.fullmatch(facts[index].text):
            break
        names.append(index)
    if not names or len(names) > BODY_NAME_MAX_LINES or position + len(names) >= len(top):
        return
    title = top[position + len(names)]
    below = facts[title]
    if rules[title] is None and below.headline_like and below.units >= settings.repeated_title_min_units:
        for index in names:
            rules[index] = "structure:masthead"


def mark_title_with_site(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A line above the article that is another line above it plus the site's name ("标题_某某网").

    The page's title bar: the title, a separator of `separators`, and a name
    of at most `max_site_units` (before or after the title).
    """
    facts, separators = page.facts, settings.title_with_site_separators
    if not separators:
        return
    end = len(facts) if page.body_start is None else page.body_start
    top = [index for index in page.order if index < end]
    titles = {
        facts[index].title_key
        for index in top
        if rules[index] is None
        and facts[index].headline_like
        and facts[index].units >= settings.repeated_title_min_units
    }
    if not titles:
        return
    for index in top:
        # The article-text rules are checked last: most lines hold no title, and they are slow.
        if (
            rules[index] is None
            and _holds_title_with_site(facts[index].title_key, titles, settings)
            and not facts[index].protected
        ):
            rules[index] = "structure:title_with_site"


def _holds_title_with_site(key: str, titles: set[str], settings: StructureSettings) -> bool:
    """Whether `key` is one of `titles` joined to a short name by a separator (see `mark_title_with_site`)."""
    separators = settings.title_with_site_separators
    for title in titles:
        if len(title) >= len(key) or title not in key:
            continue
        before, _, after = key.partition(title)
        if not before:
            # The title bar may hold the subtitle too, printed on its own line below the title.
            subtitle = next(
                (
                    other
                    for other in titles
                    if other != title and len(other) < len(after) and after.startswith(other)
                ),
                None,
            )
            if subtitle is not None:
                after = after[len(subtitle) :]
        site = after if not before else before if not after else None
        if site is None:
            continue
        site = site.strip()
        edge = site[0] if after else site[-1]
        if (
            edge in separators
            and length_units(site, settings.latin_word_units) <= settings.title_with_site_max_units
        ):
            return True
    return False


def mark_short_runs(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Runs of at least `min_run` very short lines with no blank line between: a menu, one link a line."""
    facts = page.facts
    if settings.short_run_min_run <= 0:
        return

    def is_short(index: int) -> bool:
        fact = facts[index]
        return (
            not fact.blank
            and fact.units <= settings.short_run_max_units
            and (rules[index] is not None or fact.headline_like)
        )

    run: list[int] = []
    for index in [*range(len(facts)), len(facts)]:
        if index < len(facts) and is_short(index):
            run.append(index)
            continue
        if (
            len(run) >= settings.short_run_min_run
            and not _article_list(page, rules, run, settings)
            and not _content_run(page, rules, run, settings)
        ):
            for member in run:
                if rules[member] is None and not facts[member].protected:
                    rules[member] = "structure:short_run"
        run = []


def keep_table_heads(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give a table's head row back to the article when its first data row follows.

    A line marked only by one of `table_head.markers` (a menu between bars:
    "Year | Public rental | Subsidised sale | Private") is the head of a
    table when the next non-blank line is article text split by the same bar
    into as many cells, at least `table_head.min_cells` of them, with a digit
    in at least `table_head.min_number_share` of its cells ("2027 | 20.1 |
    7.4 | 16.5"). A menu is followed by other chrome or by the title, not by
    a row of numbers.
    """
    if not settings.table_head_markers:
        return
    facts, order = page.facts, page.order
    for position, index in enumerate(order[:-1]):
        rule = rules[index]
        if rule is None or rule.removeprefix("marker:") not in settings.table_head_markers:
            continue
        row = order[position + 1]
        if rules[row] is not None:
            continue
        head_cells = _bar_cells(facts[index].text)
        row_cells = _bar_cells(facts[row].text)
        if len(head_cells) < settings.table_head_min_cells or len(row_cells) != len(head_cells):
            continue
        numbers = sum(any(character.isdigit() for character in cell) for cell in row_cells)
        if numbers >= settings.table_head_min_number_share * len(row_cells):
            rules[index] = None


def _bar_cells(text: str) -> list[str]:
    """The non-empty cells of a line split at its bars."""
    return [cell.strip() for cell in text.split("|") if cell.strip()]


def keep_article_contacts(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give contact lines inside the article back to it.

    A line marked only by a contact marker (`article_contact.markers`) is the
    article's own when one of the `reach` lines above it, all article text,
    introduces it (ends in one of `intro_chars`: "详情咨询:") or is a heading
    of a contact section (`heading_pattern`: "四、联系方式"): the contact
    person and number of a notice, not the site's contact box (a contact
    heading counts up to `heading_reach` lines above). A contact line
    right below one given back is given back too: a list of numbers after
    "各区咨询电话:". So is one between article text above and a sentence of
    the article below (ending in one of `article_contact.sentence_end`), and
    one that is itself such a sentence between two lines of article text
    (a notice's "联系人:…,电话:…。" over its signature), one that closes
    a notice's list of labelled fields (see `_closes_fields`), and one
    between the notice's last sentence and its attachment line (see
    `_above_notice_part`), and one that states a fact before its number
    (`article_contact.fact_pattern`: "…将在两年内建成8座人才公寓,项目咨询电话:…"), wherever
    it stands. A contact for the press is a marker of its own
    (`press_contact`), never a contact marker, so it is never given back.
    """
    if not settings.contact_markers or settings.contact_reach <= 0:
        return
    facts, order = page.facts, page.order
    heading, fact = settings.contact_heading_pattern, settings.contact_fact_pattern
    given_back: set[int] = set()
    for position, index in enumerate(order):
        rule = rules[index]
        if rule is None or rule.removeprefix("marker:") not in settings.contact_markers:
            continue
        follows_given_back = position > 0 and order[position - 1] in given_back
        if (
            follows_given_back
            or (fact is not None and fact.search(facts[index].text) is not None)
            or _between_sentences(page, rules, position, settings)
            or _closes_fields(page, rules, position, settings)
            or _above_notice_part(page, rules, position, settings)
        ):
            rules[index] = None
            given_back.add(index)
            continue
        reach = max(settings.contact_reach, settings.contact_heading_reach)
        for distance, above in enumerate(reversed(order[max(0, position - reach) : position]), 1):
            if rules[above] is not None:
                break
            text = facts[above].text
            introduced = distance <= settings.contact_reach and text[-1:] in settings.contact_intro_chars
            headed = (
                heading is not None and distance <= settings.contact_heading_reach and heading.search(text)
            )
            if introduced or headed:
                rules[index] = None
                given_back.add(index)
                break


def keep_catalogue_fields(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give a catalogue record's fields back to the notice when a column marker took them.

    A government portal's catalogue record (`索引号:…`, `分类:…`, `发文机关:…`)
    is the notice's header and text; its `分类:` field reads like the page's
    column label (`column_label`). A line marked by one of
    `catalogue_field.markers` is given back when a line within `reach`
    non-blank lines above or below it is a field of the record
    (`catalogue_field.pattern`).
    """
    pattern, markers = settings.catalogue_field_pattern, settings.catalogue_field_markers
    if pattern is None or not markers or settings.catalogue_field_reach <= 0:
        return
    facts, order, reach = page.facts, page.order, settings.catalogue_field_reach
    for position, index in enumerate(order):
        rule = rules[index]
        if rule is None or rule.removeprefix("marker:") not in markers:
            continue
        near = order[max(0, position - reach) : position] + order[position + 1 : position + 1 + reach]
        if any(pattern.match(facts[other].text) for other in near):
            rules[index] = None


def _closes_fields(page: Page, rules: Verdicts, position: int, settings: StructureSettings) -> bool:
    """Whether the contact line at `position` of the page's order closes a notice's list of labelled fields.

    The line right above it is such a field (`article_contact.field_pattern`),
    unmarked and no other article-text line (a source line is no field), and
    at least `field_min_lines` fields stand above it as article text.
    """
    pattern, order, facts = settings.contact_field_pattern, page.order, page.facts
    if pattern is None or position == 0 or settings.contact_field_min_lines <= 0:
        return False
    above = order[position - 1]
    if rules[above] is not None or pattern.search(facts[above].text) is None or facts[above].protected:
        return False
    fields = sum(
        1 for index in order[:position] if rules[index] is None and pattern.search(facts[index].text)
    )
    return fields >= settings.contact_field_min_lines


def _above_notice_part(page: Page, rules: Verdicts, position: int, settings: StructureSettings) -> bool:
    """Whether the contact line at `position` of the page's order is the notice's own, above its parts.

    The line above is article text ending a sentence (`notice_part.sentence_end`)
    and the line below, article text too, opens a part of the notice
    (`notice_part.pattern`: "附件:…", "抄送:…", "Attachment: …"), or the
    contact line names a person (`notice_part.contact_person_pattern`:
    "联系人:…") and the line below is the notice's signatory over the date
    it is signed with (a line of one of `repeated_title.signing_date_rules`):
    the notice's own contact, which the site's contact box never is. A
    hotline alone over the signature ("咨询电话:…") stays chrome.
    """
    pattern, order, facts = settings.notice_part_pattern, page.order, page.facts
    if pattern is None or not 0 < position < len(order) - 1:
        return False
    above, below = order[position - 1], order[position + 1]
    if rules[above] is not None or facts[above].text[-1:] not in settings.notice_sentence_end:
        return False
    if rules[below] is not None:
        return False
    if pattern.match(facts[below].text) is not None:
        return True
    signed = order[position + 2] if position + 2 < len(order) else None
    person = settings.notice_contact_person_pattern
    return (
        signed is not None
        and person is not None
        and person.match(facts[order[position]].text) is not None
        and facts[below].headline_like
        and facts[signed].protected
        and facts[signed].article_text_rule in settings.repeated_title_signing_date_rules
    )


def _between_sentences(page: Page, rules: Verdicts, position: int, settings: StructureSettings) -> bool:
    """Whether the line at `position` of the page's order has article text above and a sentence below."""
    order = page.order
    if not 0 < position < len(order) - 1 or not settings.contact_sentence_end:
        return False
    above, below = order[position - 1], order[position + 1]
    ends = settings.contact_sentence_end
    return (
        rules[above] is None
        and rules[below] is None
        and (page.facts[below].text[-1] in ends or page.facts[order[position]].text[-1] in ends)
    )


def mark_site_above_catalogue(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A government's or portal's name alone as the page's first line, right above a catalogue record.

    The record (`索引号:…`, `发布机构:…`; `site_above_catalogue.record_pattern`)
    is the portal's entry for the notice and names the publishing body itself;
    a name (`name_pattern`) above it, with nothing between, is the portal's
    header. A notice's own issuer header comes below the record, above the
    title, and is not touched.
    """
    name, record = settings.site_above_catalogue_name, settings.site_above_catalogue_record
    if name is None or record is None or len(page.order) < 2:
        return
    first, below = page.order[0], page.order[1]
    fact = page.facts[first]
    if rules[first] is not None or fact.protected or not name.fullmatch(fact.text):
        return
    if record.match(page.facts[below].text):
        rules[first] = "structure:site_above_catalogue"


def mark_reposted_cards(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """The card of the account an article was reposted from: its name and description under the card's line.

    A social reader prints, under "以下文章来源于<account>,作者…" (chrome by
    a marker; `reposted_card.card_pattern` names the account), the
    account's name again and its description, then the title over the
    account's header (a later line holding the name and a date,
    `header_pattern`, within `reach` lines). The lines between the card's
    line and the title are the card. Without such a header only a line that
    repeats the account's name is. A card line is at most `max_units` long,
    no paragraph, and no line an article-text rule takes.
    """
    pattern, header = settings.reposted_card_pattern, settings.reposted_card_header
    if pattern is None or header is None:
        return
    for position, index in enumerate(page.order):
        found = pattern.match(page.facts[index].text) if rules[index] is not None else None
        if found is None:
            continue
        name = title_key(found.group("name"))
        following = page.order[position + 1 : position + 1 + settings.reposted_card_reach]
        title = next(
            (
                place - 1
                for place, below in enumerate(following)
                if place > 0 and name in page.facts[below].text and header.search(page.facts[below].text)
            ),
            None,
        )
        card = following[:title] if title is not None else following[:1]
        for below in card:
            fact = page.facts[below]
            if (
                rules[below] is not None
                or fact.protected
                or fact.paragraph_like
                or fact.units > settings.reposted_card_max_units
                or (title is None and fact.title_key != name)
            ):
                break
            rules[below] = "structure:reposted_card"


def mark_section_above_title(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A section's name alone between the page's chrome and the title ("Metro", "招商动态").

    The title is the first unmarked headline-like line of at least
    repeated_title.min_units before the article starts; the line right
    above it is the section's name when it is at most
    `section_above_title.max_units` long, made of words alone (`pattern`:
    no digits, no punctuation, so no date or byline) and has a boilerplate
    line right above it; as the page's first line, with nothing above, it
    must also be in capitals (`first_line_pattern`).
    """
    pattern = settings.section_above_title_pattern
    if pattern is None:
        return
    facts, order = page.facts, page.order
    end = len(facts) if page.body_start is None else page.body_start
    title = next(
        (
            position
            for position, index in enumerate(order)
            if index < end
            and rules[index] is None
            and facts[index].headline_like
            and facts[index].units >= settings.repeated_title_min_units
        ),
        None,
    )
    if title is None or title < 1:
        return
    position = title
    label = order[position - 1]
    fact = facts[label]
    first_line = settings.section_above_title_first_line_pattern
    if position == 1:
        if first_line is None or not first_line.fullmatch(fact.text):
            return
    elif rules[order[position - 2]] is None:
        return
    if (
        rules[label] is None
        and 0 < fact.units <= settings.section_above_title_max_units
        and pattern.fullmatch(fact.text)
        and not fact.protected
    ):
        rules[label] = "structure:section_above_title"


def keep_bylines_with_editor(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give the byline or source line under the title back to the article when it also names the editor.

    Above the article's first paragraph, a line that one of
    `byline_editor.markers` takes for an editor's credit and that
    `byline_editor.pattern` takes whole ("作者:林一  责编:王二", "Source:
    Harbour Daily | Editor: Zhu Lin | 2025-03-02 10:20") is the article's
    byline or source line with the date, text as the schema keeps them.
    After the article the same credit closes the page and stays chrome.
    It runs before the structure rules, so that its neighbours see a line
    of the article, and after them, so that none marks it again.
    """
    pattern, markers = settings.byline_editor_pattern, settings.byline_editor_markers
    start = page.body_start
    if pattern is None or start is None:
        return
    for index in page.order:
        if index >= start:
            break
        marker = page.facts[index].marker
        if marker is not None and marker.rule_id in markers and pattern.fullmatch(page.facts[index].text):
            rules[index] = None


def keep_stamps_under_byline(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give a page's own update stamp under its byline back to the article.

    A line marked only by one of `stamp_under_byline.markers` ("最后更新日期:
    2025-05-20 17:42") above the article's first paragraph, right under a
    line of article text (the byline or the title), is the page's date
    stamp, text as the publication date beside it is; in the footer after
    the article the same label is chrome. Without a paragraph-like line, the
    first unmarked line ending a sentence (`headline.sentence_end`) is where
    the article starts.
    """
    if not settings.stamp_under_byline_markers:
        return
    order, facts = page.order, page.facts
    # On a short page no line may be long enough for a paragraph: the first
    # sentence of the article then marks where it starts.
    start = page.body_start
    if start is None:
        start = next(
            (
                index
                for index in order
                if rules[index] is None and facts[index].text[-1] in settings.sentence_end
            ),
            None,
        )
    if start is None:
        return
    _keep_marked_under_text(page, rules, start, settings.stamp_under_byline_markers)


def keep_subject_about_headings(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give back an `About X` heading that another one follows on the page: the release's own section.

    A release closes with its publisher's block, so with `about_block.last_only`
    only the last heading of one of `about_block.markers` opens it; an
    earlier one (the drug, the trial or the study the release reports, "About
    the study" over "About Qiaoyun Biotech") heads a section of the release,
    text as its lines are. A joint release's first publisher is then left as
    text, the cheaper of the two errors.
    """
    if not settings.about_block_last_only:
        return
    headings = [
        index
        for index in page.order
        if rules[index] is not None and rules[index].removeprefix("marker:") in settings.about_block_markers
    ]
    for index in headings[:-1]:
        rules[index] = None


def mark_about_blocks(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A press release's closing section on its company: the lines under its `About X` heading.

    Under a line of one of `about_block.markers`, at most `max_lines` lines
    are the company's description, up to the first line another rule has
    decided (the media contact) or an article-text rule takes: what follows
    it (a wire's source line) is judged as before.
    """
    headings = {f"marker:{marker}" for marker in settings.about_block_markers}
    if not headings:
        return
    for position, index in enumerate(page.order):
        if rules[index] not in headings:
            continue
        for below in page.order[position + 1 : position + 1 + settings.about_block_max_lines]:
            if rules[below] is not None or page.facts[below].protected:
                break
            rules[below] = "structure:about_block"


def mark_head_menus(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A site's menu of short words split by spaces or bars above the title ("某站 首页 会员 话题 提问").

    The line stands at the page's head: before the article's first
    paragraph, with nothing but chrome above it, and the title (an unmarked
    headline-like line of at least repeated_title.min_units) still to come
    below it. It splits (`head_menu.separator_pattern`) into at least
    `min_items` items, each a short word (`han_item_pattern`: a few Han
    characters, a Latin-led Han word; `latin_item_pattern`: a capitalised
    Latin word or its initials; no digit and no punctuation), at least
    `min_section_words` of them a section's or a menu's word
    (`section_word_pattern`), and at least `latin_section_share` of its
    Latin words: a title in English title case has the same short
    capitalised words, but not a menu's.
    """
    if settings.head_menu_item is None or page.body_start is None:
        return
    facts = page.facts
    top = [index for index in page.order if index < page.body_start]
    for position, index in enumerate(top):
        if rules[index] is not None:
            continue
        fact = facts[index]
        menu = not fact.protected and _is_head_menu(fact.text, settings)
        if menu and _title_below(page, rules, top[position + 1 :], settings):
            rules[index] = "structure:head_menu"
            continue
        return


def _is_head_menu(text: str, settings: StructureSettings) -> bool:
    """Whether `text` splits into a menu's short items with enough section words (see `mark_head_menus`)."""
    separator, item = settings.head_menu_separator, settings.head_menu_item
    latin_item, section = settings.head_menu_latin_item, settings.head_menu_section_word
    assert separator is not None and item is not None and latin_item is not None and section is not None
    items = [part for part in separator.split(text) if part]
    if len(items) < settings.head_menu_min_items or not all(item.fullmatch(part) for part in items):
        return False
    known = [bool(section.fullmatch(part)) for part in items]
    latin = [found for part, found in zip(items, known, strict=True) if latin_item.fullmatch(part)]
    share = settings.head_menu_latin_section_share
    return sum(known) >= settings.head_menu_min_section_words and sum(latin) >= share * len(latin)


def _title_below(page: Page, rules: Verdicts, below: Sequence[int], settings: StructureSettings) -> bool:
    """Whether an unmarked headline-like line of at least repeated_title.min_units is among `below`."""
    return any(
        rules[index] is None
        and page.facts[index].headline_like
        and page.facts[index].units >= settings.repeated_title_min_units
        for index in below
    )


def keep_stamps_with_controls(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """Give the page's date or source line with page controls under the title back to the article.

    Above the article's first paragraph, right under a line of article
    text (the title or the byline), a line that one of
    `stamp_with_controls.markers` takes for its font, print or close
    controls and that holds a full date or a source label
    (`stamp_with_controls.pattern`: "来源:某局 发布日期:2026-01-09 【字号:大 中
    小】") is the page's date and source line, text as the same line
    without the controls is; only a view counter makes it the site's
    record (`view_counter`, decided before). Controls alone on their line,
    and the same line after the article, stay chrome. It runs before the
    structure rules, so that its neighbours see a line of the article, and
    again after the byline naming the editor is given back
    (`keep_bylines_with_editor`), so that the line under that byline is
    given back too.
    """
    pattern, start = settings.stamp_controls_pattern, page.body_start
    if pattern is None or start is None:
        return
    _keep_marked_under_text(page, rules, start, settings.stamp_controls_markers, pattern)


def _keep_marked_under_text(
    page: Page, rules: Verdicts, start: int, markers: frozenset[str], pattern: regex.Pattern | None = None
) -> None:
    """Give back each line before `start` that one of `markers` decided, right under an unmarked line.

    With `pattern`, only a line it finds something in. The stamp rules
    share this walk: their lines differ, not where they stand.
    """
    order = page.order
    for position, index in enumerate(order):
        if index >= start:
            break
        rule = rules[index]
        if (
            position > 0
            and rule is not None
            and rule.removeprefix("marker:") in markers
            and rules[order[position - 1]] is None
            and (pattern is None or pattern.search(page.facts[index].text))
        ):
            rules[index] = None


def mark_about_headings(page: Page, rules: Verdicts, settings: StructureSettings) -> None:
    """A press release's closing `关于X` heading and its company's description, closed by its press contact.

    After the article's first paragraph, an unmarked line that
    `about_heading.pattern` takes whole ("关于江城物流") with at most
    `max_lines` unmarked lines below it and then a line of one of
    `closers` (the media contact) is the release's `About X` block, the
    publisher's own, as the English heading's is (`about_block`). Without
    the contact below it the same heading titles a notice or a section of
    the article, and stays text.
    """
    pattern = settings.about_heading_pattern
    closers = {f"marker:{marker}" for marker in settings.about_heading_closers}
    if pattern is None or not closers:
        return
    order, facts = page.order, page.facts
    for position, index in enumerate(order):
        if rules[index] is not None or not page.after_body(index) or not pattern.fullmatch(facts[index].text):
            continue
        block = order[position + 1 : position + 2 + settings.about_heading_max_lines]
        end = next((offset for offset, below in enumerate(block) if rules[below] is not None), None)
        if end is None or rules[block[end]] not in closers:
            continue
        if any(facts[below].protected for below in block[:end]):
            continue
        rules[index] = "structure:about_heading"
        for below in block[:end]:
            rules[below] = "structure:about_block"
