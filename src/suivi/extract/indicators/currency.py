"""Money written with a currency word or mark several countries share, read as the relation's own currency.

"2 milliards de dinars", "500 million pesos", "Rs 500 crore", "3 milliards DA": `numbers` cannot tell which
dinar, peso or rupee it is and leaves a scaled count. Between Algeria and Tunisia "dinars" is still open;
between Algeria and Italy it is the Algerian dinar. Names and local symbols come from babel (CLDR).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

from suivi.extract.cues import load_cues
from suivi.extract.numbers import Quantity
from suivi.vocab import Unit

EXTRACTOR = "indicators"
_WORD_AFTER = re.compile(r"\s*(?:of\s+|de\s+|d['’])?([^\W\d_]{2,})\b")
#: A mark before the amount: "Rs 500 crore", "DA 3 milliards", or one letter glued to it ("R45.6 billion", "P4.2
#: billion", "K350 million").
_MARK_BEFORE = re.compile(r"\b(?:([^\W\d_]{2,4})\.?\s?|([^\W\d_]))$")


@cache
def _marks(country: str, lang: str) -> dict[str, str]:
    """The words and marks that name `country`'s currencies in `lang` ("dinar", "dinars", "DA") -> ISO code."""
    position = load_cues(EXTRACTOR, lang)["currency_noun_position"]
    marks: dict[str, str] = {}
    for code in get_territory_currencies(country, datetime.date.today()):
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale=lang)
            words = re.sub(r"\s*\(.*?\)", "", name).split()  # "franc CFA (BEAC)": the word is "CFA"
            marks.setdefault(words[position].lower(), code)
        for locale in {f"{lang}_{country}", f"en_{country}", f"fr_{country}"}:
            try:
                Locale.parse(locale)
            except (UnknownLocaleError, ValueError):
                continue
            symbol = get_currency_symbol(code, locale=locale)
            if symbol != code and symbol.isalpha():
                marks.setdefault(symbol.lower(), code)
    return marks


@cache
def _dyad_codes(dyad: tuple[str, ...]) -> frozenset[str]:
    return frozenset(c for country in dyad for c in get_territory_currencies(country, datetime.date.today()))


def _code(word: str, dyad: list[str], lang: str) -> str | None:
    codes = {_marks(country, lang).get(word.lower()) for country in dyad} - {None}
    return codes.pop() if len(codes) == 1 else None


#: Currencies a bare word means whatever the parties ("dollars" in a Canada–Mexico story is still USD).
_WORLD = frozenset({"USD", "EUR"})
_WORD = re.compile(r"[^\W\d_]{2,}")


def in_dyad_currency(q: Quantity, text: str, dyad: list[str], lang: str) -> Quantity:
    """`q` as money when it is a scaled count whose word after ("dinars") or mark before ("Rs") names the
    currency of exactly one party of the relation; a shared word `numbers` gave another country's currency
    ("rupees" between Pakistan and China) is that party's too; else `q` unchanged."""
    if q.unit not in (Unit.COUNT, *_WORLD) and q.unit not in _dyad_codes(tuple(dyad)):
        words = reversed(_WORD.findall(q.text))  # "francs CFA", "CFA francs": the currency's own word, either side
        code = next((c for c in (_code(w, dyad, lang) for w in words) if c), None)
        return replace(q, unit=code) if code else q
    if q.unit != Unit.COUNT or q.noun is not None:
        return q
    after = _WORD_AFTER.match(text, q.end)
    if after and (code := _code(after.group(1), dyad, lang)):
        return replace(q, unit=code, end=after.end(), text=text[q.start : after.end()])
    before = _MARK_BEFORE.search(text, max(0, q.start - 6), q.start)
    if before and (code := _code(before.group(1) or before.group(2), dyad, lang)):
        return replace(q, unit=code)
    return q
