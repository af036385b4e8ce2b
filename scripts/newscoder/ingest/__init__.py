"""Readers that turn input files into `Article` records, or `Rejection`s with a reason.

`read_inputs(paths)` walks files and folders in a fixed (sorted) order, dispatches on the file
extension, and yields one `Article` per good input and one `Rejection` per bad one, so that a bad
file never stops the others and nothing is dropped silently.
"""

from newscoder.ingest.base import Rejection, read_inputs, supported_suffixes

__all__ = ["Rejection", "read_inputs", "supported_suffixes"]
