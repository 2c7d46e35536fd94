"""The sync engineer's server fixtures (SQLite and PostgreSQL central servers), reused here.

PostgreSQL comes from ``HUBKIOSK_TEST_PG_URL``; without it the ``postgres`` cases skip,
except under ``CI=true`` where they fail.
"""

from tests.sync.conftest import (  # noqa: F401 (fixtures)
    central,
    clock,
    db_url,
    make_central,
    pg_url,
    store,
)
