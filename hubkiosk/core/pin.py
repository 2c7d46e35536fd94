"""Adviser PINs, stored only as PBKDF2 hashes (``pbkdf2_sha256$rounds$salt$digest``)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ROUNDS = 200_000


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
