"""A kiosk store migrated once per session and copied wherever a test starts a kiosk.

A kiosk's first start creates its store by running every migration, about a tenth of a
second each time; the copy is the same file the first start would make. Tests of the store
itself (creation, migration, repair) open their own with ``open_store``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hubkiosk.store.db import DB_NAME, open_store


@pytest.fixture(scope="session")
def store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store-template")
    open_store(folder).close()  # closing the last connection folds the WAL into the file
    return folder / DB_NAME


def seed_store(data_dir: Path, template: Path) -> Path:
    """``data_dir`` with a new, migrated store in it, unless it already has a store."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if not (data_dir / DB_NAME).exists():
        shutil.copyfile(template, data_dir / DB_NAME)
    return data_dir
