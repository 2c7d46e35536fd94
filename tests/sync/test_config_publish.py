"""``hubkiosk-server config publish`` as IT runs it: a council's folder, the day's bookings,
and the configurations and bookings it must refuse before anything is stored (a kiosk
cannot be sent a snapshot that does not validate); and what a kiosk is told when the
configuration in the database still cannot make its snapshot."""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import delete, func, select

from hubkiosk.store.db import Store
from hubkiosk.store.models import ConfigSnapshot
from sync.client.engine import SyncState
from sync.protocol.wire import ConfigSnapshot as SnapshotMessage
from sync.server import config
from sync.server.cli import main as server_main
from sync.server.db import Database
from sync.server.models import AppointmentRow, PublishedConfig
from tests.sync.conftest import HUB, OTHER_HUB, TZ, Central, FakeClock, make_engine

SHIPPED = config.default_data_dir()


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> tuple[int, str, str]:
    """``hubkiosk-server --db URL ARGS``: its exit code, what it printed and its errors."""
    code = server_main(["--db", db_url, *args])
    said = capsys.readouterr()
    return code, said.out, said.err


def council_folder(
    tmp_path: Path, edit: Callable[[dict[str, Any], dict[str, Any]], None] | None = None
) -> Path:
    """IT's configuration folder: the shipped hubs and catalogue with its forms and surveys
    inside it, as the README asks, after ``edit(hubs, catalogue)``."""
    folder = tmp_path / "council"
    shutil.copytree(SHIPPED, folder)
    shutil.copytree(SHIPPED.parent / "forms", folder / "forms")
    shutil.copytree(SHIPPED.parent / "surveys", folder / "surveys")
    hubs = json.loads((folder / "hubs.json").read_text(encoding="utf-8"))
    catalogue = json.loads((folder / "catalogue.json").read_text(encoding="utf-8"))
    if edit is not None:
        edit(hubs, catalogue)
    (folder / "hubs.json").write_text(json.dumps(hubs, ensure_ascii=False), encoding="utf-8")
    (folder / "catalogue.json").write_text(json.dumps(catalogue, ensure_ascii=False))
    return folder


def rename_housing_and_close_bow(hubs: dict[str, Any], catalogue: dict[str, Any]) -> None:
    for service in catalogue["services"]:
        if service["id"] == "housing":
            service["name"]["en"] = "Housing and homelessness"
    for hub in hubs["hubs"]:
        if hub["id"] == HUB:
            hub["closures"].append(
                {
                    "start": "2030-12-02T09:00:00",
                    "end": "2030-12-02T13:00:00",
                    "reason": {"en": "Closed for staff training"},
                }
            )


def bookings_file(
    tmp_path: Path, count: int, day: dt.date, hub_id: str = HUB, **changes: Any
) -> tuple[Path, list[dict[str, Any]]]:
    """A bookings file as a booking system exports it; ``changes`` maps a booking's index
    to the fields it has otherwise."""
    bookings = []
    for n in range(count):
        starts = dt.datetime.combine(day, dt.time(9 + n // 3, (n % 3) * 20), tzinfo=TZ)
        booking = {
            "id": str(uuid.uuid4()),
            "hub_id": hub_id,
            "service_id": "housing",
            "starts_at": starts.isoformat(),
            "reference": f"HK-{7000 + n}",
            "surname": "Begum",
            "phone": "07700 900123",
        }
        booking.update(changes.get(f"booking_{n}", {}))
        bookings.append(booking)
    path = tmp_path / "bookings.json"
    path.write_text(json.dumps(bookings), encoding="utf-8")
    return path, bookings


def active_snapshot(store: Store) -> SnapshotMessage:
    with store.session() as session:
        [row] = session.scalars(select(ConfigSnapshot).where(ConfigSnapshot.active.is_(True)))
        return SnapshotMessage.model_validate(row.body)


def published_versions(central: Central) -> int:
    with central.database.session() as session:
        return int(session.scalar(select(func.count()).select_from(PublishedConfig)) or 0)


def booking_ids(central: Central, day: dt.date) -> set[uuid.UUID]:
    with central.database.session() as session:
        return set(session.scalars(select(AppointmentRow.id).where(AppointmentRow.day == day)))


def personal_values(bookings: list[dict[str, Any]]) -> set[str]:
    return {b[key] for b in bookings for key in ("reference", "surname", "phone")}


@pytest.mark.both_databases
def test_loading_the_days_bookings_keeps_the_configuration_in_force(
    central: Central, db_url: str, store: Store, clock: FakeClock, tmp_path: Path, capsys
) -> None:
    """IT published the council's folder (a renamed service, a closure at Bow), then next
    morning loaded the day's bookings with ``config publish --appointments FILE``: that
    published the shipped configuration again, taking the council's changes off every
    kiosk. Now the configuration in force stays, and the bookings come with it."""
    today = central.clock().astimezone(TZ).date()
    folder = council_folder(tmp_path, rename_housing_and_close_bow)
    code, out, err = run(capsys, db_url, "config", "publish", str(folder))
    assert code == 0, err
    assert out.startswith("published configuration version 2: 5 hubs, 9 services, 5 forms,")
    engine = make_engine(central.url, central.enrol(), store, clock)
    assert engine.sync_once().config_error is None

    path, bookings = bookings_file(tmp_path, 1, today)
    code, out, err = run(
        capsys, db_url, "config", "publish", "--appointments", str(path), "--day", str(today)
    )

    assert code == 0, err
    assert out.splitlines() == [
        "configuration version 2 stays in force: 5 hubs, 9 services, 5 forms, 1 survey",
        # The file is the day's bookings: the central's demo ones of the day make way.
        f"1 appointment for {today} (20 bookings loaded before, not in this file, cancelled)",
    ]
    status = engine.sync_once()
    assert status.state is SyncState.OK and status.config_error is None
    snapshot = active_snapshot(store)
    assert snapshot.version == 2
    housing = snapshot.catalogue.by_id("housing")
    assert housing is not None and housing.name.root["en"] == "Housing and homelessness"
    bow = next(hub for hub in snapshot.hubs if hub.id == HUB)
    assert "Closed for staff training" in [c.reason.root["en"] for c in bow.closures]
    assert [str(a.id) for a in snapshot.appointments] == [bookings[0]["id"]]

    # A recommended kiosk version with the bookings: the same configuration, a new version.
    code, out, err = run(
        capsys, db_url, "config", "publish", "--appointments", str(path), "--kiosk-version", "9.9"
    )
    assert code == 0, err
    assert out.startswith("published configuration version 3: 5 hubs, 9 services, 5 forms,")
    engine.sync_once()
    snapshot = active_snapshot(store)
    assert snapshot.version == 3 and snapshot.recommended_kiosk_version == "9.9"
    housing = snapshot.catalogue.by_id("housing")
    assert housing is not None and housing.name.root["en"] == "Housing and homelessness"

    # A recommended kiosk version alone (IT flags an upgrade): the same configuration too,
    # not the shipped one in its place.
    code, out, err = run(capsys, db_url, "config", "publish", "--kiosk-version", "10.0")
    assert code == 0, err
    assert out.startswith("published configuration version 4: 5 hubs, 9 services, 5 forms,")
    assert "no longer published" not in out
    engine.sync_once()
    snapshot = active_snapshot(store)
    assert snapshot.version == 4 and snapshot.recommended_kiosk_version == "10.0"
    housing = snapshot.catalogue.by_id("housing")
    assert housing is not None and housing.name.root["en"] == "Housing and homelessness"


def test_bookings_on_a_new_server_publish_the_shipped_configuration_with_them(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    path, _ = bookings_file(tmp_path, 2, dt.date(2030, 5, 13))
    code, out, err = run(
        capsys, sqlite_url, "config", "publish", "--appointments", str(path), "--day", "2030-05-13"
    )
    assert code == 0, err
    assert out.splitlines() == [
        "published configuration version 1: 5 hubs, 9 services, 5 forms, 1 survey",
        "2 appointments for 2030-05-13",
    ]


@pytest.mark.both_databases
def test_bookings_naming_an_unknown_service_are_refused_before_anything_is_stored(
    central: Central, db_url: str, store: Store, clock: FakeClock, tmp_path: Path, capsys
) -> None:
    """One booking of twenty named 'housng': the file was loaded, the hub's kiosks were
    answered "nothing published" all day, said all was well and had none of the day's
    bookings, and the server logged "does not validate: 1". Now IT is told which booking
    names what, and nothing changes."""
    today = central.clock().astimezone(TZ).date()
    engine = make_engine(central.url, central.enrol(), store, clock)
    engine.sync_once()
    held = active_snapshot(store)
    before = booking_ids(central, today)
    path, bookings = bookings_file(
        tmp_path,
        20,
        today,
        booking_7={"service_id": "housng"},
        booking_12={"hub_id": "idea-store-bwo"},
    )

    code, out, err = run(
        capsys, db_url, "config", "publish", "--appointments", str(path), "--day", str(today)
    )

    assert code == 2 and out == ""
    assert err == (
        "hubkiosk-server: booking 8 of bookings.json names unknown service 'housng'; "
        "booking 13 of bookings.json names unknown hub 'idea-store-bwo'\n"
    )
    assert not any(value in err for value in personal_values(bookings))
    assert booking_ids(central, today) == before and published_versions(central) == 1
    status = engine.sync_once()
    assert status.config_error is None and active_snapshot(store).etag == held.etag


def test_a_bookings_file_that_does_not_validate_is_named_without_its_values(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    today = central.clock().astimezone(TZ).date()
    path, bookings = bookings_file(
        tmp_path, 3, today, booking_1={"reference": "HK-0000-PRIVATE-77777"}
    )
    code, _, err = run(capsys, db_url, "config", "publish", "--appointments", str(path))
    assert code == 2
    assert err == (
        "hubkiosk-server: booking 2 of bookings.json: reference: "
        "String should have at most 20 characters\n"
    )
    assert "PRIVATE" not in err and not any(v in err for v in personal_values(bookings))


@pytest.mark.both_databases
def test_a_bookings_file_loaded_for_the_wrong_day_can_be_loaded_again(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """Loaded with the wrong ``--day``, the file could not be loaded for the right one: a
    traceback (the bookings' ids were stored already). Now the bookings move to the day
    loaded last; a file giving one id to two bookings is refused, by their numbers."""
    today = central.clock().astimezone(TZ).date()
    tomorrow = today + dt.timedelta(days=1)
    path, bookings = bookings_file(tmp_path, 3, tomorrow)
    for day in (today, tomorrow):
        code, out, err = run(
            capsys, db_url, "config", "publish", "--appointments", str(path), "--day", str(day)
        )
        assert code == 0, err
    ids = {uuid.UUID(b["id"]) for b in bookings}
    assert booking_ids(central, tomorrow) == ids and not ids & booking_ids(central, today)

    bookings[2]["id"] = bookings[0]["id"]
    path.write_text(json.dumps(bookings), encoding="utf-8")
    code, _, err = run(capsys, db_url, "config", "publish", "--appointments", str(path))
    assert code == 2
    assert err == "hubkiosk-server: booking 3 of bookings.json has the id of booking 1\n"


@pytest.mark.both_databases
def test_a_catalogue_without_a_service_todays_bookings_name_is_refused(
    central: Central, db_url: str, store: Store, clock: FakeClock, tmp_path: Path, capsys
) -> None:
    """IT retired 'parking' on a day the bookings included a parking appointment: the
    publish said it was done, and every hub's kiosks kept the old configuration (answered
    "nothing published") while the server logged a count. Now the publish is refused."""
    engine = make_engine(central.url, central.enrol(), store, clock)
    engine.sync_once()

    def retire_parking(_hubs: dict[str, Any], catalogue: dict[str, Any]) -> None:
        catalogue["services"] = [s for s in catalogue["services"] if s["id"] != "parking"]
        for service in catalogue["services"]:
            service["name"]["en"] += " (new)"

    folder = council_folder(tmp_path, retire_parking)
    code, out, err = run(capsys, db_url, "config", "publish", str(folder))

    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("hubkiosk-server: ")
    assert "today's bookings name service 'parking', which the new catalogue no longer has" in err
    assert published_versions(central) == 1
    engine.sync_once()
    assert active_snapshot(store).catalogue.by_id("parking") is not None


@pytest.mark.both_databases
def test_a_hub_taken_out_while_its_kiosks_are_enrolled_is_refused(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    central.enrol(OTHER_HUB)
    with central.database.session() as session:  # none of its bookings in the way
        session.execute(delete(AppointmentRow))

    def close_town_hall(hubs: dict[str, Any], _catalogue: dict[str, Any]) -> None:
        hubs["hubs"] = [hub for hub in hubs["hubs"] if hub["id"] != OTHER_HUB]

    code, _, err = run(
        capsys, db_url, "config", "publish", str(council_folder(tmp_path, close_town_hall))
    )
    assert code == 2
    assert err == (
        f"hubkiosk-server: 1 kiosk is enrolled at hub '{OTHER_HUB}', which the new hubs no "
        "longer have: revoke it first (`hubkiosk-server devices` lists the kiosks)\n"
    )
    assert published_versions(central) == 1


@pytest.mark.both_databases
def test_a_snapshot_that_cannot_be_made_is_a_clear_error_the_kiosk_reports(
    central: Central, store: Store, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """A database an older server published into holds a booking naming a service the
    catalogue does not have: the hub's kiosks were answered 404 "no configuration has been
    published", took it for "nothing published", kept the old configuration and said all
    was well. Now the server answers what is wrong and logs it; the kiosk keeps its last
    good snapshot and says why on the adviser's sync status (and so in its heartbeat)."""
    token = central.enrol()
    engine = make_engine(central.url, token, store, clock)
    engine.sync_once()
    held = active_snapshot(store)
    today = central.clock().astimezone(TZ).date()
    booking_id = uuid.uuid4()
    with central.database.session() as session:  # as an older server let it through
        session.add(
            AppointmentRow(
                id=booking_id,
                hub_id=HUB,
                service_id="housng",
                starts_at=dt.datetime.combine(today, dt.time(15), tzinfo=TZ),
                day=today,
                reference="HK-9931",
                surname="Okafor",
                phone="07700 900931",
            )
        )
    caplog.set_level(logging.ERROR, logger="sync.server")

    answer = requests.get(f"{central.url}/v1/config", headers=central.headers(token), timeout=10)

    assert answer.status_code == 409 and answer.json()["error"] == "invalid_config"
    message = answer.json()["message"]
    assert f"hub '{HUB}'" in message and "version 1" in message
    assert f"appointment {booking_id} names unknown service 'housng'" in message
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("sync"))
    assert f"appointment {booking_id} names unknown service 'housng'" in logged
    for private in ("HK-9931", "Okafor", "07700 900931"):
        assert private not in message and private not in logged
    listed = requests.get(
        f"{central.url}/v1/hubs/{HUB}/appointments", headers=central.headers(token), timeout=10
    )
    assert listed.status_code == 409 and listed.json()["error"] == "invalid_config"

    status = engine.sync_once()

    assert status.state is SyncState.OK  # records still go; only the configuration is refused
    assert status.config_error is not None
    assert "unknown service 'housng'" in status.config_error
    assert f"keeping {held.etag}" in status.config_error
    assert "Okafor" not in status.config_error and "HK-9931" not in status.config_error
    assert active_snapshot(store).etag == held.etag

    with central.database.session() as session:  # IT loads the day's bookings again
        session.execute(delete(AppointmentRow).where(AppointmentRow.id == booking_id))
    repaired = engine.sync_once()
    assert repaired.config_error is None


def test_a_copy_of_the_data_folder_alone_is_refused_and_publish_says_what_it_published(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    """IT copied ``resources/data`` (where the README points), edited a name and published:
    the forms and the running survey, which live beside ``data/``, were taken off every
    kiosk without a word, and services linked forms nobody published. Now the services'
    forms must be published, and publish says what it published and what it withdrew."""
    assert run(capsys, sqlite_url, "migrate")[0] == 0
    assert run(capsys, sqlite_url, "config", "publish")[1].splitlines() == [
        "published configuration version 1: 5 hubs, 9 services, 5 forms, 1 survey"
    ]
    copy = tmp_path / "data"
    shutil.copytree(SHIPPED, copy)

    code, out, err = run(capsys, sqlite_url, "config", "publish", str(copy))

    assert code == 2 and out == ""
    assert err == (
        "hubkiosk-server: the catalogue names forms that are not published: callback, "
        "changed-circumstances, missed-bin, street-problem, travel-pass-help (forms are read "
        f"from {copy / 'forms'}/*.json and {copy / 'forms.json'})\n"
    )
    shutil.copytree(SHIPPED.parent / "forms", copy / "forms")
    code, out, err = run(capsys, sqlite_url, "config", "publish", str(copy))
    assert code == 0, err
    assert out.splitlines() == [
        "published configuration version 2: 5 hubs, 9 services, 5 forms, 0 surveys",
        "no longer published (the kiosks stop offering them): survey council-cx-2022",
    ]

    catalogue = json.loads((copy / "catalogue.json").read_text(encoding="utf-8"))
    catalogue["services"][0]["form_ids"].append("no-such-form")
    (copy / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    code, _, err = run(capsys, sqlite_url, "config", "publish", str(copy))
    assert code == 2
    assert "the catalogue names forms that are not published: no-such-form (" in err


def _empty_agreement_group(folder: Path) -> str:
    path = folder / "surveys" / "council_cx_2022.json"
    survey = json.loads(path.read_text(encoding="utf-8"))
    survey["version"] = 2
    for question in survey["questions"]:
        if question["id"] == "promise":
            question["statements"] = []
    path.write_text(json.dumps(survey), encoding="utf-8")
    return (
        "survey 'council-cx-2022': question 'promise': an agreement group needs at least "
        "one statement"
    )


def _field_of_unknown_type(folder: Path) -> str:
    path = folder / "forms" / "callback.json"
    form = json.loads(path.read_text(encoding="utf-8"))
    form["fields"][0]["type"] = "colour"
    path.write_text(json.dumps(form), encoding="utf-8")
    return f"form 'callback', field '{form['fields'][0]['id']}': type: Input should be"


def _closure_backwards(folder: Path) -> str:
    path = folder / "hubs.json"
    hubs = json.loads(path.read_text(encoding="utf-8"))
    hubs["hubs"][1]["closures"].append(
        {"start": "2030-12-10T13:00:00", "end": "2030-12-10T09:00:00", "reason": {"en": "x"}}
    )
    path.write_text(json.dumps(hubs), encoding="utf-8")
    return "hubs.json: hubs.1.closures."


@pytest.mark.parametrize(
    "spoil", [_empty_agreement_group, _field_of_unknown_type, _closure_backwards]
)
def test_a_definition_the_kiosks_would_refuse_is_not_published(
    spoil: Callable[[Path], str], central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """An officer's survey with an empty agreement group was published: the kiosks kept
    the old version and the survey pages failed. Now publish reads each survey and form as
    the kiosk does and refuses, on one line, naming which and what."""
    folder = council_folder(tmp_path)
    expected = spoil(folder)

    code, out, err = run(capsys, db_url, "config", "publish", str(folder))

    assert code == 2 and out == ""
    assert err.startswith(f"hubkiosk-server: {expected}") and err.count("\n") == 1
    assert "input_value" not in err and "Traceback" not in err
    assert published_versions(central) == 1


def booked(db_url: str, day: dt.date) -> dict[str, list[str]]:
    """The server's bookings of ``day``, their references by hub."""
    database = Database(db_url)
    try:
        with database.session() as session:
            rows = session.execute(
                select(AppointmentRow.hub_id, AppointmentRow.reference)
                .where(AppointmentRow.day == day)
                .order_by(AppointmentRow.reference)
            ).all()
    finally:
        database.dispose()
    found: dict[str, list[str]] = {}
    for hub_id, reference in rows:
        found.setdefault(hub_id, []).append(reference)
    return found


@pytest.mark.both_databases
def test_a_booking_left_out_of_the_days_file_again_is_cancelled(
    central: Central, db_url: str, tmp_path: Path, capsys
) -> None:
    """QA (s37): the council cancelled the Town Hall's only booking and loaded the day's
    file again without it (or, after an unplanned closure, an empty one): the server kept
    it, its kiosk checked the resident in for an appointment that no longer existed, and
    the command said "0 appointments". The file is the day's bookings: what it leaves out
    is cancelled, and the command says how many. ``--hub`` loads some hubs' alone."""
    day = dt.date(2030, 5, 13)
    path, bookings = bookings_file(
        tmp_path, 3, day, booking_2={"hub_id": OTHER_HUB, "reference": "HK-1111"}
    )
    code, out, err = run(
        capsys, db_url, "config", "publish", "--appointments", str(path), "--day", str(day)
    )
    assert code == 0, err
    assert out.splitlines()[-1] == "3 appointments for 2030-05-13"
    assert booked(db_url, day) == {HUB: ["HK-7000", "HK-7001"], OTHER_HUB: ["HK-1111"]}

    path.write_text(json.dumps(bookings[:2]), encoding="utf-8")  # the Town Hall's cancelled
    code, out, err = run(
        capsys, db_url, "config", "publish", "--appointments", str(path), "--day", str(day)
    )
    assert code == 0, err
    assert out.splitlines()[-1] == (
        "2 appointments for 2030-05-13 (1 booking loaded before, not in this file, cancelled)"
    )
    assert booked(db_url, day) == {HUB: ["HK-7000", "HK-7001"]}

    # One hub's bookings alone: the other hubs' stay as they were.
    path.write_text(json.dumps(bookings[2:]), encoding="utf-8")
    code, out, err = run(capsys, db_url, "config", "publish", "--appointments", str(path),
                         "--day", str(day), "--hub", OTHER_HUB)  # fmt: skip
    assert code == 0, err
    assert out.splitlines()[-1] == "1 appointment for 2030-05-13 at town-hall-whitechapel"
    assert booked(db_url, day) == {HUB: ["HK-7000", "HK-7001"], OTHER_HUB: ["HK-1111"]}
    # A file naming a hub it was not given for is refused, and nothing changes.
    path.write_text(json.dumps(bookings[:1]), encoding="utf-8")
    code, out, err = run(capsys, db_url, "config", "publish", "--appointments", str(path),
                         "--day", str(day), "--hub", OTHER_HUB)  # fmt: skip
    assert code == 2 and "booking 1" in err and "--hub" in err, err
    assert booked(db_url, day) == {HUB: ["HK-7000", "HK-7001"], OTHER_HUB: ["HK-1111"]}

    # An unplanned closure: every booking of the day cancelled.
    path.write_text("[]", encoding="utf-8")
    code, out, err = run(
        capsys, db_url, "config", "publish", "--appointments", str(path), "--day", str(day)
    )
    assert code == 0, err
    assert out.splitlines()[-1] == (
        "0 appointments for 2030-05-13 (3 bookings loaded before, not in this file, cancelled)"
    )
    assert booked(db_url, day) == {}
