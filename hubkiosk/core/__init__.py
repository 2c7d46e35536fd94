"""Pure Python logic of the kiosk: no Qt, tested in milliseconds."""
