"""The device token, kept outside the SQLite file, readable only by the kiosk's user.

A backup or a copy of the store never carries the credential. The file is JSON with the
server URL, device id, hub id and token, written atomically with mode 0600.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

TOKEN_FILE = "device-token.json"


@dataclass(frozen=True)
class DeviceCredentials:
    server_url: str
    device_id: str
    hub_id: str
    token: str


def token_path(data_dir: Path) -> Path:
    return data_dir / TOKEN_FILE


def save_credentials(data_dir: Path, credentials: DeviceCredentials) -> Path:
    """Write the credentials with mode 0600 (created so, never widened), atomically."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = token_path(data_dir)
    temporary = target.with_name(target.name + ".tmp")
    if temporary.exists():
        temporary.unlink()
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(credentials), handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, target)
    return target


def load_credentials(data_dir: Path) -> DeviceCredentials | None:
    """The saved credentials, or None when the kiosk is not enrolled (or the file is bad)."""
    path = token_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return DeviceCredentials(
            **{k: str(data[k]) for k in DeviceCredentials.__dataclass_fields__}
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def forget_credentials(data_dir: Path) -> None:
    token_path(data_dir).unlink(missing_ok=True)
