"""How busy every hub is now: ``GET /v1/hubs/status``, for the appointment-only redirect.

A walk-in at the Town Hall (appointment only) is sent to the nearest drop-in hubs; when the
central server is reachable the kiosk also says how many people wait there and how long
people have waited today. Only counts and minutes travel: nothing about any person.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from sync.protocol.content import SLUG
from sync.protocol.wire import Wire


class HubQueueStatus(Wire):
    hub_id: Annotated[str, Field(pattern=SLUG)]
    #: Tickets issued today that are waiting now (not yet called, or transferred back).
    waiting: Annotated[int, Field(ge=0)]
    #: Median minutes from check-in to being called, over today's called tickets.
    wait_median_minutes: Annotated[float | None, Field(ge=0)] = None
    #: How many called tickets the median is over.
    waits_counted: Annotated[int, Field(ge=0)] = 0
    #: When one of this hub's kiosks last reached the server (None: never). The counts are
    #: only as fresh as this: a kiosk offline for long has not sent its latest tickets.
    updated_at: dt.datetime | None = None


class HubsStatus(Wire):
    protocol_version: int
    generated_at: dt.datetime
    #: The server's local day the counts are for.
    day: dt.date
    hubs: list[HubQueueStatus]

    def for_hub(self, hub_id: str) -> HubQueueStatus | None:
        return next((hub for hub in self.hubs if hub.hub_id == hub_id), None)
