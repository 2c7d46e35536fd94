"""Device tokens and enrolment codes: random, shown once, stored only as SHA-256 hashes.

Tokens carry 256 bits of randomness, so a fast hash is enough (no password stretching);
the hash lets the database be read by IT without exposing working credentials.
"""

from __future__ import annotations

import hashlib
import secrets

TOKEN_PREFIX = "hkd_"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_enrolment_code() -> str:
    """A code IT can type: 12 characters without look-alikes, in groups of four."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
