"""The kiosk's Qt Widgets screens, theme, translations and idle reset."""
