"""Column types shared by the kiosk's store and the central server's database."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any, overload

from sqlalchemy import Date, DateTime, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@overload
def as_utc(moment: dt.datetime) -> dt.datetime: ...
@overload
def as_utc(moment: None) -> None: ...
def as_utc(moment: dt.datetime | None) -> dt.datetime | None:
    """``moment`` aware: a naive one (a row's time outside :class:`UTCDateTime`, as an
    ORM object holds it until read back) is UTC."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stored as naive UTC on every database (SQLite has no time zones), always read back
    as aware UTC. A naive datetime is refused: it would be ambiguous."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database: use an aware UTC time")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


# Values in their stored form on SQLite, for bulk writes through the driver ----------------
# SQLAlchemy runs every value of every row through its type's bind processor: for the
# server's bulk writes (ingest's insert, the tallies' merges) as long as the write itself.
# These write a value as those processors do, so every query finds the rows as if
# SQLAlchemy had written them.


def sqlite_uuid(value: uuid.UUID | None) -> str | None:
    """A UUID as its 32 hex digits."""
    return None if value is None else value.hex


def sqlite_time(value: dt.datetime | None) -> str | None:
    """An aware time as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff`` (:class:`UTCDateTime`)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database: use an aware UTC time")
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def sqlite_day(value: dt.date | None) -> str | None:
    """A day in ISO form."""
    return None if value is None else value.isoformat()


#: How SQLAlchemy's types write a value on SQLite, by column type (absent: as it is).
_SQLITE_FORMS: dict[type[Any], Callable[[Any], Any]] = {
    Uuid: sqlite_uuid,
    UTCDateTime: sqlite_time,
    Date: sqlite_day,
}


def sqlite_form(column_type: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """What writes a value of ``column_type`` in its stored form on SQLite (None: the
    value as it is: text, numbers, and booleans, which the driver writes as 0 and 1)."""
    return _SQLITE_FORMS.get(type(column_type))
