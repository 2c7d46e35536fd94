"""The embedded demo: a central server on 127.0.0.1 for ``hubkiosk --demo``.

``start_demo_server(data_dir)`` makes (or reopens) a SQLite server database under
``data_dir/demo-server``, migrates it, publishes the shipped configuration, the shipped demo
bookings (``demo_appointments.json``: ``HK-4821`` and friends) and a few made-up
appointments per hub for today, enrols one device for ``hub_id`` and serves the API with uvicorn
on a free port in a background thread. ``.stop()`` shuts it down.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sync.protocol.appointments import demo_bookings
from sync.protocol.content import Catalogue, HubList
from sync.protocol.wire import AppointmentEntry
from sync.server import admin, config, migrate
from sync.server.app import create_app
from sync.server.db import Database
from sync.server.models import utcnow
from sync.server.runner import ServerThread
from sync.server.settings import ServerSettings

DEMO_REPORT_KEY = "demo-report-key-0123"


@dataclass
class DemoServer:
    url: str
    token: str
    hub_id: str
    device_id: str
    db_path: Path
    report_key: str
    _thread: ServerThread

    def report_url(self, start: dt.date, end: dt.date, fmt: str = "html") -> str:
        return (
            f"{self.url}/reports/hubs?from={start.isoformat()}&to={end.isoformat()}"
            f"&format={fmt}&key={self.report_key}"
        )

    def stop(self) -> None:
        self._thread.stop()


#: The demo bookings' times are written as seen at this local time of day...
DEMO_MOMENT = dt.time(10, 30)


def demo_shift(now: dt.datetime | None, today: dt.date, tz: ZoneInfo) -> dt.timedelta:
    """...and moved by this much, so that whenever the demo runs (the evening, too) each
    booking is as near or far as at 10:30: HK-4821 is in a quarter of an hour, and can be
    checked in for; HK-5307 is later; HK-2719 has passed."""
    if now is None:
        return dt.timedelta(0)
    minute = now.astimezone(tz).replace(second=0, microsecond=0)
    return minute - dt.datetime.combine(today, DEMO_MOMENT, tzinfo=tz)


def shipped_demo_appointments(
    folder: Path, today: dt.date, tz: ZoneInfo, now: dt.datetime | None = None
) -> dict[dt.date, list[AppointmentEntry]]:
    """``demo_appointments.json`` in ``folder`` as appointments, by their local day; with
    ``now``, timed relative to it (:func:`demo_shift`)."""
    path = folder / "demo_appointments.json"
    if not path.exists():
        return {}
    shift = demo_shift(now, today, tz)
    by_day: dict[dt.date, list[AppointmentEntry]] = {}
    for booking in demo_bookings(path, today, tz):
        entry = booking.model_copy(update={"starts_at": booking.starts_at + shift})
        by_day.setdefault(entry.starts_at.astimezone(tz).date(), []).append(entry)
    return by_day


def start_demo_server(
    data_dir: Path,
    *,
    hub_id: str = "idea-store-bow",
    config_dir: Path | None = None,
    device_name: str = "demo-kiosk",
) -> DemoServer:
    """Start the demo server and enrol a device of ``hub_id``; returns its URL and token."""
    folder = config_dir or config.default_data_dir()
    db_path = data_dir / "demo-server" / "server.sqlite3"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    settings = ServerSettings(
        db_url=f"sqlite:///{db_path}", report_key=DEMO_REPORT_KEY, demo_hours=True
    )
    tz = ZoneInfo(settings.timezone)
    now = utcnow()
    today = now.astimezone(tz).date()
    database = Database(settings.db_url)
    try:
        migrate.upgrade(database.engine)
        body = config.read_folder(folder)
        hubs = HubList.model_validate({"hubs": body["hubs"]})
        services = Catalogue.model_validate(body["catalogue"])
        with database.session() as session:
            current = config.current_config(session)
            if current is None or current.body != body:
                config.publish(session, folder, now=now)
            generated = config.demo_appointments(
                today, [h.id for h in hubs.hubs], [s.id for s in services.services], tz
            )
            # The bookings the README names (HK-4821...), today and on other days, beside
            # a few made-up ones per hub.
            shipped = shipped_demo_appointments(folder, today, tz, now=now)
            taken = {entry.reference for entries in shipped.values() for entry in entries}
            by_day = dict(shipped)
            by_day[today] = [
                *shipped.get(today, []),
                *(entry for entry in generated if entry.reference not in taken),
            ]
            for day, entries in sorted(by_day.items()):
                config.replace_appointments(session, day, entries, now=now)
            # The demo kiosk of this start replaces the last start's (a hub runs one).
            enrolled = admin.enrol_device(session, hub_id, device_name, now=now, replace=True)
    finally:
        database.dispose()
    thread = ServerThread(create_app(settings)).start()
    return DemoServer(
        url=thread.url,
        token=enrolled.token,
        hub_id=enrolled.hub_id,
        device_id=str(enrolled.device_id),
        db_path=db_path,
        report_key=DEMO_REPORT_KEY,
        _thread=thread,
    )
