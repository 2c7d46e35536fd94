"""The adviser sign-in guard and audit trail in the store (survives restarts).

:class:`~hubkiosk.store.models.SignInGuard` counts wrong PINs in a row;
:func:`record_attempt` updates it and writes the attempt as an
:class:`~hubkiosk.store.models.AdviserSignIn` record with its outbox item
(:func:`hubkiosk.store.outbox.add_record`, the payload built through
:class:`sync.protocol.records.AdviserSignIn`) in one transaction, so the server receives
every attempt. The policy (how long to wait, when to lock) is :mod:`hubkiosk.core.pin`'s;
this module only keeps the numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hubkiosk.store.db import Store
from hubkiosk.store.models import AdviserSignIn, SignInGuard, StoreEvent
from hubkiosk.store.outbox import add_record
from sync.protocol.records import SignInOutcome

GUARD_ID = 1


@dataclass(frozen=True)
class GuardState:
    failures: int
    last_failure_at: dt.datetime | None
    locked_at: dt.datetime | None


def _guard(session: Session) -> SignInGuard:
    guard = session.get(SignInGuard, GUARD_ID)
    if guard is None:
        guard = SignInGuard(id=GUARD_ID, failures=0)
        session.add(guard)
        session.flush()
    return guard


def _state(guard: SignInGuard) -> GuardState:
    return GuardState(guard.failures, guard.last_failure_at, guard.locked_at)


def guard_state(store: Store) -> GuardState:
    with store.session() as session:
        guard = session.get(SignInGuard, GUARD_ID)
        return GuardState(0, None, None) if guard is None else _state(guard)


def record_attempt(
    store: Store,
    *,
    hub_id: str,
    adviser_id: str | None,
    outcome: SignInOutcome,
    now: dt.datetime,
    lock_after: int,
    shared_by: Sequence[str] = (),
) -> GuardState:
    """Count the attempt (a success resets, a wrong PIN adds one, a refusal changes nothing),
    lock at ``lock_after`` wrong PINs (and at each one after: the lock's time starts again),
    and write the audit record with its outbox item. ``shared_by``: the advisers whose PINs
    all matched a ``shared_pin`` attempt, named in the kiosk's log for IT."""
    with store.session() as session:
        guard = _guard(session)
        # A lock or a wrong PIN stamped in the future: the clock ran fast then and has been
        # set right since (the network's time). Its delay counts from now, so a lock lasts
        # an hour of real time at most, not a day.
        if guard.locked_at is not None and guard.locked_at > now:
            guard.locked_at = now
        if guard.last_failure_at is not None and guard.last_failure_at > now:
            guard.last_failure_at = now
        success = adviser_id is not None
        if success:
            guard.failures, guard.last_failure_at, guard.locked_at = 0, None, None
        elif outcome is SignInOutcome.WRONG_PIN:
            guard.failures += 1
            guard.last_failure_at = now
            if guard.failures >= lock_after:
                guard.locked_at = now
                session.add(
                    StoreEvent(
                        kind="advisers_locked",
                        at=now,
                        message=f"Adviser sign-in was locked for an hour after {guard.failures} "
                        "wrong PINs in a row (each wrong PIN after it locks it again). IT ends "
                        "it sooner with hubkiosk --unlock-advisers here, or from the central "
                        "server by giving an adviser at this hub a new PIN (hubkiosk-server "
                        "adviser pin ID), which reaches the kiosk at its next sync.",
                    )
                )
        elif outcome is SignInOutcome.SHARED_PIN:
            session.add(
                StoreEvent(
                    kind="advisers_share_pin",
                    at=now,
                    message=f"A PIN typed matched the PINs of advisers {', '.join(shared_by)}: "
                    "neither was signed in, as what they did would be credited to the other. "
                    "IT gives them PINs of their own (hubkiosk-server adviser pin ID).",
                )
            )
        # The record and its outbox item in this transaction, as every record is written.
        add_record(
            session,
            AdviserSignIn(
                created_at=now,
                hub_id=hub_id,
                adviser_id=adviser_id,
                success=success,
                outcome=outcome,
                failures=guard.failures,
            ),
        )
        return _state(guard)


def unlock(session: Session, *, by: str, now: dt.datetime) -> bool:
    """Clear wrong PINs and any lockout; whether there was a lockout to end."""
    guard = session.get(SignInGuard, GUARD_ID)
    if guard is None:
        return False
    was_locked = guard.locked_at is not None
    guard.failures, guard.last_failure_at, guard.locked_at = 0, None, None
    if was_locked:
        session.add(
            StoreEvent(
                kind="advisers_unlocked", at=now, message=f"Adviser sign-in unlocked by {by}."
            )
        )
    return was_locked


def unlock_advisers(store: Store, *, by: str, now: dt.datetime) -> bool:
    """``hubkiosk --unlock-advisers``: :func:`unlock` in its own transaction."""
    with store.session() as session:
        return unlock(session, by=by, now=now)
