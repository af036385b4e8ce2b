"""newscoder: events, quotes and actors from news articles, as a validated Frictionless data package.

In Python: `newscoder.load("quotes")` returns a typed DataFrame; `newscoder.load_all()` every table.
"""

__version__ = "0.1.0"

from newscoder.load import load, load_all  # noqa: E402  (after __version__, which submodules may read)

__all__ = ["__version__", "load", "load_all"]
