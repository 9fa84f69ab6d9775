"""suivi's one exception tree: every error has a code, says what happened with which input and what to do."""

from __future__ import annotations

from typing import Any


class SuiviError(Exception):
    """Root of every error suivi raises on purpose."""

    code = "S000"

    def __init__(self, message: str, *, source: str | None = None, detail: dict[str, Any] | None = None):
        self.message = message
        self.source = source
        self.detail = dict(detail or {})
        if source is not None:
            self.detail.setdefault("source", source)
        where = f"{source}: " if source else ""
        super().__init__(f"[{self.code}] {where}{message}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON error envelope's body: code, message and detail."""
        return {"code": self.code, "message": str(self), "detail": self.detail}


# --- configuration -----------------------------------------------------------------


class ConfigError(SuiviError):
    """A setting is missing or invalid."""

    code = "S001"


class UsageError(SuiviError):
    """The command line cannot be parsed: an unknown option, a bad option value, a missing argument."""

    code = "S002"


# --- ingest (S1xx) --------------------------------------------------------------------


class IngestError(SuiviError):
    """An input could not be read into documents; the rest of the batch goes on."""

    code = "S100"


class InputNotFound(IngestError):
    code = "S101"


class EmptyInput(IngestError):
    code = "S102"


class BinaryInput(IngestError):
    code = "S103"


class UndecodableInput(IngestError):
    code = "S104"


class BrokenJsonLine(IngestError):
    code = "S105"


class InvalidDate(IngestError):
    code = "S106"


class InputTooLarge(IngestError):
    code = "S107"


class UnsupportedFormat(IngestError):
    code = "S108"


class UnparsableMarkup(IngestError):
    code = "S109"


class UnreadableInput(IngestError):
    """The file exists but the operating system refused to read it (permissions, I/O error)."""

    code = "S110"


class InvalidDocumentId(IngestError):
    """A document id is blank, over 255 characters, or holds control characters."""

    code = "S111"


class InvalidLanguage(IngestError):
    """A language is not a 2- or 3-letter ISO 639 code."""

    code = "S112"


class InvalidText(IngestError):
    """A text or metadata field holds NUL characters or lone surrogates, or is over its column's length."""

    code = "S113"


class DuplicateDocumentId(IngestError):
    """Two inputs of one batch give the same document id (`006.md` and `006.txt`)."""

    code = "S114"


class NotLanguage(IngestError):
    """The text is not written language: few letters, or no word-shaped tokens (random bytes or letters)."""

    code = "S115"


class LinkNotFollowed(IngestError):
    """A symbolic link under a given directory points outside the given paths and `follow_links` is off."""

    code = "S116"


# --- store (S2xx) ---------------------------------------------------------------------


class StoreError(SuiviError):
    """The store could not be opened, migrated, read or written."""

    code = "S200"


class DocumentNotFound(StoreError):
    code = "S201"


class MigrationError(StoreError):
    code = "S202"


class InvalidQuery(StoreError):
    """A store query got an argument it cannot use (e.g. a `since` date that is not YYYY[-MM[-DD]])."""

    code = "S203"


class EngagementNotFound(StoreError):
    """Links were given for an engagement the store does not hold."""

    code = "S204"


class InvalidRecord(StoreError):
    """A document record cannot be stored as given (e.g. two engagements share a local id)."""

    code = "S205"


class QueryTooLong(InvalidQuery):
    """A search query has more characters or words than a search may take."""

    code = "S206"


class SearchTimeout(StoreError):
    """A search ran past its time limit and was cancelled (on the server for PostgreSQL)."""

    code = "S207"


# --- extraction (S3xx) ----------------------------------------------------------------


class ExtractError(SuiviError):
    """Extraction of one document failed."""

    code = "S300"


class ModelNotInstalled(ExtractError):
    code = "S301"


class UnsupportedLanguage(ExtractError):
    code = "S302"


class UnknownExtractor(ExtractError):
    code = "S303"


class SentenceModelError(ExtractError):
    """The learned sentence model cannot be loaded: files missing, unreadable or inconsistent."""

    code = "S304"


class TrainingDataError(ExtractError):
    """Training examples or the eval texts they point into cannot be read."""

    code = "S305"


# --- evaluation (S4xx) ----------------------------------------------------------------


class EvalError(SuiviError):
    """The evaluation data or predictions could not be read."""

    code = "S400"


# --- linking (S5xx) --------------------------------------------------------------------


class LinkError(SuiviError):
    """Linking across documents failed."""

    code = "S500"


class InvalidDyad(LinkError):
    """A dyad filter does not name two parties (write VN-KH)."""

    code = "S501"


class SeriesNotFound(LinkError):
    """No stored engagement carries the series key asked for."""

    code = "S502"


class InvalidLinkQuery(LinkError):
    """A link query got an argument it cannot use (an unknown follow-up status, a `since` that is not a date)."""

    code = "S503"


class DyadNotFound(LinkError):
    """The store holds nothing on the pair of parties asked for (a briefing or calendar of an unknown dyad)."""

    code = "S504"


# --- reports and exports (S6xx) ---------------------------------------------------------


class ReportError(SuiviError):
    """A briefing, calendar or export could not be produced."""

    code = "S600"


class OutputNotWritable(ReportError):
    """The -o path cannot be written (missing parent directory, permissions, a directory given for a file)."""

    code = "S601"


class MissingExtra(ReportError):
    """An optional library is needed for this output (pandas for `.to_pandas()`)."""

    code = "S602"


class RenderError(ReportError):
    """A format could not be rendered (WeasyPrint or its system libraries failed on the PDF)."""

    code = "S603"


# --- analysts' corrections (S7xx) -------------------------------------------------------


class CorrectionError(SuiviError):
    """An analyst's correction cannot be made, listed or undone."""

    code = "S700"


class FactNotFound(CorrectionError):
    """No fact of the store answers to the fact id given (stable key or DOC/e1, DOC/c1, DOC/i1)."""

    code = "S701"


class CorrectionTargetNotFound(CorrectionError):
    """The event, series, actor or follow-up a correction names is not in the store."""

    code = "S702"


class InvalidCorrection(CorrectionError):
    """A correction is malformed: an unknown field, a value its field refuses, an unknown status or kind."""

    code = "S703"


class CorrectionNotFound(CorrectionError):
    """No correction has the id given (`suivi corrections` lists them)."""

    code = "S704"


class CorrectionAlreadyUndone(CorrectionError):
    """The correction was undone before; undoing twice changes nothing."""

    code = "S705"


class IngestWarning(UserWarning):
    """Something was read but not as expected (e.g. decoded as cp1252); the document still goes in."""

    code = "W101"
