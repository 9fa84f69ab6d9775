"""The language registry: a language is one folder, `suivi/lang/<code>/`, read into a typed profile."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import snowballstemmer
import spacy.util
from babel import Locale

import suivi
import suivi.lang
from suivi.errors import UnsupportedLanguage
from suivi.extract import DEFAULT_LAYERS, date_grammar, numbers, version
from suivi.extract.dates import find_dates, resolve_period
from suivi.extract.numbers import find_quantities
from suivi.lang import LanguageRegistry, profile
from suivi.settings import Settings, spacy_model
from suivi.store import search

#: A German folder written for these tests: only what the profile needs (no cue lexicons).
GERMAN: dict[str, dict[str, Any]] = {
    "profile": {
        "spacy_model": "de_core_news_sm",
        "locale": "de",
        "search": {"postgres": "german", "snowball": "german"},
    },
    "dates": {
        "month_case_insensitive": False,
        "month_aliases": {},
        "day_suffix": "\\.",
        "orders": ["dm"],
        "range_from": ["vom "],
        "range_to": ["bis", "-"],
        "range_and": ["und"],
        "month_range_from": ["von "],
        "of": [],
        "month_cues": ["im "],
        "month_after": [],
        "shifts": {},
        "year_cues": ["im Jahr ", "bis "],
        "relative": {"dieses Jahr": ["year", 0], "letztes Jahr": ["year", -1]},
        "weekday_before": ["am"],
        "weekday_after": [],
        "day_pair_prefix": None,
        "day_pair_followers": [],
        "number_words": {"zwei": 2, "drei": 3, "sechs": 6},
        "first_months": ["in den ersten <N> Monaten(?: <YREF>)?"],
        "part_of_year": ["im <ORD> (?P<unit>Quartal|Halbjahr)(?: <YREF>)?"],
        "ordinals": {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4},
        "part_units": {"quartal": 3, "halbjahr": 6},
        "year_refs": {"dieses Jahres": 0},
        "cumulative": ["insgesamt"],
        "comparisons": [],
    },
    "numbers": {
        "decimal": ",",
        "scales": {"Millionen": 1e6, "Milliarden": 1e9, "Mrd.": 1e9},
        "connectors": [],
        "currencies": {"Euro": "EUR"},
        "percent": ["%", "Prozent"],
        "qualifiers": {"mehr als": "more_than", "rund": "about"},
        "number_words": ["zwei", "drei"],
        "number_joiners": ["und"],
        "count_nouns": ["Besucher"],
        "count_blockers": ["Jahre"],
    },
    "demonym_forms": {"feminine": [{"ends": ["er"], "add": "in"}], "plural": [{"ends": ["in"], "add": "nen"}]},
}


def _write_language(root: Path, code: str, files: dict[str, dict[str, Any]]) -> Path:
    folder = root / code
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _clear_caches() -> None:
    for cached in (
        suivi.lang.profile,
        suivi.lang.language_data,
        date_grammar.grammar,
        numbers.money_marks,
        numbers.currency_words,
        numbers._lexicon,
        search.pg_configs,
        search.stemmers,
        search.stem,
        search._stemmer,
    ):
        cached.cache_clear()


@pytest.fixture
def with_german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The package's language folders plus a German one, as the registry every module reads."""
    root = tmp_path / "lang"
    shipped = Path(str(resources.files("suivi.lang")))
    for code in suivi.lang.languages():
        shutil.copytree(shipped / code, root / code)
    folder = _write_language(root, "de", GERMAN)
    monkeypatch.setattr(suivi.lang, "REGISTRY", LanguageRegistry(root))
    _clear_caches()
    yield folder
    monkeypatch.undo()
    _clear_caches()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lang_shipped_profiles_name_what_is_installed(lang: str) -> None:
    found = profile(lang)
    assert found.code == lang
    assert spacy.util.is_package(found.spacy_model)
    assert Locale.parse(found.locale).language == lang
    assert found.search.snowball in snowballstemmer.algorithms()
    assert found.dates.orders and found.numbers.decimal in {",", "."}


def test_lang_a_new_folder_gives_a_profile(tmp_path: Path) -> None:
    _write_language(tmp_path, "de", GERMAN)
    registry = LanguageRegistry(tmp_path)
    assert registry.languages() == ("de",)
    german = registry.profile("de")
    assert (german.spacy_model, german.locale, german.search.postgres) == ("de_core_news_sm", "de", "german")
    assert german.dates.orders == ("dm",)
    assert german.dates.relative["letztes Jahr"] == ("year", -1)
    assert german.numbers.scales["Milliarden"] == 1e9
    assert german.demonyms.forms("Peruaner") == ["Peruaner", "Peruanerin", "Peruanerinnen"]


def test_lang_a_new_folder_reaches_every_reader(with_german: Path) -> None:
    """Adding the folder is all it takes: dates, periods, figures, search and the spaCy model follow."""
    (day,) = find_dates("Am 3. März 2024 trafen sich Peru und Chile in Lima.", "de", "2024-03-05")
    assert (day.text, day.date.value) == ("3. März 2024", "2024-03-03")
    period = resolve_period("Im ersten Quartal 2023 stieg der Handel.", "de", "2023-06")
    assert period is not None and (period.start, period.end) == ("2023-01", "2023-03")
    (amount,) = find_quantities("Der Handel erreichte rund 2,5 Milliarden Euro.", "de")
    assert (amount.value, amount.unit, amount.qualifier.value) == (2.5e9, "EUR", "about")
    assert search.stem("Verträge", "de") == search.stem("Vertrag", "de")
    assert search.pg_config("de") == "german"
    assert spacy_model(Settings(), "de") == "de_core_news_sm"


@pytest.mark.parametrize("missing", ["profile", "dates", "numbers", "demonym_forms"])
def test_lang_a_missing_file_is_s302_naming_it(tmp_path: Path, missing: str) -> None:
    _write_language(tmp_path, "de", {name: data for name, data in GERMAN.items() if name != missing})
    with pytest.raises(UnsupportedLanguage) as err:
        LanguageRegistry(tmp_path).profile("de")
    assert err.value.code == "S302"
    assert f"add suivi/lang/de/{missing}.json" in str(err.value)


@pytest.mark.parametrize(("name", "key"), [("dates", "orders"), ("numbers", "decimal"), ("profile", "search")])
def test_lang_an_incomplete_file_is_s302_naming_the_key(tmp_path: Path, name: str, key: str) -> None:
    files = {**GERMAN, name: {k: v for k, v in GERMAN[name].items() if k != key}}
    _write_language(tmp_path, "de", files)
    with pytest.raises(UnsupportedLanguage) as err:
        LanguageRegistry(tmp_path).profile("de")
    assert err.value.code == "S302"
    assert f"suivi/lang/de/{name}.json has no {key!r}" in str(err.value)


@pytest.mark.parametrize(
    ("name", "key", "value"),
    [
        ("dates", "orders", ["ymd"]),
        ("dates", "relative", {"letztes Jahr": ["decade", -1]}),
        ("numbers", "qualifiers", {"rund": "roughly"}),
    ],
)
def test_lang_a_value_outside_its_vocabulary_is_s302(tmp_path: Path, name: str, key: str, value: Any) -> None:
    _write_language(tmp_path, "de", {**GERMAN, name: {**GERMAN[name], key: value}})
    with pytest.raises(UnsupportedLanguage) as err:
        LanguageRegistry(tmp_path).profile("de")
    assert f"suivi/lang/de/{name}.json: {key!r} has" in str(err.value)


def test_lang_unknown_language_is_s302() -> None:
    with pytest.raises(UnsupportedLanguage) as err:
        profile("xx")
    assert "add suivi/lang/xx/profile.json" in str(err.value)


@pytest.mark.parametrize(
    ("lang", "entry", "forms"),
    [
        ("fr", "cambodgien", ["cambodgien", "cambodgienne", "cambodgiennes", "cambodgiens"]),
        ("fr", "sénégalais", ["sénégalais", "sénégalaise", "sénégalaises"]),
        ("fr", "belge", ["belge", "belges"]),
        ("fr", "grec|grecque", ["grec", "grecque", "grecques", "grecs"]),
        ("fr", "chypriote", ["chypriote", "chypriotes"]),
        ("en", "Peruvian", ["Peruvian", "Peruvians"]),
        ("en", "Vietnamese", ["Vietnamese"]),
        ("en", "Swedish", ["Swedish"]),
    ],
)
def test_lang_demonym_forms_follow_the_folder_rules(lang: str, entry: str, forms: list[str]) -> None:
    assert profile(lang).demonyms.forms(entry) == forms


def test_lang_settings_may_override_the_folder_model(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().fr_model == profile("fr").spacy_model
    monkeypatch.setenv("SUIVI_FR_MODEL", "fr_core_news_lg")
    assert spacy_model(Settings(), "fr") == "fr_core_news_lg"
    assert spacy_model(Settings(), "en") == profile("en").spacy_model


@pytest.mark.parametrize("name", ["profile", "dates", "numbers", "demonym_forms"])
def test_lang_profile_files_change_every_extractor_version(package_copy: Path, name: str) -> None:
    before = version.layer_versions(DEFAULT_LAYERS)
    path = package_copy / "lang" / "en" / f"{name}.json"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    version.shared_hash.cache_clear()
    version.layer_hash.cache_clear()
    after = version.layer_versions(DEFAULT_LAYERS)
    assert all(after[layer] != before[layer] for layer in before)
