"""Adviser PINs, stored only as PBKDF2 hashes (``pbkdf2_sha256$rounds$salt$digest``), and
the sign-in policy.

No PIN works unless IT (the ``adviser_pin_hash`` setting) or the central server (advisers
in its config snapshot, ``hubkiosk-server adviser add``) set it; the demo PIN 2468 works only
under ``--demo``. Wrong PINs are counted in the store (:mod:`hubkiosk.store.signin`), so a
restart clears nothing: the first :data:`FREE_TRIES` cost nothing, each later one makes the
next try wait longer (:func:`delay_after`), and at :data:`LOCK_AFTER` sign-in locks until
the server or IT unlocks it. Every attempt is an audit record sent to the server.

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
from sync.protocol.records import SignInOutcome

ALGORITHM = "pbkdf2_sha256"
ROUNDS = 200_000

#: The demo PIN 2468 (printed in the README): accepted only by a kiosk started with --demo.
DEMO_PIN_HASH = (
    "pbkdf2_sha256$200000$aHViLWtpb3NrLWRlbW8$X36ctd6mTlukY6B6wYTshkvwgUWPVpUBryFSeUgsG4I"
)
#: Wrong PINs in a row that cost nothing; after them each try waits longer.
FREE_TRIES = 5
#: Wrong PINs in a row that lock sign-in until the server or IT unlocks it.
LOCK_AFTER = 10
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


@dataclass(frozen=True)
class SignInResult:
    verdict: Verdict
    adviser_id: str | None = None
    #: Seconds before the next try is checked (wrong PINs past the free tries).
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


def sign_in(
    store: Store,
    pin: str,
    hashes: Sequence[tuple[str, str]],
    *,
    hub_id: str,
    now: dt.datetime,
) -> SignInResult:
    """Check ``pin`` against (adviser id, hash) pairs under the stored guard, and record the
    attempt. Slow on purpose (PBKDF2): run it off the GUI thread."""
    if not hashes:
        return SignInResult(Verdict.NO_PIN_SET)
    state = signin.guard_state(store)
    refusal: Verdict | None = None
    if state.locked_at is not None:
        refusal = Verdict.LOCKED
    elif _wait(state, now) > 0:
        refusal = Verdict.TOO_SOON
    # A refused attempt checks no PIN; every attempt is recorded, refused or not.
    adviser_id = None
    if refusal is None:
        adviser_id = next((who for who, encoded in hashes if verify_pin(pin, encoded)), None)
    outcome = refusal or (Verdict.SIGNED_IN if adviser_id else Verdict.WRONG_PIN)
    after = signin.record_attempt(
        store,
        hub_id=hub_id,
        adviser_id=adviser_id,
        outcome=SignInOutcome(outcome.value),
        now=now,
        lock_after=LOCK_AFTER,
    )
    if refusal is None and after.locked_at is not None:
        return SignInResult(Verdict.LOCKED, failures=after.failures)
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
