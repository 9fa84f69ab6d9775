"""Settings: declared once, read from config file < environment < explicit options, S001 when invalid."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from suivi.errors import ConfigError
from suivi.settings import Settings, default_config_file, default_database_url, load_settings


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No SUIVI_* variable of the machine and no user config file reach these tests."""
    for name in [n for n in os.environ if n.startswith("SUIVI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SUIVI_CONFIG", str(tmp_path / "absent.toml"))


def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("env", "flag", "expected"),
    [
        (None, None, "sqlite:///from-file.db"),
        ("sqlite:///from-env.db", None, "sqlite:///from-env.db"),
        ("sqlite:///from-env.db", "sqlite:///from-flag.db", "sqlite:///from-flag.db"),
        (None, "sqlite:///from-flag.db", "sqlite:///from-flag.db"),
    ],
)
def test_settings_file_then_env_then_flag(
    env: str | None, flag: str | None, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path, '[suivi]\ndatabase_url = "sqlite:///from-file.db"\nbatch_size = 5\n')
    if env is not None:
        monkeypatch.setenv("SUIVI_DATABASE_URL", env)
    settings = load_settings(config, database_url=flag)
    assert settings.database_url == expected
    assert settings.batch_size == 5  # untouched by env and flag: still the file's


@pytest.mark.parametrize(("variable", "value", "field", "expected"), [("SUIVI_BATCH_SIZE", "9", "batch_size", 9)])
def test_settings_env_beats_file_for_every_field(
    variable: str, value: str, field: str, expected: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path, f"[suivi]\n{field} = 3\n")
    monkeypatch.setenv(variable, value)
    assert getattr(load_settings(config), field) == expected


@pytest.mark.parametrize("body", ['[suivi]\ndefault_language = "en"\n'])
def test_settings_default_config_file_comes_from_suivi_config(
    body: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text(body, encoding="utf-8")
    monkeypatch.setenv("SUIVI_CONFIG", str(config))
    assert default_config_file() == config
    assert load_settings().default_language == "en"


@pytest.mark.parametrize("expected_file", ["suivi.sqlite"])
def test_settings_default_database_is_sqlite_in_user_data_dir(expected_file: str) -> None:
    settings = load_settings()
    assert settings.database_url == default_database_url()
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith(expected_file)


@pytest.mark.parametrize(
    ("body", "in_message"),
    [
        ("[suivi\nbatch_size = 3\n", "config file is not valid TOML"),
        ('[suivi]\nbatch_size = "many"\n', "batch_size: Input should be a valid integer"),
        ("suivi = 3\n", "is not a TOML table"),
    ],
)
def test_settings_invalid_config_file_raises_s001_with_path(body: str, in_message: str, tmp_path: Path) -> None:
    config = write_config(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        load_settings(config)
    assert caught.value.code == "S001"
    assert str(caught.value).startswith(f"[S001] {config}: ")
    assert in_message in str(caught.value)
    assert caught.value.to_dict()["detail"]["source"] == str(config)


@pytest.mark.parametrize("name", ["missing.toml"])
def test_settings_explicit_missing_config_file_raises_s001(name: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path / name)
    assert caught.value.code == "S001"
    assert f"{tmp_path / name}: config file not found" in str(caught.value)


@pytest.mark.parametrize(("variable", "value"), [("SUIVI_BATCH_SIZE", "many"), ("SUIVI_N_PROCESS", "two")])
def test_settings_invalid_env_raises_s001(variable: str, value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert caught.value.code == "S001"
    assert "invalid SUIVI_* environment variable" in str(caught.value)
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize(("override", "value"), [("batch_size", "lots")])
def test_settings_invalid_override_raises_s001(override: str, value: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(**{override: value})
    assert caught.value.code == "S001"
    assert f"{override}: Input should be a valid integer" in str(caught.value)


@pytest.mark.parametrize("field", list(Settings.model_fields))
def test_settings_every_field_has_help_line(field: str) -> None:
    assert Settings.model_fields[field].description
