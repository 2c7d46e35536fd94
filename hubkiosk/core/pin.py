"""Adviser PINs, stored only as PBKDF2 hashes (``pbkdf2_sha256$rounds$salt$digest``), and
the sign-in policy.

No PIN works unless IT (the ``adviser_pin_hash`` setting) or the central server (advisers
in its config snapshot, ``hubkiosk-server adviser add``) set it; the demo PIN 2468 works only
under ``--demo``. Wrong PINs are counted in the store (:mod:`hubkiosk.store.signin`), so a
restart clears nothing: the first :data:`FREE_TRIES` cost nothing, each later one makes the
next try wait longer (:func:`delay_after`), and at :data:`LOCK_AFTER` sign-in locks for
:data:`LOCK_SECONDS`, or until the server (new adviser PINs) or IT unlocks it sooner; each
wrong PIN after the lock ends locks it again. A PIN that matches two advisers signs in
neither (:attr:`Verdict.SHARED_PIN`). Every attempt is an audit record sent to the server.

``python -m hubkiosk.core.pin`` reads a PIN on stdin and prints its hash (for IT's
``adviser_pin_hash``).
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import hashlib
import hmac
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from hubkiosk.store import signin
from hubkiosk.store.db import Store
from sync.protocol.records import ADVISER_LOCK_AFTER, ADVISER_LOCK_SECONDS, SignInOutcome

ALGORITHM = "pbkdf2_sha256"
ROUNDS = 200_000

#: The demo PIN 2468 (printed in the README): accepted only by a kiosk started with --demo.
DEMO_PIN_HASH = (
    "pbkdf2_sha256$200000$aHViLWtpb3NrLWRlbW8$X36ctd6mTlukY6B6wYTshkvwgUWPVpUBryFSeUgsG4I"
)
#: Wrong PINs in a row that cost nothing; after them each try waits longer.
FREE_TRIES = 5
#: Wrong PINs in a row that lock sign-in.
LOCK_AFTER = ADVISER_LOCK_AFTER
#: How long a lock lasts, from the wrong PIN that set it. An hour, not for good: while
#: sign-in is locked no adviser calls the hub's queue, so a lock anyone at the kiosk can set
#: must end without IT. Guessing stays slow: each wrong PIN after the lock locks it again,
#: so at most one guess an hour (and IT sees the lock on the fleet page).
LOCK_SECONDS = ADVISER_LOCK_SECONDS
FIRST_DELAY_SECONDS = 30.0


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_pin(pin: str, *, salt: bytes | None = None, rounds: int = ROUNDS) -> str:
    salt = salt if salt is not None else os.urandom(12)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, rounds)
    return f"{ALGORITHM}${rounds}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, encoded: str) -> bool:
    """Whether ``pin`` matches ``encoded``; a malformed hash never matches."""
    try:
        algorithm, rounds, salt, digest = encoded.split("$")
        if algorithm != ALGORITHM:
            return False
        expected = _unb64(digest)
        actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), _unb64(salt), int(rounds))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong PINs in a row: 0 for the first
    :data:`FREE_TRIES`, then 30 s doubling (30, 60, 120, 240, 480)."""
    if failures < FREE_TRIES:
        return 0.0
    return FIRST_DELAY_SECONDS * 2 ** (failures - FREE_TRIES)


class Verdict(enum.Enum):
    SIGNED_IN = "signed_in"
    WRONG_PIN = "wrong_pin"
    TOO_SOON = "too_soon"
    LOCKED = "locked"
    NO_PIN_SET = "no_pin_set"
    #: The PIN matched two advisers': neither is signed in (IT is told who, in the log).
    SHARED_PIN = "shared_pin"


@dataclass(frozen=True)
class SignInResult:
    verdict: Verdict
    adviser_id: str | None = None
    #: Seconds before the next try is checked (wrong PINs past the free tries; for
    #: :attr:`Verdict.LOCKED`, until the lock ends).
    wait_seconds: int = 0
    failures: int = 0


def _wait(state: signin.GuardState, now: dt.datetime) -> int:
    """Seconds left of the delay; never more than the delay itself, even if the wall clock
    was set back since the last wrong PIN."""
    if state.last_failure_at is None:
        return 0
    delay = delay_after(state.failures)
    left = (state.last_failure_at - now).total_seconds() + delay
    return max(0, int(min(left, delay) + 0.999))


def _locked_for(state: signin.GuardState, now: dt.datetime) -> int:
    """Seconds left of a lock (0: none, or it ended); never more than :data:`LOCK_SECONDS`,
    even if the wall clock was set back since."""
    if state.locked_at is None:
        return 0
    left = (state.locked_at - now).total_seconds() + LOCK_SECONDS
    return max(0, int(min(left, LOCK_SECONDS) + 0.999))


def sign_in(
    store: Store,
    pin: str,
    hashes: Sequence[tuple[str, str]],
    *,
    hub_id: str,
    now: dt.datetime,
) -> SignInResult:
    """Check ``pin`` against (adviser id, hash) pairs under the stored guard, and record the
    attempt. Slow on purpose (PBKDF2): run it off the GUI thread.

    Every hash is checked, not the first match taken: a PIN two advisers share (the server
    refuses one now, an older one did not) signs in neither, for the records either made
    would be credited to the other."""
    if not hashes:
        return SignInResult(Verdict.NO_PIN_SET)
    state = signin.guard_state(store)
    refusal: Verdict | None = None
    if _locked_for(state, now) > 0:
        refusal = Verdict.LOCKED
    elif _wait(state, now) > 0:
        refusal = Verdict.TOO_SOON
    # A refused attempt checks no PIN; every attempt is recorded, refused or not.
    adviser_id = None
    matched: list[str] = []
    if refusal is None:
        matched = list(dict.fromkeys(who for who, encoded in hashes if verify_pin(pin, encoded)))
        if len(matched) > 1:
            refusal = Verdict.SHARED_PIN
        elif matched:
            adviser_id = matched[0]
    outcome = refusal or (Verdict.SIGNED_IN if adviser_id else Verdict.WRONG_PIN)
    after = signin.record_attempt(
        store,
        hub_id=hub_id,
        adviser_id=adviser_id,
        outcome=SignInOutcome(outcome.value),
        now=now,
        lock_after=LOCK_AFTER,
        shared_by=matched if refusal is Verdict.SHARED_PIN else (),
    )
    locked_for = _locked_for(after, now)
    if outcome is Verdict.LOCKED or (outcome is Verdict.WRONG_PIN and locked_for):
        return SignInResult(Verdict.LOCKED, wait_seconds=locked_for, failures=after.failures)
    return SignInResult(
        outcome, adviser_id=adviser_id, wait_seconds=_wait(after, now), failures=after.failures
    )


def main() -> int:
    """Print the hash of the PIN read on stdin (one line), for ``adviser_pin_hash``."""
    pin = sys.stdin.readline().strip()
    if not (pin.isascii() and pin.isdigit()) or not 4 <= len(pin) <= 12:
        print("hubkiosk: a PIN is 4 to 12 digits, each 0 to 9", file=sys.stderr)
        return 1
    print(hash_pin(pin))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
