"""Adding rows into the tally tables that ingest keeps (survey and hub figures): one merge
for both, each row inserted or, where its key is stored, added to.

On PostgreSQL every table's rows go in one statement, one array per column (``unnest``
keeps their order), the tables of a merge joined by data-modifying ``WITH``: ingest waits
for one answer, not one per row or per table; rows that PostgreSQL works out itself
(:class:`Derived`: the hub tallies, from the rows an insert returns and what is stored) are
merged by a clause of the caller's own statement (:func:`upsert_sql`). On SQLite, one
executemany per table, through the driver. Rows
are merged in key order, so two transactions adding to the same keys lock them in the same
order and never wait for each other.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, TextClause, text

from sync.sqltypes import sqlite_form

#: PostgreSQL's array element type for each column type of the tally tables.
_ARRAY_TYPES = {
    "String": "text",
    "Text": "text",
    "Date": "date",
    "Boolean": "boolean",
    "BigInteger": "bigint",
    "Float": "double precision",
    "Uuid": "uuid",
}


def added(table: Table, column: str) -> str:
    """SQL for a count column of a merged row: the stored count plus the new one."""
    return f"{table.name}.{column} + excluded.{column}"


def earliest(table: Table, column: str) -> str:
    """SQL for a time column of a merged row: the earlier of the stored and the new value
    (either may be NULL)."""
    stored, new = f"{table.name}.{column}", f"excluded.{column}"
    return f"CASE WHEN {stored} IS NULL OR {new} < {stored} THEN {new} ELSE {stored} END"


@dataclass
class Write:
    """``rows`` to merge into ``table``: ``keys`` say which stored row a row is added to,
    ``sets`` what each other column of a merged row becomes (SQL, see :func:`added`)."""

    table: Table
    rows: list[dict[str, Any]]
    keys: list[str]
    sets: dict[str, str]

    def order(self, row: dict[str, Any]) -> tuple[str, ...]:
        """A row's place in the merge: its key's values."""
        return tuple(str(row[key]) for key in self.keys)


@functools.lru_cache(maxsize=64)
def _statement(sql: str) -> TextClause:
    """``text(sql)``, kept: a merge's text is one of a few, and parsing it for its
    parameters each time cost a tenth of running it."""
    return text(sql)


@dataclass
class Derived:
    """Rows to merge into ``table`` that PostgreSQL works out itself, in the caller's own
    statement: ``select`` is a ``SELECT`` of the table's columns, in order, ordered by
    ``keys`` (see :class:`Write`); :func:`upsert_sql` makes its merge."""

    table: Table
    select: str
    keys: list[str]
    sets: dict[str, str]


def merge(connection: Connection, writes: list[Write]) -> None:
    """Merge each write's rows into its table (writes without rows are skipped)."""
    writes = [write for write in writes if write.rows]
    for write in writes:
        write.rows.sort(key=write.order)
    if not writes:
        return
    if connection.dialect.name == "postgresql":
        parts = [_postgresql_upsert(write, f"w{n}_") for n, write in enumerate(writes)]
        values: dict[str, Any] = {}
        for _, named in parts:
            values.update(named)
        upserts = [sql for sql, _ in parts]
        single = len(upserts) == 1
        clauses = [f"w{n} AS ({sql})" for n, sql in enumerate(upserts)]
        sql = upserts[0] if single else "WITH " + ", ".join(clauses) + " SELECT 1"
        connection.execute(_statement(sql), values)
        return
    for write in writes:
        _sqlite_upsert(connection, write)


def _sqlite_upsert(connection: Connection, write: Write) -> None:
    """SQLite: one executemany of the write's rows, through the driver, each value in its
    stored form (:func:`sync.sqltypes.sqlite_form`): SQLAlchemy's bind processing of every
    value of every row (a ticket's wait row a ticket) took longer than the merge itself."""
    names = list(write.rows[0])
    forms = [sqlite_form(write.table.c[name].type) for name in names]
    columns = [[row[name] for row in write.rows] for name in names]
    for index, form in enumerate(forms):
        if form is not None:
            columns[index] = [form(value) for value in columns[index]]
    sql = (
        f"INSERT INTO {write.table.name} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' * len(names))})" + _on_conflict(write.keys, write.sets)
    )
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def _on_conflict(keys: list[str], sets: dict[str, str]) -> str:
    return f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET " + ", ".join(
        f"{column} = {merged}" for column, merged in sets.items()
    )


def upsert_sql(table: Table, select: str, keys: list[str], sets: dict[str, str]) -> str:
    """PostgreSQL: an ``INSERT ... ON CONFLICT`` of the rows of ``select`` (a ``SELECT``
    of every column of ``table``, in order) into ``table`` (see :class:`Derived`)."""
    columns = ", ".join(c.name for c in table.columns)
    return f"INSERT INTO {table.name} ({columns}) {select}" + _on_conflict(keys, sets)


def array_type(table: Table, column: str) -> str:
    """PostgreSQL's array type for a column of ``table`` (``text[]``...)."""
    return f"{_ARRAY_TYPES[type(table.c[column].type).__name__]}[]"


def _postgresql_upsert(write: Write, prefix: str) -> tuple[str, dict[str, Any]]:
    """An ``INSERT ... ON CONFLICT`` of the write's rows as one array per column, and its
    parameters (named with ``prefix``)."""
    table = write.table
    columns = [c.name for c in table.columns]
    arrays = ", ".join(f"CAST(:{prefix}{name} AS {array_type(table, name)})" for name in columns)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT * FROM unnest({arrays})"
    sql += _on_conflict(write.keys, write.sets)
    return sql, {f"{prefix}{name}": [row[name] for row in write.rows] for name in columns}
