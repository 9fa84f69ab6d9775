"""What the `python -m` scripts of the learned layer and of `suivi.evaluate.crossval` share."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from suivi.errors import SuiviError


@contextmanager
def coded_exit() -> Iterator[None]:
    """Turn a SuiviError into its coded message on stderr and exit status 1, never a traceback."""
    try:
        yield
    except SuiviError as exc:
        print(f"error {exc}", file=sys.stderr)
        raise SystemExit(1) from None
