"""`provex report`: the static HTML pages, checked as text (the browser test renders them)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from pipeline.batch.run import run_batch
from pipeline.cli import main
from pipeline.read.output import load
from pipeline.read.report import Highlight, _breakable_rule_id, render_line, write_report
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    """(output, report folder) of a fresh run on the seeds, written by the CLI."""
    out_dir = tmp_path_factory.mktemp("report") / "out"
    run_batch([SEEDS], out_dir)
    result = CliRunner().invoke(main, ["report", "--out", str(out_dir)])
    assert result.exit_code == 0, result.output
    return load(out_dir), out_dir / "report"


class _MarkCollector(HTMLParser):
    """Text of every <mark data-mid> (nested marks count for each enclosing one)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[str | None] = []
        self.texts: dict[str, str] = {}
        self.line_ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "mark":
            self.open.append(attributes.get("data-mid"))
        if tag == "div" and "row" in (attributes.get("class") or "").split():
            self.line_ids.append(attributes["id"])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for mention_id in self.open:
            if mention_id:
                self.texts[mention_id] = self.texts.get(mention_id, "") + data


def _collect(html: str) -> _MarkCollector:
    collector = _MarkCollector()
    collector.feed(html)
    return collector


def test_report_writes_an_index_and_one_page_per_document(seeds_report):
    output, folder = seeds_report
    pages = sorted(path.name for path in folder.glob("*.html"))
    assert pages == sorted(["index.html", *(f"{doc_id}.html" for doc_id in output.documents["doc_id"])])
    index = (folder / "index.html").read_text(encoding="utf-8")
    for file_name in output.documents["file_name"]:
        assert file_name in index


def test_report_pages_reference_nothing_outside_themselves(seeds_report):
    _output, folder = seeds_report
    for page in folder.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html), page.name
        assert not re.search(r"url\(|@import|<link\b|<script[^>]+src", html), page.name
        assert "http://" not in html and "https://" not in html, page.name


def test_highlighted_spans_equal_the_tables_raw_text(seeds_report):
    output, folder = seeds_report
    checked = 0
    for doc_id in output.documents["doc_id"]:
        collector = _collect((folder / f"{doc_id}.html").read_text(encoding="utf-8"))
        for table in output.mention_tables:
            frame = getattr(output, table)
            for row in frame[frame["doc_id"] == doc_id].to_dict("records"):
                assert collector.texts.get(row["mention_id"]) == row["raw_text"], row
                checked += 1
    assert checked == sum(len(getattr(output, table)) for table in output.mention_tables) > 0


def test_every_line_has_an_anchor_in_order(seeds_report):
    output, folder = seeds_report
    for document in output.documents.to_dict("records"):
        collector = _collect((folder / f"{document['doc_id']}.html").read_text(encoding="utf-8"))
        assert collector.line_ids == [f"L{n}" for n in range(1, int(document["n_lines"]) + 1)]


def test_boilerplate_lines_are_greyed_with_their_rule(seeds_report):
    output, folder = seeds_report
    lines = output.lines
    boilerplate = lines[lines["is_boilerplate"]].iloc[0]
    html = (folder / f"{boilerplate['doc_id']}.html").read_text(encoding="utf-8")
    row = re.search(rf'<div class="([^"]*)" id="L{boilerplate["line_no"]}">(.*?)</div></div>', html, re.S)
    assert row is not None
    assert "bp" in row.group(1).split()
    assert boilerplate["boilerplate_rule"] in row.group(2)


def test_garbled_lines_are_flagged(seeds_report):
    output, folder = seeds_report
    lines = output.lines
    garbled = lines[lines["flags"].map(lambda flags: "garbled" in list(flags))]
    if garbled.empty:
        pytest.skip("no seed line is flagged garbled")
    line = garbled.iloc[0]
    html = (folder / f"{line['doc_id']}.html").read_text(encoding="utf-8")
    row = re.search(rf'id="L{line["line_no"]}">.*?<div class="badges">(.*?)</div>', html, re.S)
    assert 'class="badge garbled"' in row.group(1)


def test_mention_rows_link_to_their_line(seeds_report):
    output, folder = seeds_report
    figure = output.figures.iloc[0]
    html = (folder / f"{figure['doc_id']}.html").read_text(encoding="utf-8")
    row = re.search(
        rf'<tr class="mention t-figures" data-line="(\d+)" data-mid="{figure["mention_id"]}">(.*?)</tr>', html
    )
    assert row is not None
    assert int(row.group(1)) == figure["line_no"]
    assert f'href="#L{figure["line_no"]}"' in row.group(2)


def test_report_escapes_markup_from_the_source(tmp_path):
    source = tmp_path / "markup.txt"
    source.write_text('<script>alert("x")</script> 收入增长12%。\n<b>&amp;</b>\n', encoding="utf-8")
    run_batch([source], tmp_path / "out")
    output = load(tmp_path / "out")
    write_report(output)
    html = (tmp_path / "out" / "report" / f"{output.documents['doc_id'][0]}.html").read_text(encoding="utf-8")
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;&amp;amp;&lt;/b&gt;" in html


def test_report_removes_pages_of_documents_no_longer_in_the_output(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("收入增长12%。\n", encoding="utf-8")
    (first / "b.txt").write_text("面积3平方公里。\n", encoding="utf-8")
    (second / "a.txt").write_text("收入增长12%。\n", encoding="utf-8")
    run_batch([first], tmp_path / "out-first")
    run_batch([second], tmp_path / "out-second")
    report = tmp_path / "report"
    write_report(load(tmp_path / "out-first"), report)
    (report / "notes.txt").write_text("mine", encoding="utf-8")
    write_report(load(tmp_path / "out-second"), report)
    remaining = load(tmp_path / "out-second").documents["doc_id"]
    names = sorted(path.name for path in report.iterdir())
    assert names == sorted(
        ["index.html", "documents.json", "notes.txt", *(f"{doc_id}.html" for doc_id in remaining)]
    )


def test_the_articles_of_a_feed_are_told_apart_by_their_record_and_listed_in_file_order(tmp_path):
    import json

    feed = tmp_path / "feed.jsonl"
    records = [{"text": f"今年新增企业{number}家。"} for number in range(1, 12)]
    feed.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), "utf-8")
    run_batch([feed], tmp_path / "out", jobs=1)
    output = load(tmp_path / "out")
    index = write_report(output).read_text(encoding="utf-8")
    labels = re.findall(r'<td><a href="[0-9a-f]+\.html">([^<]+)</a></td>', index)
    assert labels == [f"feed.jsonl#{number}" for number in range(1, 12)]
    documents = output.documents.set_index("record")
    page = (tmp_path / "out" / "report" / f"{documents.loc['10', 'doc_id']}.html").read_text(encoding="utf-8")
    assert f"<code>{feed}#10</code>" in page and '<h1 title="feed.jsonl#10">' in page


def _marks(highlights, text):
    collector = _collect(render_line(text, highlights))
    return collector.texts


def test_render_line_nests_contained_mentions():
    text = "今年年初青禾市合成生物制造技术创新中心揭牌"
    highlights = [
        Highlight(0, 4, "dates", "d1", "date"),
        Highlight(0, 19, "projects", "p1", "project"),
    ]
    assert _marks(highlights, text) == {"d1": "今年年初", "p1": text[:19]}


def test_render_line_splits_crossing_mentions_without_losing_text():
    text = "abcdefghij"
    highlights = [Highlight(1, 5, "figures", "a", "x"), Highlight(3, 8, "dates", "b", "y")]
    html = render_line(text, highlights)
    assert _marks(highlights, text) == {"a": "bcde", "b": "defgh"}
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count('id="m-b"') == 1


def test_render_line_escapes_text_and_tooltips():
    html = render_line('<a href="x">', [Highlight(0, 2, "figures", "m", 'say "hi" <b>')])
    assert "<a href" not in html
    assert 'title="say &quot;hi&quot; &lt;b&gt;"' in html


def test_the_index_states_what_made_it_and_can_be_searched(tmp_path):
    import json

    from pipeline.batch.run import run_batch
    from pipeline.core.version import VERSION
    from pipeline.read.output import load
    from pipeline.read.report import write_report

    summary = run_batch([SEEDS], tmp_path / "out", jobs=1)
    output = load(tmp_path / "out")
    index = write_report(output).read_text(encoding="utf-8")
    assert f"<b>run</b> {summary.run_id}" in index and f"<b>provex</b> {VERSION}" in index
    assert f"<b>rules</b> {summary.rules_hash}" in index and "<b>generated</b>" in index
    assert "<b>sources</b> 5 verified" in index
    assert 'id="doc-search"' in index and "provexFilter" in index
    entries = json.loads((tmp_path / "out" / "report" / "documents.json").read_text(encoding="utf-8"))
    assert len(entries) == 5 and {"doc_id", "page", "file", "title", "date", "counts"} <= set(entries[0])


def test_a_rule_id_in_the_mentions_table_breaks_only_after_its_colon_and_underscores():
    assert _breakable_rule_id("figures:count_measure_word") == "figures:<wbr>count_<wbr>measure_<wbr>word"
    assert _breakable_rule_id("dates:<b>") == "dates:<wbr>&lt;b&gt;"
