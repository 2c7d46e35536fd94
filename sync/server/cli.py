"""``hubkiosk-server``: run, migrate and administer the central sync server.

The database comes from ``--db URL`` or ``HUBKIOSK_SERVER_DB_URL`` (SQLite by default).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import logging
import sys
import threading
import uuid
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import TypeAdapter, ValidationError

from sync.protocol.wire import AppointmentEntry
from sync.server import (
    admin,
    config,
    fleet,
    logs,
    migrate,
    reports,
    retention,
    survey_reports,
)
from sync.server.connections import (
    HttpOptions,
    check_open_files,
    ip_addresses,
    positive_int,
    positive_seconds,
    whole_seconds,
)
from sync.server.db import Database
from sync.server.models import utcnow
from sync.server.render import to_csv, to_html
from sync.server.settings import MAX_RETENTION_DAYS, ServerSettings
from sync.words import counted

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hubkiosk-server",
        description="Run, migrate and administer the Hub Kiosk central sync server. The "
        "database comes from --db URL or HUBKIOSK_SERVER_DB_URL (SQLite by default); other "
        "settings from HUBKIOSK_SERVER_* variables.",
    )
    parser.add_argument("--db", help="database URL (default: HUBKIOSK_SERVER_DB_URL or SQLite)")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the HTTP API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=_port, default=8080)
    serve.add_argument("--db", dest="db_sub", help="database URL")
    serve.add_argument("--no-migrate", action="store_true", help="do not migrate at start")
    serve.add_argument(
        "--request-timeout",
        type=positive_seconds,
        default=HttpOptions.request_timeout,
        metavar="SECONDS",
        help="a request whose headers and body have not all arrived after this long is "
        "answered 408 and its connection closed (default %(default)g)",
    )
    serve.add_argument(
        "--keep-alive-timeout",
        type=whole_seconds,
        default=HttpOptions.keep_alive_timeout,
        metavar="SECONDS",
        help="an idle connection is closed after this long (default %(default)s; behind a "
        "proxy, longer than the proxy keeps its idle connections to this server)",
    )
    serve.add_argument(
        "--max-connections",
        type=positive_int,
        default=HttpOptions.max_connections,
        metavar="N",
        help="connections served at once: past them a request is answered 503, and a few "
        "more are closed unanswered, keeping the process within its open files "
        "(ulimit -n; default %(default)s)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        type=ip_addresses,
        default=(),
        metavar="ADDRESSES",
        help="comma-separated addresses (or networks) of the reverse proxy whose "
        "X-Forwarded-For names the client (default: none; the connection's own address "
        "is the client's)",
    )

    for name, text in (("migrate", "bring the database schema up to date"),):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--db", dest="db_sub")

    enrol = commands.add_parser("enrol", help="print a one-time enrolment code for a hub's kiosk")
    enrol.add_argument("--hub", required=True)
    enrol.add_argument("--token", action="store_true", help="enrol now and print a device token")
    enrol.add_argument("--name", default="kiosk", help="device name (with --token)")
    enrol.add_argument(
        "--replace",
        action="store_true",
        help="the kiosk enrolling replaces the hub's kiosk (a hub runs one), whose token is "
        "revoked then",
    )
    enrol.add_argument("--db", dest="db_sub")

    revoke = commands.add_parser("revoke", help="revoke a device's token")
    revoke.add_argument("device_id", type=uuid.UUID)
    revoke.add_argument("--db", dest="db_sub")

    devices = commands.add_parser(
        "devices", help="list kiosks with their latest health, flagged when they need IT"
    )
    devices.add_argument("--format", choices=("text", "json"), default="text")
    devices.add_argument("--revoked", action="store_true", help="also list revoked devices")
    devices.add_argument("--db", dest="db_sub")

    fleet_cmd = commands.add_parser("fleet", help="IT's fleet policy (what gets flagged)")
    fleet_commands = fleet_cmd.add_subparsers(dest="fleet_command", required=True)
    want = fleet_commands.add_parser(
        "want-version", help="flag kiosks behind this version ('' to stop checking)"
    )
    want.add_argument("version")
    want.add_argument("--db", dest="db_sub")
    fleet_set = fleet_commands.add_parser(
        "set", help="set a threshold: silent_minutes, low_disk_mb or stale_backup_hours"
    )
    fleet_set.add_argument("name")
    fleet_set.add_argument("value")
    fleet_set.add_argument("--db", dest="db_sub")
    fleet_show = fleet_commands.add_parser("show", help="print the fleet policy")
    fleet_show.add_argument("--db", dest="db_sub")

    adviser = commands.add_parser("adviser", help="manage advisers")
    adviser_commands = adviser.add_subparsers(dest="adviser_command", required=True)
    add = adviser_commands.add_parser(
        "add", help="add an adviser (a PIN no other adviser at their hubs has)"
    )
    add.add_argument("adviser_id")
    add.add_argument("--name", required=True)
    _pin_arguments(add)
    add.add_argument("--hub", action="append", default=[], help="hub id (repeat; none = all)")
    add.add_argument(
        "--replace",
        action="store_true",
        help="give an id in use to this adviser (the one who had it is replaced)",
    )
    add.add_argument("--db", dest="db_sub")
    new_pin = adviser_commands.add_parser(
        "pin",
        help="a new PIN for an adviser (name and hubs kept); their hubs' kiosks take it at "
        "their next sync, which also ends an adviser sign-in lock there",
    )
    new_pin.add_argument("adviser_id")
    _pin_arguments(new_pin)
    new_pin.add_argument("--db", dest="db_sub")
    remove = adviser_commands.add_parser(
        "remove", help="withdraw an adviser (one who leaves): kiosks drop their PIN at next sync"
    )
    remove.add_argument("adviser_id")
    remove.add_argument("--db", dest="db_sub")
    adviser_list = adviser_commands.add_parser(
        "list", help="every adviser: id, name, hubs, removed or not (never a PIN)"
    )
    adviser_list.add_argument("--db", dest="db_sub")

    cfg = commands.add_parser("config", help="configuration snapshots")
    cfg_commands = cfg.add_subparsers(dest="config_command", required=True)
    publish = cfg_commands.add_parser("publish", help="publish hubs, services, forms, surveys")
    publish.add_argument(
        "folder",
        nargs="?",
        type=Path,
        help="hubs.json, catalogue.json, forms/, surveys/ (default: the shipped configuration; "
        "with bookings only, the one in force stays)",
    )
    publish.add_argument("--appointments", type=Path, help="JSON list of the day's bookings")
    publish.add_argument("--demo-appointments", action="store_true", help="make demo ones")
    publish.add_argument("--day", type=dt.date.fromisoformat, help="appointments day (today)")
    publish.add_argument(
        "--hub",
        action="append",
        dest="hubs",
        metavar="HUB",
        help="the bookings are this hub's alone (again for more): the other hubs' stay "
        "(without it the file is the day's bookings at every hub)",
    )
    publish.add_argument("--kiosk-version", help="recommended kiosk version")
    publish.add_argument("--db", dest="db_sub")

    report = commands.add_parser("report", help="managers' reports")
    report_commands = report.add_subparsers(dest="report_command", required=True)
    hubs = report_commands.add_parser("hubs", help="figures per hub over a date range")
    hubs.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True)
    hubs.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True)
    hubs.add_argument("--hub", action="append", help="limit to a hub (repeat)")
    hubs.add_argument("--format", choices=("json", "csv", "html"), default="json")
    hubs.add_argument("--output", "-o", type=Path, help="write to a file instead of stdout")
    hubs.add_argument("--db", dest="db_sub")
    listed = report_commands.add_parser("surveys", help="the surveys there are to report on")
    listed.add_argument("--output", "-o", type=Path, help="write to a file instead of stdout")
    listed.add_argument("--db", dest="db_sub")
    survey = report_commands.add_parser(
        "survey", help="a survey's results, as the council's Appendix 7 (the survey's run)"
    )
    survey.add_argument("survey_id", help="its id, as 'report surveys' lists them")
    survey.add_argument("--from", dest="start", type=dt.date.fromisoformat)
    survey.add_argument("--to", dest="end", type=dt.date.fromisoformat)
    survey.add_argument("--channel", choices=("self_service", "assisted"))
    survey.add_argument("--partial", action="store_true", help="count unfinished responses")
    feedback = report_commands.add_parser("feedback", help="quick-feedback scores")
    feedback.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True)
    feedback.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True)
    for each in (survey, feedback):
        each.add_argument("--hub", action="append", help="limit to a hub (repeat)")
        each.add_argument("--format", choices=("json", "csv", "html"), default="json")
        each.add_argument("--output", "-o", type=Path, help="write to a file instead of stdout")
        each.add_argument("--db", dest="db_sub")

    purge = commands.add_parser("retention", help="clear personal fields past retention")
    purge.add_argument(
        "--days",
        type=_days,
        help=f"default: HUBKIOSK_SERVER_RETENTION_DAYS (0 to {MAX_RETENTION_DAYS})",
    )
    purge.add_argument("--db", dest="db_sub")
    return parser


def _settings(args: argparse.Namespace) -> ServerSettings:
    url = getattr(args, "db_sub", None) or args.db
    return ServerSettings(db_url=url) if url else ServerSettings()


RETENTION_EVERY_SECONDS = 3600.0
#: Objects made (and not yet freed) before the server's cyclic collector runs: a few MB at
#: most of garbage in cycles waits that long (requests free what they make on their own).
GC_YOUNG_OBJECTS = 50_000


def retention_loop(
    settings: ServerSettings, stop: threading.Event, every: float = RETENTION_EVERY_SECONDS
) -> None:
    """While ``serve`` runs: clear personal fields past retention now and every hour.

    Several servers behind a load balancer may all run it: the purge is idempotent.
    """
    while True:
        database = Database(settings.db_url)
        try:
            purged = retention.purge(database, now=utcnow(), days=settings.retention_days)
            if purged.records:
                log.info("retention: personal fields cleared from %d records", purged.records)
        except Exception:  # the API keeps serving; the next round tries again
            log.exception("retention: purge failed")
        finally:
            database.dispose()
        if stop.wait(every):
            return


class NoDatabase(Exception):
    """The command needs a database that is not there."""


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite address (None for PostgreSQL or an in-memory database)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _database(settings: ServerSettings, *, create: bool = False) -> Database:
    """The database at this server's revision. Only ``create`` (``migrate`` and ``serve``)
    makes a SQLite file that is not there, or migrates one: for any other command a missing
    file is a mistyped ``--db``, and a new empty database there would answer as if all was
    well (an empty report, an enrolment code kept where no server looks); and an older
    database is another server's still (upgraded under it, that server fails)."""
    file = _sqlite_file(settings.db_url)
    if file is not None and not file.exists():
        if not create:
            raise NoDatabase(
                f"no database at {file}: check --db (or HUBKIOSK_SERVER_DB_URL), or run "
                "`hubkiosk-server migrate` to make a new one there"
            )
        print(f"hubkiosk-server: making a new database at {file}", file=sys.stderr)
    database = Database(settings.db_url)
    try:
        found = _revision(database, file)
        if create:
            if found is not None and found != migrate.head():
                migrate.check_known(database.engine, found)
                # What runs, before it does: one step may read every record (0011).
                print(f"hubkiosk-server: migrating the database from {found}:", file=sys.stderr)
                for revision, what in migrate.steps(found):
                    print(f"  {revision}: {what}", file=sys.stderr)
            migrate.upgrade(database.engine)
        elif found != migrate.head():
            raise NoDatabase(
                f"the database is at revision {found or '(none)'}, not at this server's "
                f"revision {migrate.head()}: run `hubkiosk-server migrate` first (or start "
                "`hubkiosk-server serve`, which migrates)"
            )
    except BaseException:
        database.dispose()
        raise
    return database


def _revision(database: Database, file: Path | None) -> str | None:
    """The database's revision, one of this server's (or none yet). Raises
    :class:`NoDatabase` saying what it is when it is not: a file that is no database, a
    database a newer server migrated, or one that is not a central database."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    try:
        found = migrate.current(database.engine)
    except OperationalError:
        raise  # cannot open it: main says why
    except DatabaseError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        at = f" at {file}" if file is not None else ""
        raise NoDatabase(
            f"cannot use the database{at}: {reason}; check --db (or HUBKIOSK_SERVER_DB_URL)"
        ) from None
    try:
        migrate.check_known(database.engine, found)
    except migrate.UnknownRevision as exc:
        raise NoDatabase(str(exc)) from None
    return found


def _check_revision(settings: ServerSettings) -> None:
    """``serve --no-migrate`` (a server beside the one that migrates): refuse a database
    not at this server's revision, which would answer every request with an error."""
    file = _sqlite_file(settings.db_url)
    if file is not None and not file.exists():
        raise NoDatabase(f"no database at {file}: check --db (or HUBKIOSK_SERVER_DB_URL)")
    database = Database(settings.db_url)
    try:
        found, wanted = _revision(database, file), migrate.head()
    finally:
        database.dispose()
    if found != wanted:
        raise NoDatabase(
            f"the database is at revision {found or '(none)'}, not at this server's revision "
            f"{wanted}: run `hubkiosk-server migrate` first (serve --no-migrate does not)"
        )


def _days(text: str) -> int:
    """Days of retention: 0 to the setting's most (argparse names the option when this
    refuses)."""
    days = int(text)
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise argparse.ArgumentTypeError(
            f"{days} days: retention is 0 to {MAX_RETENTION_DAYS} days"
        )
    return days


def _port(text: str) -> int:
    """A TCP port, 1 to 65535 (argparse names the option when this refuses)."""
    port = int(text)
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a port: 1 to 65535")
    return port


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start is not None and end is not None and start > end:
        parser.error(f"--from {start} is after --to {end}")
    if getattr(args, "hubs", None) and not getattr(args, "appointments", None):
        parser.error("--hub goes with --appointments FILE (the hubs whose bookings it holds)")
    try:
        settings = _settings(args)
    except ValidationError as exc:
        # Each setting named as it is set, without the value given (a key stays secret).
        for error in exc.errors():
            name = "HUBKIOSK_SERVER_" + "_".join(str(part) for part in error["loc"]).upper()
            message = str(error["msg"]).removeprefix("Value error, ")
            print(f"hubkiosk-server: {name}: {message}", file=sys.stderr)
        return 2
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

    try:
        return _run(args, settings)
    except (admin.AdminError, config.ConfigError, NoDatabase) as exc:
        print(f"hubkiosk-server: {exc}", file=sys.stderr)
        return 2
    except (ArgumentError, NoSuchModuleError, ModuleNotFoundError):
        # Not the address itself: it may hold a password.
        print(
            "hubkiosk-server: the database (--db or HUBKIOSK_SERVER_DB_URL) is not a database "
            "address this server can use: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB",
            file=sys.stderr,
        )
        return 2
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        print(f"hubkiosk-server: cannot open the database: {reason}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f"cannot write {exc.filename}: " if exc.filename else ""
        print(f"hubkiosk-server: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, settings: ServerSettings) -> int:
    now = utcnow()
    tz = ZoneInfo(settings.timezone)
    if args.command == "serve":
        import uvicorn

        from sync.server.app import create_app

        http = HttpOptions(
            request_timeout=args.request_timeout,
            keep_alive_timeout=args.keep_alive_timeout,
            max_connections=args.max_connections,
            forwarded_allow_ips=args.forwarded_allow_ips,
        )
        try:
            check_open_files(http)
        except ValueError as exc:
            print(f"hubkiosk-server: {exc}", file=sys.stderr)
            return 2
        if args.no_migrate:
            _check_revision(settings)
        else:
            _database(settings, create=True).dispose()
        stop = threading.Event()
        purger = threading.Thread(
            target=retention_loop, args=(settings, stop), daemon=True, name="retention"
        )
        purger.start()
        try:
            logs.install()
            app = create_app(settings)
            # What start-up built lives as long as the process: moved out of the collector's
            # sight, so each full collection (a few a minute under a backlog's pushes) walks
            # the requests' objects only, not the 100,000 of the app (130 ms each, measured).
            gc.collect()
            gc.freeze()
            # A push of 2,000 records makes some 100,000 objects that live until it is
            # answered, and nearly all are freed then, not by the collector: at the default
            # 700 a young collection ran every few hundred records, walking the same live
            # objects again (draining 5,000 records: 170 collections, 42 ms of 290 ms).
            # Collected after GC_YOUNG_OBJECTS instead: none in such a drain.
            gc.set_threshold(GC_YOUNG_OBJECTS, *gc.get_threshold()[1:])
            uvicorn.run(
                app,
                host=args.host,
                port=args.port,
                log_config=logs.log_config(),
                **http.uvicorn(),
            )
        finally:
            stop.set()
        return 0
    database = _database(settings, create=args.command == "migrate")
    try:
        if args.command == "migrate":
            print(f"database at revision {migrate.current(database.engine)}")
        elif args.command == "enrol":
            with database.session() as session:
                if args.token:
                    enrolled = admin.enrol_device(
                        session, args.hub, args.name, now=now, replace=args.replace
                    )
                    print(enrolled.token)
                    print(f"device {enrolled.device_id} hub {enrolled.hub_id}", file=sys.stderr)
                else:
                    hours = dt.timedelta(hours=settings.enrol_code_hours)
                    code = admin.create_enrolment_code(
                        session, args.hub, now=now, valid_for=hours, replace=args.replace
                    )
                    print(code)
                    until = (now + hours).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
                    print(  # the code alone on standard output, for a script to take
                        f"valid once, for {settings.enrol_code_hours:g} hours, until {until} "
                        f"UTC (HUBKIOSK_SERVER_ENROL_CODE_HOURS)",
                        file=sys.stderr,
                    )
        elif args.command == "revoke":
            with database.session() as session:
                admin.revoke(session, args.device_id, now=now)
            print(f"revoked {args.device_id}")
        elif args.command == "devices":
            with database.session() as session:
                rows = fleet.fleet(session, now=now)
                if args.format == "json":
                    print(json.dumps([row.to_json() for row in rows], indent=2))
                elif rows:
                    print(fleet.text_table(rows))
                else:
                    print("no kiosk is enrolled", file=sys.stderr)
                if args.revoked:
                    for device in admin.list_devices(session):
                        if device.revoked_at:
                            line = f"{device.id}  {device.hub_id}  {device.name}  revoked"
                            print(fleet.terminal_text(line))
        elif args.command == "fleet":
            with database.session() as session:
                try:
                    if args.fleet_command == "want-version":
                        policy = fleet.set_policy(session, "want_version", args.version)
                    elif args.fleet_command == "set":
                        policy = fleet.set_policy(session, args.name, args.value)
                    else:
                        policy = fleet.load_policy(session)
                except fleet.PolicyError as exc:
                    print(f"hubkiosk-server: {exc}", file=sys.stderr)
                    return 2
            print(json.dumps(dataclasses.asdict(policy), indent=2))
        elif args.command == "adviser":
            return _adviser(args, database, now)
        elif args.command == "config":
            return _publish(args, database, now, tz)
        elif args.command == "report":
            try:
                text = _report(args, database, settings, now)
            except (
                reports.UnknownHub,
                reports.PeriodTooLong,
                survey_reports.SurveyReportError,
            ) as exc:
                print(f"hubkiosk-server: {exc}", file=sys.stderr)
                return 2
            if args.output:
                args.output.write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
        elif args.command == "retention":
            days = settings.retention_days if args.days is None else args.days
            purged = retention.purge(database, now=now, days=days)
            print(
                f"cleared personal fields of {counted(purged.records, 'record')}, "
                f"{counted(purged.appointments, 'appointment')}"
            )
        return 0
    finally:
        database.dispose()


def _report(
    args: argparse.Namespace, database: Database, settings: ServerSettings, now: dt.datetime
) -> str:
    """A managers' report as the routes give it (``/reports/...``), in ``args.format``.

    Raises :class:`reports.UnknownHub`, :class:`reports.PeriodTooLong` or
    :class:`survey_reports.SurveyReportError` (an unknown survey, one that does not
    validate, a period that ends before it starts)."""
    with database.session() as session:
        if args.report_command == "surveys":
            listed = survey_reports.listed_surveys(session)
            return json.dumps(listed, indent=2, ensure_ascii=False) + "\n"
        if args.report_command == "survey":
            survey = survey_reports.survey_report(
                session,
                args.survey_id,
                args.start,
                args.end,
                now=now,
                hub_ids=args.hub,
                include_partial=args.partial,
                comments_kept_days=settings.retention_days,
                channel=args.channel,
            )
            if args.format == "csv":
                return survey_reports.survey_csv(survey)
            if args.format == "html":
                return survey_reports.survey_html(survey)
            return json.dumps(survey.to_json(), indent=2, ensure_ascii=False) + "\n"
        if args.report_command == "feedback":
            scores = survey_reports.feedback_report(
                session, args.start, args.end, now=now, hub_ids=args.hub
            )
            if args.format == "csv":
                return survey_reports.feedback_csv(scores)
            if args.format == "html":
                return survey_reports.feedback_html(scores)
            return json.dumps(scores.to_json(), indent=2, ensure_ascii=False) + "\n"
        hubs = reports.hub_report(session, args.start, args.end, now=now, hub_ids=args.hub)
    if args.format == "csv":
        return to_csv(hubs)
    if args.format == "html":
        return to_html(hubs)
    return json.dumps(hubs.to_json(), indent=2, ensure_ascii=False) + "\n"


def _adviser(args: argparse.Namespace, database: Database, now: dt.datetime) -> int:
    if args.adviser_command == "list":
        with database.session() as session:
            for adviser in admin.list_advisers(session):
                hubs = ",".join(adviser.hub_ids) or "all hubs"
                state = "" if adviser.active else "  removed"
                line = f"{adviser.id}  {adviser.name}  {hubs}{state}"
                print(fleet.terminal_text(line))
        return 0
    if args.adviser_command == "remove":
        with database.session() as session:
            admin.remove_adviser(session, args.adviser_id, now=now)
        print(f"adviser {args.adviser_id} removed: kiosks drop their PIN at their next sync")
        return 0
    pin, pin_hash = None, args.pin_hash
    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
        pin_hash = _hash_pin(pin)
    # A hash alone is checked only against copies of itself: the same PIN hashed anew
    # cannot be told from another (so IT is told).
    unchecked = (
        "" if pin else " (its PIN, given as a hash, was not checked against other advisers' PINs)"
    )
    with database.session() as session:
        if args.adviser_command == "pin":
            at = admin.set_adviser_pin(session, args.adviser_id, pin_hash, now=now, pin=pin)
            where = ", ".join(at) or "every hub"
            print(
                f"adviser {args.adviser_id} has a new PIN{unchecked}: the kiosks at {where} "
                "take it at their next sync, and any adviser sign-in lock there ends"
            )
            return 0
        admin.add_adviser(
            session,
            args.adviser_id,
            args.name,
            pin_hash,
            args.hub,
            now=now,
            pin=pin,
            replace=args.replace,
        )
    print(f"adviser {args.adviser_id} saved{unchecked}")
    return 0


def _pin_arguments(parser: argparse.ArgumentParser) -> None:
    pin = parser.add_mutually_exclusive_group(required=True)
    pin.add_argument(
        "--pin-hash",
        help="pbkdf2_sha256$rounds$salt$digest (checked only against copies of other "
        "advisers' hashes: use --pin-stdin to have the PIN checked against their PINs)",
    )
    pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from stdin")


def _hash_pin(pin: str) -> str:
    """The same PBKDF2 format as ``hubkiosk.core.pin.hash_pin`` (sync imports no hubkiosk)."""
    import base64
    import hashlib
    import os

    # Digits the kiosk's pad types: str.isdigit alone takes '١٢٣٤' or '²³⁴⁵' too.
    if not (pin.isascii() and pin.isdigit()) or not 4 <= len(pin) <= 8:
        raise admin.AdminError("a PIN is 4 to 8 digits, each 0 to 9")
    salt = os.urandom(12)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 200_000)

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    return f"pbkdf2_sha256$200000${b64(salt)}${b64(digest)}"


def _publish(args: argparse.Namespace, database: Database, now: dt.datetime, tz: ZoneInfo) -> int:
    """``config publish``: the folder's configuration (by default the shipped one) as the
    next version, with the day's bookings if given. Bookings or a ``--kiosk-version``
    without a folder go with the configuration in force: it stays, and is published again
    only to carry a new ``--kiosk-version`` (before any publish, the shipped configuration
    is published)."""
    today = now.astimezone(tz).date()
    day = args.day or today
    with database.session() as session:
        in_force = config.current_config(session)
        loading = bool(args.appointments or args.demo_appointments)
        keep = (
            args.folder is None
            and (loading or args.kiosk_version is not None)
            and in_force is not None
        )
        if keep:
            assert in_force is not None
            body = in_force.body
        else:
            body = config.read_folder(args.folder or config.default_data_dir())
        said = [] if keep else config.cautions(session, body)
        loaded = None
        if args.appointments:
            entries = _bookings(args.appointments)
            loaded = config.replace_appointments(
                session,
                day,
                entries,
                now=now,
                source=args.appointments.name,
                body=body,
                hubs=args.hubs,
            )
        elif args.demo_appointments:
            entries = config.demo_appointments(
                day,
                [hub["id"] for hub in body["hubs"]],
                [service["id"] for service in body["catalogue"]["services"]],
                tz,
            )
            loaded = config.replace_appointments(
                session, day, entries, now=now, source="the demo bookings", body=body
            )
        if keep and args.kiosk_version is None:
            assert in_force is not None
            done = f"configuration version {in_force.version} stays in force"
        else:
            version = config.publish_body(
                session,
                body,
                now=now,
                recommended_kiosk_version=args.kiosk_version,
                today=today,
            )
            done = f"published configuration version {version}"
    print(f"{done}: {config.describe(body)}")
    gone = None if in_force is None or keep else config.withdrawn(in_force.body, body)
    if gone:
        print(f"no longer published (the kiosks stop offering them): {gone}")
    for caution in said:
        print(f"caution: {caution}")
    if loaded is not None:
        at = f" at {', '.join(args.hubs)}" if args.hubs else ""
        gone = (
            f" ({counted(loaded.cancelled, 'booking')} loaded before, not in this file, cancelled)"
            if loaded.cancelled
            else ""
        )
        print(f"{counted(loaded.loaded, 'appointment')} for {day}{at}{gone}")
    return 0


def _bookings(path: Path) -> list[AppointmentEntry]:
    """The bookings in ``path`` (a JSON list); what is wrong named by booking and field,
    never with its value (a booking holds a resident's reference, surname and phone)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise config.ConfigError(f"{path}: {exc.strerror or exc}") from exc
    try:
        return TypeAdapter(list[AppointmentEntry]).validate_json(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_input=False, include_url=False, include_context=False):
            what = error["msg"].removeprefix("Value error, ")
            where, loc = path.name, error["loc"]
            if loc and isinstance(loc[0], int):
                where = f"booking {loc[0] + 1} of {path.name}"
                where += f": {'.'.join(str(part) for part in loc[1:])}" if loc[1:] else ""
            problems.append(f"{where}: {what}")
        raise config.ConfigError(config.in_one_line(problems)) from None
