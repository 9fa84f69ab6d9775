"""Property tests of the readers and their date parsing: random input never raises anything but a SuiviError.

Each reader is called directly (the last-resort wrapper of `read_path` would hide a crash), then through
`read_path`, where no input may end as the catch-all S100. Every document that comes out passes the
validation layer again unchanged, so both stores would take it. SUIVI_FUZZ_EXAMPLES=600 runs ten times more
examples than CI does (60).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from suivi import validate
from suivi.errors import InvalidDate, SuiviError
from suivi.ingest import feed, html, jsonl, plaintext, read_path
from suivi.ingest.documents import parse_published
from suivi.record import Document, Problem
from suivi.settings import Settings

SETTINGS = Settings(database_url="sqlite://", languages=["fr", "en"], default_language="fr", max_document_bytes=20_000)
PROPERTY = settings(
    max_examples=int(os.environ.get("SUIVI_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
Reader = Callable[[Path, Settings], Iterator[Document | Problem]]

SENTENCES = st.sampled_from(
    [
        "Le ministre a reçu son homologue pour des consultations politiques.",
        "The two leaders agreed to raise bilateral trade to 10 billion dollars.",
        "La commission mixte tiendra sa prochaine session à Rabat en 2025.",
    ]
)
#: Text with everything a hostile file holds: controls, NUL, surrogates, bidi marks, escapes, any script.
HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200),
    st.builds(" ".join, st.lists(st.one_of(SENTENCES, st.text(max_size=20)), max_size=8)),
    st.sampled_from(["\x00", "\udc80", "\u202e", "\u200b", "\x1b[31m", "\x1b]8;;x\x07", "<script>", "２０２１"]),
)
DATE_LIKE = st.one_of(
    st.from_regex(r"[0-9０-９٠-٩]{1,5}(-[0-9０-９]{1,3}){0,3}", fullmatch=True),
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32)),
    st.text(max_size=12),
)


def run_reader(reader: Reader, suffix: str, content: bytes) -> list[Document | Problem]:
    """The reader's items for a file holding `content`; fails on any exception but a SuiviError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"entrée{suffix}"
        path.write_bytes(content)
        try:
            direct = list(reader(path, SETTINGS))
        except SuiviError:
            direct = []
        wrapped = list(read_path(path, SETTINGS))
    assert [item.code for item in wrapped if isinstance(item, Problem) and item.code == "S100"] == []
    for item in direct + wrapped:
        if isinstance(item, Document):
            assert validate.checked_document(item, max_bytes=SETTINGS.max_document_bytes) == item
            assert item.published is None or validate.MIN_YEAR <= int(item.published[:4]) <= validate.MAX_YEAR
    return wrapped


def encoded(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")


@PROPERTY
@given(marker=st.one_of(st.none(), DATE_LIKE), body=HOSTILE_TEXT, raw=st.booleans(), noise=st.binary(max_size=200))
def test_reader_plaintext_raises_only_suivi_errors(marker: str | None, body: str, raw: bool, noise: bytes) -> None:
    text = body if marker is None else f" date {marker}\n{body}"
    run_reader(plaintext.read_plaintext, ".txt", noise if raw else encoded(text))


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), HOSTILE_TEXT, DATE_LIKE)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)
ARTICLE_LINES = st.fixed_dictionaries(
    {"text": st.one_of(SENTENCES, HOSTILE_TEXT, JSON_VALUES)},
    optional={
        "id": st.one_of(st.text(max_size=300), st.integers(), JSON_VALUES),
        "published": st.one_of(DATE_LIKE, st.integers(-10, 10_000), JSON_VALUES),
        "language": st.one_of(st.sampled_from(["fr", "en", "FR", "fr-FR", "vie", "x" * 1000]), st.text(max_size=10)),
        "title": st.one_of(st.none(), HOSTILE_TEXT, JSON_VALUES),
        "outlet": st.one_of(st.none(), HOSTILE_TEXT, st.text(min_size=250, max_size=300)),
        "url": st.one_of(st.none(), HOSTILE_TEXT),
    },
)


@PROPERTY
@given(
    lines=st.lists(
        st.one_of(ARTICLE_LINES.map(json.dumps), JSON_VALUES.map(json.dumps), HOSTILE_TEXT, st.just("[" * 5000)),
        max_size=5,
    ),
    bom=st.sampled_from([b"", b"\xef\xbb\xbf"]),
)
def test_reader_jsonl_raises_only_suivi_errors(lines: list[str], bom: bytes) -> None:
    items = run_reader(jsonl.read_jsonl, ".jsonl", bom + encoded("\n".join(lines)))
    documents = [item for item in items if isinstance(item, Document)]
    assert len(documents) <= len(lines)


TAGS = st.sampled_from(["p", "div", "nav", "li", "a", "h1", "script", "article", "span", "table", "td"])
HTML_BODY = st.recursive(
    st.one_of(SENTENCES, HOSTILE_TEXT).map(escape),
    lambda inner: st.builds(lambda tag, parts: f"<{tag}>{''.join(parts)}</{tag}>", TAGS, st.lists(inner, max_size=4)),
    max_leaves=12,
)


@PROPERTY
@given(title=HOSTILE_TEXT, body=HTML_BODY, date=DATE_LIKE, raw=st.one_of(st.none(), st.binary(max_size=300)))
def test_reader_html_raises_only_suivi_errors(title: str, body: str, date: str, raw: bytes | None) -> None:
    page = (
        f'<html><head><title>{escape(title)}</title><meta property="article:published_time" content="{escape(date)}">'
        f"</head><body>{body}</body></html>"
    )
    run_reader(html.read_html, ".html", raw if raw is not None else encoded(page))


FEED_DATES = st.one_of(
    DATE_LIKE,
    st.sampled_from(
        ["Thu, 21 Oct 2021 02:00:00 +0700", "Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 +1400"]
    ),
)


@PROPERTY
@given(
    entries=st.lists(
        st.tuples(HOSTILE_TEXT, st.one_of(st.text(max_size=40), st.just("")), FEED_DATES, HTML_BODY), max_size=4
    ),
    atom=st.booleans(),
)
def test_reader_feed_raises_only_suivi_errors(entries: list[tuple[str, str, str, str]], atom: bool) -> None:
    if atom:
        items = "".join(
            f"<entry><id>{escape(guid)}</id><title>{escape(title)}</title><updated>{escape(day)}</updated>"
            f'<content type="html">{escape(body)}</content></entry>'
            for title, guid, day, body in entries
        )
        xml = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{items}</feed>'
    else:
        items = "".join(
            f"<item><title>{escape(title)}</title><guid>{escape(guid)}</guid><pubDate>{escape(day)}</pubDate>"
            f"<description>{escape(body)}</description></item>"
            for title, guid, day, body in entries
        )
        xml = (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
        )
    run_reader(feed.read_feed, ".xml", encoded(xml))


# --- the date parsers of the readers --------------------------------------------------------------------


def checked_day(parse: Callable[[], Any]) -> None:
    """A parsed date is a real ASCII date of 1900-2100; anything else is S106, never another exception."""
    try:
        value = parse()
    except InvalidDate:
        return
    if value is not None:
        assert validate.published_date(value) == value
        assert value.isascii() and validate.MIN_YEAR <= int(value[:4]) <= validate.MAX_YEAR


@PROPERTY
@given(value=DATE_LIKE)
def test_reader_dates_published_and_marker_are_checked(value: str) -> None:
    checked_day(lambda: parse_published(value, "test")[0])
    checked_day(lambda: plaintext.split_marker(f" date {value}\nTexte.", "test")[0])


@PROPERTY
@given(value=st.one_of(JSON_VALUES, DATE_LIKE.map(lambda day: f"{day}T08:00:00Z")))
def test_reader_dates_jsonl_published_is_checked(value: Any) -> None:
    checked_day(lambda: jsonl._published(value, 1, "test"))


@PROPERTY
@given(written=FEED_DATES, key=st.sampled_from(["published", "updated", "created"]))
def test_reader_dates_feed_entry_day_is_checked(written: str, key: str) -> None:
    checked_day(lambda: feed.entry_day({key: written}, "test"))


@pytest.mark.parametrize(
    ("value", "expected"), [("2021", "2021"), ("1900-01", "1900-01"), ("2100-12-31", "2100-12-31")]
)
def test_reader_dates_edges_are_taken(value: str, expected: str) -> None:
    assert parse_published(value, "test")[0] == expected


@pytest.mark.parametrize("value", ["1899", "2101", "２０２１", "2021-02-29", "2021-00", "2021-1", " 2021", "2021\n"])
def test_reader_dates_outside_are_s106(value: str) -> None:
    with pytest.raises(InvalidDate) as raised:
        parse_published(value, "test")
    assert raised.value.code == "S106" and "1900" in str(raised.value)
