"""The HTML report in a real headless browser (Debian's chromium, driven by Playwright).

Skipped when /usr/bin/chromium or the playwright package is absent; CI
installs both. A screenshot of a document page is kept in test-artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.batch.run import run_batch
from pipeline.read.output import load
from pipeline.read.report import write_report
from tests.conftest import PROJECT_ROOT, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.is_file(),
        reason="/usr/bin/chromium is absent (apt-get install chromium); CI installs it",
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """A report of a fresh run on the seeds: (output, report folder)."""
    out_dir = tmp_path_factory.mktemp("browser") / "out"
    run_batch([SEEDS], out_dir)
    output = load(out_dir)
    index = write_report(output)
    return output, index.parent


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """A page of a headless chromium with a fresh, empty profile and no network."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
        )
        requests: list[str] = []
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        page.requested_urls = requests
        yield page
        context.close()


def _busiest_document(output) -> str:
    """doc_id of the document with the most mentions (the most to check)."""
    counts: dict[str, int] = {}
    for table in output.mention_tables:
        for doc_id, count in getattr(output, table)["doc_id"].value_counts().items():
            counts[doc_id] = counts.get(doc_id, 0) + count
    return max(counts, key=counts.get)


def _mentions(output, doc_id: str) -> dict[str, str]:
    """mention_id -> raw_text of every mention of one document."""
    found = {}
    for table in output.mention_tables:
        frame = getattr(output, table)
        rows = frame[frame["doc_id"] == doc_id]
        found.update(zip(rows["mention_id"], rows["raw_text"], strict=True))
    return found


def test_highlighted_spans_in_the_browser_equal_the_tables_raw_text(report, page):
    output, folder = report
    doc_id = _busiest_document(output)
    page.goto((folder / f"{doc_id}.html").as_uri())
    shown = page.evaluate(
        """() => {
            const texts = {};
            document.querySelectorAll('mark[data-mid]').forEach(mark => {
                const id = mark.dataset.mid;
                texts[id] = (texts[id] || '') + mark.textContent;
            });
            return texts;
        }"""
    )
    expected = _mentions(output, doc_id)
    assert expected, "the busiest seed has no mentions: the pipeline found nothing"
    assert shown == expected


def test_every_document_page_shows_every_line_once(report, page):
    output, folder = report
    for document in output.documents.to_dict("records"):
        page.goto((folder / f"{document['doc_id']}.html").as_uri())
        numbers = page.eval_on_selector_all(".row", "rows => rows.map(row => row.id)")
        assert numbers == [f"L{number}" for number in range(1, int(document["n_lines"]) + 1)]


def test_clicking_a_mention_row_scrolls_its_line_into_view(report, page):
    output, folder = report
    doc_id = _busiest_document(output)
    page.goto((folder / f"{doc_id}.html").as_uri())
    rows = page.locator("tr.mention")
    last_row = rows.nth(rows.count() - 1)
    line_no = last_row.get_attribute("data-line")
    line = page.locator(f"#L{line_no}")
    page.evaluate("window.scrollTo(0, 0)")
    assert int(line_no) > 20, "pick a document whose last mention is far down the page"
    assert not _in_viewport(page, f"L{line_no}"), (
        "the line must start out of view for the test to mean anything"
    )
    last_row.scroll_into_view_if_needed()
    last_row.locator("td").nth(2).click()  # the text cell, not the line link
    page.wait_for_function(f"location.hash === '#L{line_no}'")
    page.wait_for_timeout(200)
    assert _in_viewport(page, f"L{line_no}")
    assert line.evaluate("element => element.matches(':target')")
    focused = page.eval_on_selector_all("mark.focus", "marks => marks.map(mark => mark.dataset.mid)")
    assert set(focused) == {last_row.get_attribute("data-mid")}
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-document.png"))


def test_the_page_makes_no_network_requests(report, page):
    output, folder = report
    page.requested_urls.clear()
    page.goto((folder / "index.html").as_uri())
    page.goto((folder / f"{_busiest_document(output)}.html").as_uri())
    assert [url for url in page.requested_urls if not url.startswith("file://")] == []


def test_hovering_a_mention_shows_its_value_and_normalised_text(report, page):
    output, folder = report
    traditional = output.figures[output.figures["raw_text"] != output.figures["norm_text"]]
    assert not traditional.empty, "the seeds should hold a traditional-script figure"
    row = traditional.iloc[0]
    page.goto((folder / f"{row['doc_id']}.html").as_uri())
    mark = page.locator(f"#m-{row['mention_id']}")
    assert mark.text_content() == row["raw_text"]
    title = mark.get_attribute("title")
    assert f"normalised: {row['norm_text']}" in title
    assert row["rule_id"] in title


def test_index_links_to_every_document_page(report, page):
    output, folder = report
    page.goto((folder / "index.html").as_uri())
    links = set(page.eval_on_selector_all("tbody a[href$='.html']", "links => links.map(a => a.href)"))
    expected = {(folder / f"{doc_id}.html").as_uri() for doc_id in output.documents["doc_id"]}
    assert expected <= links
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-index.png"), full_page=True)


def _in_viewport(page, element_id: str) -> bool:
    return page.evaluate(
        """id => {
            const box = document.getElementById(id).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        element_id,
    )


def test_the_report_of_the_benchmark_corpus_opens_in_under_five_seconds(tmp_path_factory, page):
    import time

    from pipeline.dev.bench import generate_corpus

    folder = tmp_path_factory.mktemp("bench-report")
    corpus = generate_corpus(folder / "corpus", 300)
    run_batch([corpus.folder], folder / "out")
    index = write_report(load(folder / "out"))
    started = time.monotonic()
    page.goto(index.as_uri(), wait_until="load")
    seconds = time.monotonic() - started
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-benchmark-index.png"))
    assert seconds < 5, f"the index of a 300-document report took {seconds:.1f} s to open"
    assert page.locator("a[href$='.html']").count() >= 300


@pytest.mark.parametrize("width", [1280, 1400])
def test_the_mentions_table_fits_beside_the_text_with_rule_ids_whole(report, page, width):
    output, folder = report
    page.set_viewport_size({"width": width, "height": 900})
    page.goto((folder / f"{_busiest_document(output)}.html").as_uri())
    aside = page.query_selector("aside")
    assert aside.evaluate("node => node.scrollWidth <= node.clientWidth")
    # A rule id breaks only after its colon or an underscore: no cell narrower than "organisations:".
    widths = page.eval_on_selector_all("td.rule", "cells => cells.map(cell => cell.clientWidth)")
    probe = page.evaluate(
        """() => {
            const cell = document.querySelector('td.rule');
            const span = document.createElement('span');
            span.textContent = 'organisations:';
            span.style.whiteSpace = 'nowrap';
            cell.appendChild(span);
            const width = span.offsetWidth;
            span.remove();
            return width;
        }"""
    )
    assert widths and min(widths) >= probe
    heights = page.eval_on_selector_all(".mid", "ids => ids.map(id => id.getClientRects().length)")
    assert heights and set(heights) == {1}
