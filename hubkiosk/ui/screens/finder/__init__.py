"""Finding a service, then the service's own page. One screen per module:

* :mod:`.topics`: :class:`FinderScreen`, topic tiles and a forgiving search.
* :mod:`.service_page`: :class:`ServicePageScreen`, the service in plain words.
"""

from __future__ import annotations

from hubkiosk.ui.screens.finder.service_page import ServicePageScreen
from hubkiosk.ui.screens.finder.topics import FinderScreen

__all__ = ["FinderScreen", "ServicePageScreen"]
