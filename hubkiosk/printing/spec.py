"""What ``settings.printer`` may say (no Qt here: the settings check it when they load)."""

from __future__ import annotations

#: Printers spoken to in ESC/POS (python-escpos), each with its target after the colon.
ESCPOS_KINDS = ("usb", "network", "serial", "file")


def parse_spec(spec: str) -> tuple[str, str]:
    """``"network:10.0.0.5:9100"`` -> ``("network", "10.0.0.5:9100")``."""
    kind, _, rest = spec.strip().partition(":")
    kind = kind.lower()
    if kind not in ("none", "system", "pdf", *ESCPOS_KINDS):
        raise ValueError(f"unknown printer '{spec}'")
    if kind in ("pdf", *ESCPOS_KINDS) and not rest:
        raise ValueError(f"printer '{spec}' needs a target after '{kind}:'")
    return kind, rest
