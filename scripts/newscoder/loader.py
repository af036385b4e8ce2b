"""Load the published tables as typed pandas DataFrames.

Types come from the table schemas: dates -> datetime64[ns], integers -> nullable Int64, numbers -> float64,
booleans -> nullable boolean, enums -> categoricals whose categories are every allowed value (in schema
order, so value_counts() lists zeros too), other text -> the pandas string dtype.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from newscoder.paths import PACKAGE_REPO
from newscoder.schema import TABLES, check_table, enum_values, load_schema

DATA_ENV = "NEWSCODER_DATA"  # overrides where the published tables are looked for


def _has_tables(folder: Path) -> bool:
    return any((folder / f"{n}.{ext}").is_file() for n in TABLES for ext in ("parquet", "csv"))


def find_data_dir(start: str | os.PathLike | None = None) -> Path:
    """The folder holding the published tables.

    Looked for in order: $NEWSCODER_DATA; a `data/` folder with tables in the start folder (default: the
    current directory) or one of its parents; the `data/` folder of the repository this package lives in.
    """
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if _has_tables(folder / "data"):
            return folder / "data"
    return PACKAGE_REPO / "data"


def _typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    out = {}
    for field in load_schema(name)["fields"]:
        col, kind = field["name"], field["type"]
        s = df[col] if col in df.columns else pd.Series([None] * len(df), index=df.index, dtype="object")
        allowed = enum_values(field)
        if allowed:
            s = s.astype("object").where(s.notna(), None)
            out[col] = pd.Series(pd.Categorical(s, categories=allowed), index=df.index)
        elif kind == "date":
            # Parquet gives date objects, CSV gives text: both go through ISO text to one resolution
            text = s.astype("object").map(lambda v: None if pd.isna(v) else str(v)[:10])
            out[col] = pd.to_datetime(text, format="%Y-%m-%d").astype("datetime64[ns]")
        elif kind == "integer":
            out[col] = pd.to_numeric(s).astype("Int64")
        elif kind == "number":
            out[col] = pd.to_numeric(s).astype("float64")
        elif kind == "boolean":
            if s.dtype == object or pd.api.types.is_string_dtype(s):
                s = s.map({"true": True, "false": False, True: True, False: False})
            out[col] = s.astype("boolean")
        else:
            out[col] = s.astype("string")
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


def _read_csv(path: Path) -> pd.DataFrame:
    # everything as text first, so that codes such as cameo_code "046" keep their leading zero
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")


def load(name: str, data_dir: str | os.PathLike | None = None, *, include_rejected: bool = False) -> pd.DataFrame:
    """One published table as a typed DataFrame, read from Parquet (or the CSV when there is no Parquet).

    Rows a reviewer rejected (review_status "rejected") stay in the files but are left out unless
    `include_rejected=True`. Example: `newscoder.load("quotes")`. ValueError for an unknown table name,
    FileNotFoundError when neither file exists.
    """
    check_table(name)
    folder = Path(data_dir) if data_dir is not None else find_data_dir()
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.is_file():
        df = pq.read_table(parquet).to_pandas()
    elif csv.is_file():
        df = _read_csv(csv)
    else:
        raise FileNotFoundError(f"no published {name!r} table: neither {parquet} nor {csv} exists "
                                "(run `newscoder build`, or pass data_dir=)")
    df = _typed(name, df.reset_index(drop=True))
    if not include_rejected and "review_status" in df.columns:
        df = df[df["review_status"] != "rejected"].reset_index(drop=True)
    return df


def load_all(data_dir: str | os.PathLike | None = None) -> dict[str, pd.DataFrame]:
    """Every published table, keyed by name in publishing order."""
    folder = Path(data_dir) if data_dir is not None else find_data_dir()
    return {name: load(name, folder) for name in TABLES}
