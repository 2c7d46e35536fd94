"""Hub Kiosk: the walk-in service kiosk of the Tower Hamlets Residents' Hubs."""

__version__ = "0.1.0"
