"""``python -m sync.server``: the same as the ``hubkiosk-server`` command."""

from sync.server.cli import main

raise SystemExit(main())
