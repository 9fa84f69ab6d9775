"""Every suivi setting, declared once: environment `SUIVI_*`, config file and CLI flags read this."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from suivi.errors import ConfigError
from suivi.lang import profile

APP_NAME = "suivi"


def default_database_url() -> str:
    """A SQLite file in the user's data directory."""
    return f"sqlite:///{Path(user_data_dir(APP_NAME)) / 'suivi.sqlite'}"


def default_config_file() -> Path:
    return Path(os.environ.get("SUIVI_CONFIG") or Path(user_config_dir(APP_NAME)) / "config.toml")


class Settings(BaseSettings):
    """suivi's settings; each field is one setting with its default and help line."""

    model_config = SettingsConfigDict(env_prefix="SUIVI_", extra="ignore")

    database_url: str = Field(
        default_factory=default_database_url,
        description="SQLAlchemy URL of the store: sqlite:///path or postgresql+psycopg://user@host/db",
    )
    languages: list[str] = Field(default=["fr", "en"], description="Languages the detector may choose from (ISO 639-1)")
    default_language: str = Field(default="fr", description="Language assumed when detection is unsure")
    max_document_bytes: int = Field(default=1_000_000, description="Texts larger than this are refused with error S107")
    follow_links: bool = Field(
        default=False,
        description="Follow symbolic links that lead out of the paths given to ingest (else refused with S116)",
    )
    batch_size: int = Field(default=64, description="Documents per spaCy batch during extraction")
    n_process: int = Field(default=1, description="Worker processes for extraction")
    fr_model: str = Field(
        default_factory=lambda: profile("fr").spacy_model,
        description="spaCy pipeline for French (default: spacy_model of suivi/lang/fr/profile.json)",
    )
    en_model: str = Field(
        default_factory=lambda: profile("en").spacy_model,
        description="spaCy pipeline for English (default: spacy_model of suivi/lang/en/profile.json)",
    )
    eval_dir: str = Field(
        default="../shared/eval/dev", description="Evaluation set used by `suivi eval` (texts/ and gold/)"
    )
    followup_grace_days: int = Field(
        default=30,
        ge=0,
        description="Days after an announced engagement's date (at its precision) before `followups` calls it overdue",
    )
    sentence_model: Path | None = Field(
        default=None,
        description="Directory of a learned sentence model (make train writes one); unset: the model in the package",
    )


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from (lowest first) defaults, config file, environment, explicit overrides; S001 if bad."""
    path = config_file or default_config_file()
    from_file = read_config_file(path, required=config_file is not None)
    try:
        env = Settings().model_dump(exclude_unset=True)
    except ValidationError as exc:
        raise ConfigError(
            f"invalid SUIVI_* environment variable: {_reasons(exc)}; fix or unset it", source="environment"
        ) from exc
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**{**from_file, **env, **given})
    except ValidationError as exc:
        where = "in the config file or a command-line option" if given else "in the config file"
        raise ConfigError(f"invalid setting {where}: {_reasons(exc)}", source=str(path)) from exc


def read_config_file(path: Path, *, required: bool = False) -> dict[str, Any]:
    """The `[suivi]` table of a TOML config file; {} when the file is absent (S001 if `required`)."""
    if not path.exists():
        if required:
            raise ConfigError("config file not found; check the --config path", source=str(path))
        return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("suivi", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file is not valid TOML: {exc}", source=str(path)) from exc
    except OSError as exc:
        raise ConfigError(f"config file cannot be read ({exc.strerror})", source=str(path)) from exc
    if not isinstance(table, dict):
        raise ConfigError("`suivi` is not a TOML table; put the settings in a [suivi] table", source=str(path))
    return table


def _reasons(exc: ValidationError) -> str:
    """One line per invalid field: `batch_size: Input should be a valid integer (got 'many')`."""
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']} (got {error['input']!r})"
        for error in exc.errors()
    )


def spacy_model(settings: Settings, lang: str) -> str:
    """The spaCy pipeline for `lang`: the setting `<lang>_model` when there is one, else the language
    folder's default (S302 for a language without a folder)."""
    chosen = getattr(settings, f"{lang}_model", None) if lang.isalpha() else None
    return chosen if isinstance(chosen, str) else profile(lang).spacy_model
