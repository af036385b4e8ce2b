"""newscoder: events, quotes and actors from news articles, as a validated Frictionless data package.

In Python: `newscoder.load("quotes")` returns a typed DataFrame; `newscoder.load_all()` every table.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"


# pandas is imported on first use, not with the package: the command line sets up the process (see
# `newscoder.cli`) before numpy is loaded.
def load(name: str, data_dir: str | os.PathLike | None = None, *, include_rejected: bool = False) -> pd.DataFrame:
    """One published table as a typed DataFrame (see `newscoder.loader.load`), without the rows a reviewer
    rejected unless `include_rejected=True`. Example: `newscoder.load("quotes")`."""
    from newscoder.loader import load as _load

    return _load(name, data_dir, include_rejected=include_rejected)


def load_all(data_dir: str | os.PathLike | None = None) -> dict[str, pd.DataFrame]:
    """Every published table, keyed by name in publishing order (see `newscoder.loader.load_all`)."""
    from newscoder.loader import load_all as _load_all

    return _load_all(data_dir)


__all__ = ["__version__", "load", "load_all"]
