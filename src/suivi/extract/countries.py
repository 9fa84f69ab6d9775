"""Countries and organisations named in a text, as ISO 3166 alpha-2 codes or organisation acronyms."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import countrynames
from babel import Locale
from babel.core import UnknownLocaleError

from suivi.extract.lang import demonym_inflector

Via = Literal["name", "demonym", "capital", "org"]


@dataclass(frozen=True)
class CountryMention:
    """A country or organisation named in a text: span, code and how it was named."""

    start: int
    end: int
    text: str
    code: str
    via: Via


_LANGS = ("fr", "en")
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})  # babel regions that are not ISO countries
_SPECIAL = {
    "đ": "d",
    "Đ": "D",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "´": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
_SPECIAL.update(dict.fromkeys("‐‑‒–—−", "-"))


class _FoldTable(dict[int, int]):
    """str.translate table that strips accents one character at a time, so offsets stay valid."""

    def __missing__(self, key: int) -> int:
        ch = chr(key)
        folded = _SPECIAL.get(ch) or unicodedata.normalize("NFD", ch)[0]
        self[key] = ord(folded)
        return self[key]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """`text` without accents, with one kind of apostrophe, dash and space; same length as `text`."""
    return text.translate(_FOLD)


def _key(form: str) -> str:
    return re.sub(r"\s+", " ", fold(form)).strip()


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str]
    forms: dict[str, tuple[str, Via] | None]  # folded form -> (code, via); None: a phrase that is no country


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("suivi.extract").joinpath("data/countries.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _babel_names(lang: str) -> Iterable[tuple[str, str]]:
    """(name, code) for every country babel names in `lang`; "Myanmar (Birmanie)" gives both names."""
    for code, name in Locale.parse(lang).territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        for part in re.split(r"\s*[()]\s*", name):
            if part:
                yield part, code


def _cased(form: str, lower_too: bool) -> set[str]:
    forms = {form, form.upper()}
    if lower_too:
        forms |= {form.lower(), form[:1].upper() + form[1:]}
    return forms


def _entries(lang: str) -> Iterable[tuple[str, str | None, Via]]:
    """(form, code, via) in priority order: organisations, names, demonyms, capitals; code None excludes."""
    data = _data()
    for form in data["exclude"][lang]:
        yield form, None, "name"
    for acronym, names in data["organisations"].items():
        for form in names[lang]:
            yield form, acronym, "org"
    for code, forms in data["aliases"][lang].items():
        for form in forms:
            for variant in _cased(form, lower_too=False):
                yield variant, code, "name"
    for form, code in _babel_names(lang):
        for variant in _cased(form, lower_too=False):
            yield variant, code, "name"
    inflect = demonym_inflector(lang)
    for code, entries in data["demonyms"][lang].items():
        for entry in entries:
            for form in inflect(entry):
                for variant in _cased(form, lower_too=lang == "fr"):
                    yield variant, code, "demonym"
    for code, forms in data["capitals"].items():
        for form in forms:
            for variant in _cased(form, lower_too=False):
                yield variant, code, "capital"


def _trie_regex(forms: Iterable[str]) -> str:
    """One regex alternation of `forms` shaped as a character trie (fast; the longest form wins)."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@cache
def _matcher(lang: str) -> _Matcher:
    forms: dict[str, tuple[str, Via] | None] = {}
    for lg in (lang,) if lang in _LANGS else _LANGS:
        for form, code, via in _entries(lg):
            forms.setdefault(_key(form), None if code is None else (code, via))
    pattern = re.compile(rf"(?<![\w])(?:{_trie_regex(forms)})(?![\w$])")
    return _Matcher(pattern, forms)


def find_countries(text: str, lang: str) -> list[CountryMention]:
    """Every country or organisation named in `text`, in order.

    Names are matched as written (capitalised), French demonyms in any case ("cambodgien"); dyads
    ("Vietnam-Cambodge") give one mention per side. Accents and curly apostrophes are ignored.
    A language other than fr / en uses both vocabularies.
    """
    m = _matcher(lang)
    out: list[CountryMention] = []
    for hit in m.pattern.finditer(fold(text)):
        found = m.forms.get(re.sub(r"\s+", " ", hit.group(0)))
        if found is not None:
            out.append(CountryMention(hit.start(), hit.end(), text[hit.start() : hit.end()], *found))
    return out


@cache
def _lowercase_forms(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for form, found in _matcher(lang).forms.items():
        if found is not None and len(form) > 3:
            out.setdefault(form.lower(), found[0])
    return out


@cache
def _territories() -> frozenset[str]:
    codes = (c for c in Locale.parse("en").territories if isinstance(c, str))
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha()) - _NOT_COUNTRIES


def country_code(name: str, lang: str | None = None) -> str | None:
    """The ISO alpha-2 code or organisation acronym `name` stands for ("Cambodge" -> "KH"), or None.

    Tries suivi's names, demonyms, capitals and organisations (`lang`, or both languages when None),
    then ISO codes, then countrynames' multilingual aliases.
    """
    key = _key(name)
    if not key:
        return None
    for scope in dict.fromkeys((lang or "*", "*")):
        found = _matcher(scope).forms.get(key)
        code = found[0] if found is not None else _lowercase_forms(scope).get(key.lower())
        if code:
            return code
    if key in _territories():
        return key
    guess = countrynames.to_code(key) if len(key) > 3 else None
    return guess if isinstance(guess, str) and guess in _territories() else None


def country_name(code: str, lang: str) -> str:
    """Babel's name of `code` in `lang` ("KH", "fr" -> "Cambodge"); acronyms and unknown codes as is."""
    if code in _data()["organisations"]:
        return code
    try:
        names = Locale.parse(lang).territories
    except (ValueError, TypeError, UnknownLocaleError):
        names = Locale.parse("en").territories
    name = names.get(code)
    return name if isinstance(name, str) else code
