"""Administrative actions: enrolment codes, device tokens, revocation, advisers."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import uuid
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sync.protocol.wire import Adviser
from sync.server.models import AdviserRow, AuditEvent, Device, EnrolmentCode, HubRow
from sync.server.security import (
    hash_secret,
    new_enrolment_code,
    new_token,
    normalise_code,
)
from sync.sqltypes import as_utc


class AdminError(ValueError):
    """An administrative request that cannot be done (the message says why)."""


def _check_hub(session: Session, hub_id: str) -> None:
    if session.get(HubRow, hub_id) is None:
        known = ", ".join(session.scalars(select(HubRow.id).order_by(HubRow.id)))
        if not known:
            raise AdminError(f"unknown hub '{hub_id}' (none yet): run `config publish` first")
        raise AdminError(f"unknown hub '{hub_id}' (known: {known})")


def hub_kiosks(session: Session, hub_id: str) -> list[Device]:
    """The kiosks enrolled at ``hub_id`` and not revoked, the oldest first."""
    return list(
        session.scalars(
            select(Device)
            .where(Device.hub_id == hub_id, Device.revoked_at.is_(None))
            .order_by(Device.created_at)
        )
    )


def _one_kiosk_per_hub(session: Session, hub_id: str, *, now: dt.datetime) -> None:
    """Refuse a second kiosk at ``hub_id``.

    A hub runs one kiosk: its queue (the ticket numbers, the adviser's list of who waits,
    the calling display) is kept in that kiosk's store, so a second kiosk at the hub would
    give out the same numbers again (two residents holding H-001) and its adviser would see
    only the residents who checked in on it."""
    kiosks = hub_kiosks(session, hub_id)
    if not kiosks:
        return
    kiosk = kiosks[0]  # not its name: a kiosk chose it, and this goes to a terminal
    if kiosk.last_seen_at is None:
        seen = "not seen since it enrolled"
    else:
        seen = "last seen " + as_utc(kiosk.last_seen_at).strftime("%Y-%m-%d %H:%M UTC")
    raise AdminError(
        f"hub '{hub_id}' already has a kiosk: device {kiosk.id} ({seen}). "
        "A hub runs one kiosk, as its queue is kept on it: a second would give out the same "
        "ticket numbers. To replace it (new hardware, a reinstalled machine), make the code "
        f"with `enrol --hub {hub_id} --replace`: the old kiosk's token is revoked when the "
        "new one enrols (let it sync first if it still runs). Or revoke it first "
        f"(`hubkiosk-server revoke {kiosk.id}`)."
    )


def _replace_kiosks(session: Session, hub_id: str, *, now: dt.datetime, by: uuid.UUID) -> None:
    """Revoke the kiosks at ``hub_id`` that the new device ``by`` replaces."""
    for kiosk in hub_kiosks(session, hub_id):
        kiosk.revoked_at = now
        session.add(
            AuditEvent(at=now, action="revoke", detail=f"device {kiosk.id} replaced by {by}")
        )


def create_enrolment_code(
    session: Session,
    hub_id: str,
    *,
    now: dt.datetime,
    valid_for: dt.timedelta,
    replace: bool = False,
) -> str:
    """A one-time code for the kiosk of ``hub_id``; only its hash is stored.

    Refused while the hub has a kiosk, unless the code ``replace``s it: the kiosk that
    enrols with it takes the hub's place, and the old one's token is revoked then."""
    _check_hub(session, hub_id)
    if not replace:
        _one_kiosk_per_hub(session, hub_id, now=now)
    code = new_enrolment_code()
    session.add(
        EnrolmentCode(
            code_hash=hash_secret(normalise_code(code)),
            hub_id=hub_id,
            created_at=now,
            expires_at=now + valid_for,
            replaces=replace,
        )
    )
    detail = f"hub {hub_id}" + (", replacing its kiosk" if replace else "")
    session.add(AuditEvent(at=now, action="enrol_code", detail=detail))
    return code


@dataclass(frozen=True)
class Enrolled:
    device_id: uuid.UUID
    hub_id: str
    token: str


def exchange_code(session: Session, code: str, device_name: str, *, now: dt.datetime) -> Enrolled:
    """Turn a valid, unused enrolment code into a device and its token (once).

    The code is spent by one conditional UPDATE (``WHERE used_at IS NULL``), the first
    statement of the transaction: on PostgreSQL a parallel exchange waits for the row and
    then finds it spent; on SQLite the UPDATE takes the write lock before it reads, so
    the same holds. Whoever's UPDATE changed no row gets no token.
    """
    device_id = uuid.uuid4()
    spent = session.execute(
        update(EnrolmentCode)
        .where(
            EnrolmentCode.code_hash == hash_secret(normalise_code(code)),
            EnrolmentCode.used_at.is_(None),
            EnrolmentCode.expires_at > now,
        )
        .values(used_at=now, device_id=device_id)
        .returning(EnrolmentCode.hub_id, EnrolmentCode.replaces)
        .execution_options(synchronize_session=False)
    ).first()
    if spent is None:
        raise AdminError("the enrolment code is unknown, used or expired")
    _lock_hub(session, spent.hub_id)
    if spent.replaces:
        _replace_kiosks(session, spent.hub_id, now=now, by=device_id)
    else:
        _one_kiosk_per_hub(session, spent.hub_id, now=now)  # raised: the code stays unspent
    return _new_device(session, spent.hub_id, device_name, now=now, device_id=device_id)


def _lock_hub(session: Session, hub_id: str) -> None:
    """Hold the hub's row to the end of the transaction (PostgreSQL; SQLite's write lock,
    taken by the code's UPDATE, already serialises enrolments)."""
    session.execute(select(HubRow.id).where(HubRow.id == hub_id).with_for_update())


def enrol_device(
    session: Session, hub_id: str, device_name: str, *, now: dt.datetime, replace: bool = False
) -> Enrolled:
    """A device and token straight away (for the demo and for IT scripts): refused while
    the hub has a kiosk, unless it ``replace``s it (its token is revoked)."""
    _check_hub(session, hub_id)
    _lock_hub(session, hub_id)
    device_id = uuid.uuid4()
    if replace:
        _replace_kiosks(session, hub_id, now=now, by=device_id)
    else:
        _one_kiosk_per_hub(session, hub_id, now=now)
    return _new_device(session, hub_id, device_name, now=now, device_id=device_id)


def _new_device(
    session: Session, hub_id: str, name: str, *, now: dt.datetime, device_id: uuid.UUID
) -> Enrolled:
    token = new_token()
    device = Device(
        id=device_id,
        hub_id=hub_id,
        name=name,
        token_hash=hash_secret(token),
        created_at=now,
        high_water=0,
        rate_count=0,
    )
    session.add(device)
    session.add(AuditEvent(at=now, action="enrol", detail=f"device {device.id} hub {hub_id}"))
    return Enrolled(device_id=device.id, hub_id=hub_id, token=token)


def revoke(session: Session, device_id: uuid.UUID, *, now: dt.datetime) -> None:
    device = session.get(Device, device_id)
    if device is None:
        raise AdminError(f"no device {device_id}")
    if device.revoked_at is None:
        device.revoked_at = now
        session.add(AuditEvent(at=now, action="revoke", detail=f"device {device_id}"))


def list_devices(session: Session) -> list[Device]:
    return list(session.scalars(select(Device).order_by(Device.hub_id, Device.created_at)))


def add_adviser(
    session: Session,
    adviser_id: str,
    name: str,
    pin_hash: str,
    hub_ids: list[str],
    *,
    now: dt.datetime,
    pin: str | None = None,
    replace: bool = False,
) -> None:
    """Add an adviser, or with ``replace`` give an id in use to this one; ``pin_hash`` comes
    from ``hubkiosk.core.pin.hash_pin``, and ``pin`` is the PIN it hashes when IT typed it.

    Refused unless kiosks take it as it goes in their configuration (:class:`Adviser`): one
    they refuse would make every kiosk's configuration fail to build. Refused, without
    ``replace``, when the id is someone's already (removed or not: the records they made
    name them by it); and when another adviser at a hub this one works at has the same PIN
    (:func:`_check_pin_free`): a kiosk would sign one in as the other."""
    try:
        Adviser(id=adviser_id, name=name, pin_hash=pin_hash, hub_ids=hub_ids)
    except ValidationError as exc:
        raise AdminError(_refused_adviser(exc, adviser_id)) from None
    for hub_id in hub_ids:
        _check_hub(session, hub_id)
    existing = session.get(AdviserRow, adviser_id)
    if existing is not None and not replace:
        hubs = ", ".join(existing.hub_ids) or "every hub"
        state = "removed, was at" if not existing.active else "at"
        who = "".join(char if char.isprintable() else repr(char)[1:-1] for char in existing.name)
        raise AdminError(
            f"adviser id '{adviser_id}' is already {who} ({state} {hubs}): saving "
            "would replace them, and kiosks would sign them out. For a new PIN for them, run "
            f"`adviser pin {adviser_id} --pin-stdin`; to give the id to someone else, add "
            "--replace; or choose another id"
        )
    _check_pin_free(session, adviser_id, pin_hash, hub_ids, pin=pin)
    session.merge(
        AdviserRow(id=adviser_id, name=name, pin_hash=pin_hash, hub_ids=hub_ids, active=True)
    )
    detail = f"adviser {adviser_id}" + (" replaced" if existing is not None else "")
    session.add(AuditEvent(at=now, action="adviser", detail=detail))


def set_adviser_pin(
    session: Session, adviser_id: str, pin_hash: str, *, now: dt.datetime, pin: str | None = None
) -> list[str]:
    """A new PIN for an adviser (the same person: name and hubs kept); their hubs' ids
    (empty: every hub). Their hubs' kiosks take it at their next sync, which also ends an
    adviser sign-in lock there (new adviser PINs do: ``hubkiosk.store.sync_port``)."""
    adviser = session.get(AdviserRow, adviser_id)
    if adviser is None:
        raise AdminError(f"no adviser '{adviser_id}' (see hubkiosk-server adviser list)")
    if not adviser.active:
        raise AdminError(
            f"adviser '{adviser_id}' was removed: bring them back with "
            f"`adviser add {adviser_id} --replace ...`"
        )
    try:
        Adviser(id=adviser_id, name=adviser.name, pin_hash=pin_hash, hub_ids=adviser.hub_ids)
    except ValidationError as exc:
        raise AdminError(_refused_adviser(exc, adviser_id)) from None
    _check_pin_free(session, adviser_id, pin_hash, list(adviser.hub_ids), pin=pin)
    adviser.pin_hash = pin_hash
    session.add(AuditEvent(at=now, action="adviser", detail=f"adviser {adviser_id} new PIN"))
    return list(adviser.hub_ids)


def _check_pin_free(
    session: Session, adviser_id: str, pin_hash: str, hub_ids: list[str], *, pin: str | None
) -> None:
    """Refuse a PIN another active adviser at a hub in common (an adviser of every hub
    shares each) already has: ``pin`` checked against their hashes, or, given only its
    hash, that hash against theirs (a copy of one is the same PIN; a PIN hashed anew
    cannot be told apart, and is taken). Never says whose it is: the PIN was typed here."""
    for other in session.scalars(
        select(AdviserRow).where(AdviserRow.active.is_(True), AdviserRow.id != adviser_id)
    ):
        common = not other.hub_ids or not hub_ids or set(other.hub_ids) & set(hub_ids)
        if not common:
            continue
        same = other.pin_hash == pin_hash or (pin is not None and _pin_matches(pin, other.pin_hash))
        if same:
            where = ", ".join(hub_ids) or "every hub"
            raise AdminError(
                f"that PIN is another adviser's at a hub this one works at ({where}): a kiosk "
                "could not tell the two apart. Choose another PIN"
            )


def _pin_matches(pin: str, encoded: str) -> bool:
    """``hubkiosk.core.pin.verify_pin`` (sync imports no hubkiosk): whether ``pin`` is the
    PIN of the ``pbkdf2_sha256$rounds$salt$digest`` hash; a malformed one never matches."""
    try:
        algorithm, rounds, salt, digest = encoded.split("$")
        if algorithm != "pbkdf2_sha256":
            return False
        expected = base64.urlsafe_b64decode(digest + "=" * (-len(digest) % 4))
        actual = hashlib.pbkdf2_hmac(
            "sha256",
            pin.encode(),
            base64.urlsafe_b64decode(salt + "=" * (-len(salt) % 4)),
            int(rounds),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)


def _refused_adviser(exc: ValidationError, adviser_id: str) -> str:
    """Why kiosks would refuse the adviser, in a line; never their name."""
    problems = []
    for error in exc.errors(include_input=False, include_url=False, include_context=False):
        field = error["loc"][0] if error["loc"] else ""
        if field == "id":
            problems.append(
                f"the adviser id {adviser_id!r} is not one kiosks take: lowercase letters, "
                "digits and hyphens, 48 at most, beginning with a letter or a digit"
            )
        elif field == "name":
            problems.append(f"the adviser's name {error['msg'].replace('String ', '', 1)}")
        elif field == "pin_hash":
            problems.append("the PIN hash is not pbkdf2_sha256$rounds$salt$digest")
        else:
            problems.append(f"{field}: {error['msg']}")
    return "; ".join(problems)


def remove_adviser(session: Session, adviser_id: str, *, now: dt.datetime) -> None:
    """Withdraw an adviser (one who leaves): the kiosks' next configuration no longer holds
    their PIN. The row stays, marked removed, so the records they made still name them;
    ``add --replace`` with the same id brings them back with a new PIN."""
    adviser = session.get(AdviserRow, adviser_id)
    if adviser is None:
        raise AdminError(f"no adviser '{adviser_id}' (see hubkiosk-server adviser list)")
    if adviser.active:
        adviser.active = False
        session.add(AuditEvent(at=now, action="adviser", detail=f"adviser {adviser_id} removed"))


def list_advisers(session: Session) -> list[AdviserRow]:
    return list(session.scalars(select(AdviserRow).order_by(AdviserRow.id)))
