"""``GET /queue?ticket=<id>``: a resident follows their place in the queue on their phone.

Every walk-in ticket carries a QR code of this page (the kiosk setting ``queue_status_url``
plus ``?ticket=<the ticket's id>``). The page is public: the id is a random UUID only the
ticket's holder has, and the page says nothing about anyone else (no names, no other
numbers), only the holder's number, service, hub, place and estimated wait.

It is worked out from the ingested ``ticket`` and ``queue_event`` records exactly as the
kiosk works out its queue (:mod:`hubkiosk.core.queue`): urgent tickets first, then
appointment check-ins, then everyone else, each by check-in time (ties in the order the
records reached the server, as the kiosk uses its insertion order); a transfer moves the
ticket to the other service's queue and keeps its check-in time. The estimated wait is
:func:`sync.protocol.waits.estimate`, the kiosk's own arithmetic, over the same inputs:
desks that called or served the service in the last hour, and called-to-served minutes for
the service at the hub over the last fortnight. So the page and the ticket agree.

The page is only as fresh as the hub's last sync: it says when the hub's kiosks last
reached the server, and warns when that was more than a few minutes ago. Plain HTML with
inline CSS and no script, refreshed every 30 seconds; ``&format=json`` answers the same as
JSON. English, Bengali and Somali: the ticket's language unless ``?lang=`` says otherwise.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from html import escape
from typing import Annotated, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sync.protocol.content import Catalogue, HubList, LocalizedText
from sync.protocol.waits import WaitEstimate, estimate
from sync.protocol.wire import ErrorBody
from sync.server import deps
from sync.server.config import current_config
from sync.server.models import Device, HubRow, IngestedRecord

log = logging.getLogger(__name__)
R = IngestedRecord

# The kiosk's queue rules (hubkiosk.core.queue), which sync may not import; a test holds
# the two in step.
#: Calling order by priority: lower comes first.
PRIORITY_LEVEL = {"urgent": 0, "interpreter": 2, "accessibility": 2, "none": 2}
#: Residents checking in for an appointment come after urgent tickets, before the rest.
APPOINTMENT_LEVEL = 1
#: A desk counts as open for a service if it called or served it this recently.
DESK_OPEN_WINDOW = dt.timedelta(minutes=60)
#: How far back service times are read for the rolling median.
HISTORY_DAYS = 14
#: The service's default when the catalogue does not name it (as ``Service``'s default).
FALLBACK_MINUTES = 12

#: Longer than this since the hub's kiosks reached the server and the page says so.
STALE_AFTER = dt.timedelta(minutes=5)
REFRESH_SECONDS = 30

WAITING = "waiting"
CALLED = "called"
FINISHED = "finished"
EARLIER_DAY = "earlier_day"
SERVED = "served"
NO_SHOW = "no_show"

router = APIRouter(tags=["residents"])


# -- what the resident is told ---------------------------------------------------------


@dataclass(frozen=True)
class Follow:
    """One ticket as its holder sees it now. Nothing here is about anyone else."""

    ticket_id: uuid.UUID
    number: str
    #: waiting, called, finished or earlier_day.
    state: str
    #: served or no_show when finished, else None.
    finished_as: str | None
    day: dt.date
    today: dt.date
    hub_id: str
    hub_name: LocalizedText
    #: The queue the ticket is in now (a transfer changes it).
    service_id: str
    service_name: LocalizedText
    #: The resident's kiosk language.
    language: str
    wait: WaitEstimate | None
    desk: str | None
    #: When one of the hub's kiosks last reached the server (None: never).
    updated_at: dt.datetime | None
    stale: bool
    generated_at: dt.datetime

    @property
    def position(self) -> int | None:
        return self.wait.position if self.wait is not None else None

    def to_json(self, tz: ZoneInfo) -> dict[str, Any]:
        wait = self.wait
        return {
            "ticket": str(self.ticket_id),
            "number": self.number,
            "state": self.state,
            "finished_as": self.finished_as,
            "day": self.day.isoformat(),
            "hub": {"id": self.hub_id, "name": self.hub_name.root},
            "service": {"id": self.service_id, "name": self.service_name.root},
            "language": self.language,
            "position": self.position,
            "people_ahead": wait.people_ahead if wait else None,
            "wait": None
            if wait is None
            else {
                "low_minutes": wait.low,
                "high_minutes": wait.high,
                "desks_open": wait.desks_open,
                "minutes_per_person": wait.minutes_per_person,
                "from_history": wait.from_history,
            },
            "desk": self.desk,
            "updated_at": self.updated_at.astimezone(tz).isoformat() if self.updated_at else None,
            "stale": self.stale,
            "generated_at": self.generated_at.astimezone(tz).isoformat(),
        }


@dataclass
class _Entry:
    """A ticket of the day in the queue replay (the server's ``QueueEntry``)."""

    ticket_id: uuid.UUID
    service_id: str
    level: int
    checked_in: float
    seq: int
    status: str = WAITING
    desk: str | None = None

    @property
    def rank(self) -> tuple[int, float, int]:
        return (self.level, self.checked_in, self.seq)


@dataclass
class _Day:
    entries: dict[uuid.UUID, _Entry] = field(default_factory=dict)
    #: (epoch, desk, service_id) of every call and service, for "desks open".
    desk_activity: list[tuple[float, str, str]] = field(default_factory=list)


def _epoch(value: Any) -> float:
    """An ISO time from a kiosk payload as epoch seconds (naive means UTC, as at ingest);
    a ticket without a readable check-in time goes to the back of its queue."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return float("inf")
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).timestamp()


def _level(payload: dict[str, Any]) -> int:
    level = PRIORITY_LEVEL.get(str(payload.get("priority") or "none"), PRIORITY_LEVEL["none"])
    if payload.get("appointment_id") and level > APPOINTMENT_LEVEL:
        level = APPOINTMENT_LEVEL
    return level


def _replay(session: Session, hub_id: str, day: dt.date) -> _Day:
    """The hub's queue of ``day`` from its ingested tickets and their events."""
    result = _Day()
    tickets = session.execute(
        select(R.id, R.seq, R.service_id, R.payload).where(
            R.kind == "ticket", R.hub_id == hub_id, R.day == day
        )
    ).all()
    for row in tickets:
        result.entries[row.id] = _Entry(
            ticket_id=row.id,
            service_id=str(row.service_id),
            level=_level(row.payload),
            checked_in=_epoch(row.payload.get("created_at")),
            seq=row.seq,
        )
    if not result.entries:
        return result
    of_the_day = select(R.id).where(R.kind == "ticket", R.hub_id == hub_id, R.day == day)
    events = session.execute(
        select(R.ticket_id, R.event_kind, R.event_epoch, R.payload)
        # Only the hub's own events move its tickets (ingest refuses another hub's event
        # for a known ticket; this also covers one that arrived before its ticket).
        .where(R.kind == "queue_event", R.hub_id == hub_id, R.ticket_id.in_(of_the_day))
        .order_by(R.event_epoch, R.seq)
    ).all()
    for event in events:
        entry = result.entries.get(event.ticket_id)
        if entry is not None:
            _apply(entry, event.event_kind, float(event.event_epoch), event.payload, result)
    return result


def _apply(entry: _Entry, kind: str, at: float, payload: dict[str, Any], day: _Day) -> None:
    """Move ``entry`` on by one event, as ``hubkiosk.core.queue._apply`` does."""
    desk = payload.get("desk")
    if kind in ("called", "recalled"):
        entry.status = CALLED
        entry.desk = desk
        day.desk_activity.append((at, desk or "?", entry.service_id))
    elif kind == "no_show":
        entry.status = NO_SHOW
    elif kind == "transferred":
        entry.status = WAITING
        entry.desk = None
        if payload.get("to_service_id"):
            entry.service_id = str(payload["to_service_id"])
    elif kind == "served":
        entry.status = SERVED
        if desk:
            day.desk_activity.append((at, desk, entry.service_id))
    # checked_in changes nothing: a new ticket is waiting.


def _desks_open(day: _Day, service_id: str, now: dt.datetime) -> int:
    since = (now - DESK_OPEN_WINDOW).timestamp()
    return len({desk for at, desk, sid in day.desk_activity if sid == service_id and at >= since})


def service_minutes(
    session: Session, hub_id: str, service_id: str, now: dt.datetime, tz: ZoneInfo
) -> list[float]:
    """Recent called-to-served minutes for ``service_id`` at the hub, oldest first.

    As the kiosk's ``service_minutes``: the last :data:`HISTORY_DAYS` days of events, a
    ticket counts for the service it is in when served (a transfer restarts its clock).
    """
    since = now - dt.timedelta(days=HISTORY_DAYS)
    owner = aliased(R)
    rows = session.execute(
        select(R.ticket_id, R.event_kind, R.event_epoch, R.payload, owner.service_id)
        .outerjoin(owner, (owner.id == R.ticket_id) & (owner.kind == "ticket"))
        .where(
            R.kind == "queue_event",
            R.hub_id == hub_id,
            R.event_kind.in_(("called", "transferred", "served")),
            # The indexed day narrows the search; the epoch decides.
            R.day >= since.astimezone(tz).date(),
            R.event_epoch >= since.timestamp(),
        )
        .order_by(R.event_epoch, R.seq)
    ).all()
    current: dict[uuid.UUID, str] = {}
    called: dict[uuid.UUID, float] = {}
    finished: list[tuple[float, float]] = []
    for ticket_id, kind, at, payload, owner_service in rows:
        service = current.setdefault(ticket_id, owner_service or "")
        if kind == "transferred" and payload.get("to_service_id"):
            current[ticket_id] = str(payload["to_service_id"])
            called.pop(ticket_id, None)
        elif kind == "called":
            called.setdefault(ticket_id, at)
        elif kind == "served" and ticket_id in called:
            started = called.pop(ticket_id)
            if service == service_id:
                finished.append((at, (at - started) / 60))
    finished.sort(key=lambda pair: pair[0])
    return [minutes for _, minutes in finished]


@dataclass(frozen=True)
class _Content:
    hubs: HubList | None
    catalogue: Catalogue | None


def _content(session: Session) -> _Content:
    config = current_config(session)
    if config is None:
        return _Content(None, None)
    try:
        hubs = HubList.model_validate({"hubs": config.body.get("hubs", [])})
    except ValidationError:
        hubs = None
    try:
        catalogue = Catalogue.model_validate(config.body.get("catalogue", {}))
    except ValidationError:
        catalogue = None
    return _Content(hubs, catalogue)


def follow_ticket(
    session: Session, ticket_id: uuid.UUID, *, now: dt.datetime, tz: ZoneInfo
) -> Follow | None:
    """What the holder of ``ticket_id`` is told now, or None when there is no such ticket."""
    ticket = session.execute(
        select(R.hub_id, R.day, R.payload).where(R.kind == "ticket", R.id == ticket_id)
    ).first()
    if ticket is None or ticket.day is None:
        return None
    hub_id, day, payload = ticket.hub_id, ticket.day, ticket.payload
    today = now.astimezone(tz).date()
    content = _content(session)

    state, finished_as, desk, wait = EARLIER_DAY, None, None, None
    service_id = str(payload.get("service_id") or "")
    if day >= today:
        queue = _replay(session, hub_id, day)
        entry = queue.entries[ticket_id]
        service_id = entry.service_id
        if entry.status == WAITING:
            state = WAITING
            ahead = sum(
                1
                for other in queue.entries.values()
                if other.status == WAITING
                and other.service_id == service_id
                and other.rank < entry.rank
            )
            service = content.catalogue.by_id(service_id) if content.catalogue else None
            wait = estimate(
                ahead,
                _desks_open(queue, service_id, now),
                service_minutes(session, hub_id, service_id, now, tz),
                service.default_service_minutes if service else FALLBACK_MINUTES,
            )
        elif entry.status == CALLED:
            state, desk = CALLED, entry.desk
        else:
            state, finished_as = FINISHED, entry.status

    hub = content.hubs.by_id(hub_id) if content.hubs else None
    if hub is not None:
        hub_name = hub.name
    else:
        known = session.scalar(select(HubRow.name).where(HubRow.id == hub_id))
        hub_name = LocalizedText({"en": known or hub_id})
    service = content.catalogue.by_id(service_id) if content.catalogue else None
    service_name = service.name if service else LocalizedText({"en": service_id or "-"})
    seen = session.scalar(
        select(func.max(Device.last_seen_at)).where(
            Device.hub_id == hub_id, Device.revoked_at.is_(None)
        )
    )
    return Follow(
        ticket_id=ticket_id,
        number=str(payload.get("number") or ""),
        state=state,
        finished_as=finished_as,
        day=day,
        today=today,
        hub_id=hub_id,
        hub_name=hub_name,
        service_id=service_id,
        service_name=service_name,
        language=str(payload.get("language") or "en"),
        wait=wait,
        desk=desk,
        updated_at=seen,
        stale=seen is None or now - seen > STALE_AFTER,
        generated_at=now,
    )


# -- words -------------------------------------------------------------------------------

LANGUAGES = ("en", "bn", "so")
#: Each language's name in itself, for the links that switch.
LANGUAGE_NAMES = {"en": "English", "bn": "বাংলা", "so": "Soomaali"}

#: Every sentence the page says, per language. Where the kiosk says the same English
#: sentence, the translation is the kiosk's (resources/translations/hubkiosk_*.ts: WaitText,
#: TicketIssuedScreen, TicketConfirmScreen, AppointmentScreen), so residents read the same
#: words on the screen, on paper and on their phone.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your place in the queue",
        "your_number": "Your number is",
        "next": "You are next in the queue.",
        "number_n": "You are number %1 in the queue.",
        "estimated": "Estimated wait: %1.",
        "less_than_5": "less than 5 minutes",
        "about": "about %1 to %2 minutes",
        "step_out": "You can step out for a short while. Please be back before your turn.",
        "your_turn": "It is your turn.",
        "go_to_desk": "Please go to %1 now.",
        "finished": "Your visit has finished. Thank you.",
        "missed": "We called your number but could not find you. If you are still at the "
        "hub, please ask a member of staff.",
        "earlier_day": "This ticket was for %1. It is no longer in the queue.",
        "new_ticket": "If you need help today, you can take a walk-in ticket.",
        "not_found": "We cannot find this ticket",
        "not_found_help": "Please check that you scanned the code on your ticket. A new "
        "ticket can take a minute or two to appear here. If you need help, please ask a "
        "member of staff at the hub.",
        "trouble": "Sorry, we cannot show your place in the queue just now",
        "trouble_help": "Please try again in a minute. You are still in the queue: the "
        "screen at the hub calls your number.",
        "updated": "Updated at %1.",
        "not_in_touch": "The hub's kiosk has not been in touch since %1, so this may be out "
        "of date. Please ask a member of staff if you are not sure.",
        "never_in_touch": "We have not heard from the hub's kiosk yet, so this may be out of date.",
        "refreshes": "This page updates itself every 30 seconds.",
        "language": "Language",
    },
    "bn": {
        "title": "লাইনে আপনার অবস্থান",
        "your_number": "আপনার নম্বর",
        "next": "লাইনে এরপর আপনার পালা।",
        "number_n": "লাইনে আপনি %1 নম্বরে আছেন।",
        "estimated": "আনুমানিক অপেক্ষা: %1।",
        "less_than_5": "5 মিনিটের কম",
        "about": "প্রায় %1 থেকে %2 মিনিট",
        "step_out": "আপনি অল্প সময়ের জন্য বাইরে যেতে পারেন। আপনার পালা আসার আগেই ফিরে আসুন।",
        "your_turn": "এখন আপনার পালা।",
        "go_to_desk": "অনুগ্রহ করে এখনই %1-এ যান।",
        "finished": "আপনার সাক্ষাৎ শেষ হয়েছে। ধন্যবাদ।",
        "missed": "আমরা আপনার নম্বর ডেকেছিলাম কিন্তু আপনাকে পাইনি। আপনি এখনও হাবে থাকলে "
        "একজন কর্মীকে জিজ্ঞেস করুন।",
        "earlier_day": "এই টিকিটটি ছিল %1 তারিখের। এটি আর লাইনে নেই।",
        "new_ticket": "আজ সাহায্য দরকার হলে একটি সাধারণ টিকিট নিতে পারেন।",
        "not_found": "আমরা এই টিকিটটি খুঁজে পাচ্ছি না",
        "not_found_help": "আপনার টিকিটের কোডটিই স্ক্যান করেছেন কিনা দেখে নিন। নতুন টিকিট "
        "এখানে দেখা যেতে এক-দুই মিনিট লাগতে পারে। সাহায্য দরকার হলে হাবে একজন কর্মীকে "
        "জিজ্ঞেস করুন।",
        "trouble": "দুঃখিত, এই মুহূর্তে লাইনে আপনার অবস্থান দেখানো যাচ্ছে না",
        "trouble_help": "এক মিনিট পরে আবার চেষ্টা করুন। আপনি এখনও লাইনে আছেন: হাবের "
        "স্ক্রিনে আপনার নম্বর ডাকা হবে।",
        "updated": "%1-এ হালনাগাদ করা হয়েছে।",
        "not_in_touch": "হাবের কিয়স্কটি %1 থেকে যোগাযোগ করেনি, তাই এই তথ্য পুরোনো হতে "
        "পারে। নিশ্চিত না হলে একজন কর্মীকে জিজ্ঞেস করুন।",
        "never_in_touch": "হাবের কিয়স্ক থেকে আমরা এখনও কোনো খবর পাইনি, তাই এই তথ্য পুরোনো হতে পারে।",
        "refreshes": "এই পাতাটি প্রতি 30 সেকেন্ডে নিজে থেকে হালনাগাদ হয়।",
        "language": "ভাষা",
    },
    "so": {
        "title": "Kaalintaada safka",
        "your_number": "Lambarkaagu waa",
        "next": "Adiga ayaa xiga safka.",
        "number_n": "Waxaad tahay lambarka %1 ee safka.",
        "estimated": "Sugitaanka la filayo: %1.",
        "less_than_5": "wax ka yar 5 daqiiqo",
        "about": "qiyaastii %1 ilaa %2 daqiiqo",
        "step_out": "Waad bixi kartaa in yar. Fadlan soo noqo ka hor inta aan markaagu imaan.",
        "your_turn": "Hadda waa markaaga.",
        "go_to_desk": "Fadlan hadda u tag %1.",
        "finished": "Booqashadaadu way dhammaatay. Mahadsanid.",
        "missed": "Lambarkaaga waan wacnay laakiin kuma aanan helin. Haddii aad weli "
        "xarunta joogto, fadlan weydii shaqaale.",
        "earlier_day": "Tigidhkani wuxuu ahaa maalinta %1. Hadda kuma jiro safka.",
        "new_ticket": "Haddii aad maanta caawimo u baahan tahay, waxaad qaadan kartaa tigidh "
        "caadi ah.",
        "not_found": "Ma helin karno tigidhkan",
        "not_found_help": "Fadlan hubi inaad sawirtay koodhka ku yaal tigidhkaaga. Tigidh "
        "cusub wuxuu qaadan karaa daqiiqad ama laba inuu halkan ka muuqdo. Haddii aad "
        "caawimo u baahan tahay, fadlan weydii shaqaale xarunta jooga.",
        "trouble": "Waan ka xunnahay, hadda ma muujin karno kaalintaada safka",
        "trouble_help": "Fadlan isku day mar kale daqiiqad kadib. Weli safka waad ku "
        "jirtaa: shaashadda xarunta ayaa lambarkaaga ku yeeri doonta.",
        "updated": "Waxaa la cusboonaysiiyay %1.",
        "not_in_touch": "Kiosk-ka xaruntu lama soo xiriirin tan iyo %1, sidaas darteed "
        "macluumaadkani waxaa laga yaabaa inuu duugoobay. Haddii aadan hubin, fadlan "
        "weydii shaqaale.",
        "never_in_touch": "Weli wax war ah kama aanan helin kiosk-ka xarunta, sidaas darteed "
        "macluumaadkani waxaa laga yaabaa inuu duugoobay.",
        "refreshes": "Boggani wuxuu isu cusboonaysiiyaa 30-kii ilbiriqsi kasta.",
        "language": "Luqadda",
    },
}

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "bn": ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার"),
    "so": ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad"),
}
MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "bn": (
        "জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
        "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    ),
    "so": (
        "Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun",
        "Luulyo", "Ogosto", "Sebtembar", "Oktoobar", "Nofembar", "Desembar",
    ),
}  # fmt: skip


def say(language: str, key: str, *args: object) -> str:
    """The sentence ``key`` in ``language`` with ``%1``, ``%2``... filled in (escaped later)."""
    text = WORDS.get(language, WORDS["en"])[key]
    for n, value in enumerate(args, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


def wait_phrase(language: str, wait: WaitEstimate) -> str:
    """The range as the kiosk words it (``checkin_parts.wait_text``)."""
    if wait.high <= 5:
        return say(language, "less_than_5")
    return say(language, "about", wait.low, wait.high)


def date_text(language: str, day: dt.date) -> str:
    """``Tuesday 24 November 2026`` in the language."""
    weekday = WEEKDAYS.get(language, WEEKDAYS["en"])[day.weekday()]
    month = MONTHS.get(language, MONTHS["en"])[day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"


def time_text(language: str, moment: dt.datetime, today: dt.date, tz: ZoneInfo) -> str:
    """``10:42``, with the day when it is not today."""
    local = moment.astimezone(tz)
    clock = local.strftime("%H:%M")
    return clock if local.date() == today else f"{clock}, {date_text(language, local.date())}"


def pick_language(asked: str | None, fallback: str | None, accept: str | None = None) -> str:
    """``?lang=`` if it is one of ours, else the ticket's language, else the browser's."""
    for choice in (asked, fallback):
        if choice in LANGUAGES:
            return choice
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in LANGUAGES:
            return code
    return "en"


# -- the page ----------------------------------------------------------------------------

# Colours: text #0b0c0c on white 19.4:1; white on #0b3b60 11.3:1; #0b0c0c on #ffdd00 16:1;
# #3d4449 on white 10:1 (WCAG AA asks 4.5:1, AAA 7:1).
CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#0b0c0c;font-size:1.25rem;line-height:1.5;
font-family:"Noto Sans","Noto Sans Bengali",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header{background:#0b3b60;color:#fff;padding:.75rem 1rem}
header p{margin:0;font-weight:700;font-size:1.25rem}
nav{margin-top:.25rem;font-size:1rem}
nav a{color:#fff;display:inline-block;padding:.5rem .75rem .5rem 0;margin-right:.5rem;
min-height:44px}
nav a[aria-current]{font-weight:700;text-decoration:none}
a:focus-visible{outline:3px solid #ffdd00;outline-offset:2px;background:#0b0c0c;color:#fff}
main{max-width:36rem;margin:0 auto;padding:1rem}
h1{margin:0;font-size:1.25rem;font-weight:400}
h1.headline{margin:.5rem 0;font-size:1.75rem;font-weight:700;line-height:1.3}
h1 .number{display:block;font-size:clamp(3.5rem,21vw,6rem);font-weight:700;line-height:1.1;
letter-spacing:.02em}
.service{font-size:1.5rem;font-weight:700;margin:.25rem 0 1rem;overflow-wrap:anywhere}
.box{border-left:.5rem solid #0b3b60;background:#f3f2f1;padding:.75rem 1rem;margin:1rem 0}
.box p{margin:.25rem 0}
.big{font-size:1.75rem;font-weight:700;line-height:1.3}
.called{background:#ffdd00;border-color:#0b0c0c}
.called .big{font-size:clamp(2rem,11vw,3rem);overflow-wrap:anywhere}
.warn{border:3px solid #b10e1e;border-left-width:.5rem;background:#fff;padding:.75rem 1rem}
.small{font-size:1rem;color:#3d4449}
"""


def _links(language: str, ticket: str) -> str:
    words = WORDS[language]
    links = []
    for code in LANGUAGES:
        href = f"?ticket={quote(ticket, safe='')}&amp;lang={code}"
        current = ' aria-current="true"' if code == language else ""
        links.append(
            f'<a href="{href}" lang="{code}" hreflang="{code}"{current}>'
            f"{escape(LANGUAGE_NAMES[code])}</a>"
        )
    return f'<nav aria-label="{escape(words["language"])}">{"".join(links)}</nav>'


def _page(language: str, *, title: str, header: str, body: str, refresh: bool) -> str:
    meta = f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}">' if refresh else ""
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="robots" content="noindex">{meta}'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>"
        f"<body><header>{header}</header><main>{body}</main></body></html>"
    )


def render(view: Follow, language: str, tz: ZoneInfo) -> str:
    """The page for ``view`` in ``language``: one h1 (the number), then what to do."""

    def t(key: str, *args: object) -> str:
        return escape(say(language, key, *args))

    parts = [
        f'<h1>{t("your_number")} <span class="number">{escape(view.number)}</span></h1>',
        f'<p class="service">{escape(view.service_name.get(language))}</p>',
    ]
    if view.state == WAITING and view.wait is not None:
        place = t("next") if view.wait.position <= 1 else t("number_n", view.wait.position)
        parts.append(
            f'<div class="box" role="status"><p class="big">{place}</p>'
            f"<p>{t('estimated', wait_phrase(language, view.wait))}</p>"
            f"<p>{t('step_out')}</p></div>"
        )
    elif view.state == CALLED:
        parts.append(
            f'<div class="box called" role="status"><p>{t("your_turn")}</p>'
            f'<p class="big">{t("go_to_desk", view.desk or "")}</p></div>'
        )
    elif view.state == FINISHED:
        extra = f"<p>{t('missed')}</p>" if view.finished_as == NO_SHOW else ""
        parts.append(f'<div class="box"><p class="big">{t("finished")}</p>{extra}</div>')
    else:
        parts.append(
            f'<div class="box"><p class="big">{t("earlier_day", date_text(language, view.day))}'
            f"</p><p>{t('new_ticket')}</p></div>"
        )
    live = view.state in (WAITING, CALLED)
    if live:
        if view.updated_at is None:
            parts.append(f'<p class="warn">{t("never_in_touch")}</p>')
        else:
            seen = time_text(language, view.updated_at, view.today, tz)
            parts.append(f'<p class="small">{t("updated", seen)}</p>')
            if view.stale:
                parts.append(f'<p class="warn">{t("not_in_touch", seen)}</p>')
        parts.append(f'<p class="small">{t("refreshes")}</p>')
    header = f"<p>{escape(view.hub_name.get(language))}</p>{_links(language, str(view.ticket_id))}"
    return _page(
        language,
        title=f"{view.number} · {say(language, 'title')}",
        header=header,
        body="".join(parts),
        refresh=live,
    )


def render_missing(
    language: str, ticket: str, *, key: str = "not_found", refresh: bool = True
) -> str:
    """The kind page for an unknown or mistyped ticket (or a server in trouble); it looks
    again every 30 s unless the id cannot be a ticket's."""
    words = WORDS[language]
    return _page(
        language,
        title=words[key],
        header=f"<p>{escape(words['title'])}</p>{_links(language, ticket)}",
        body=f'<h1 class="headline">{escape(words[key])}</h1><p>{escape(words[key + "_help"])}</p>',
        refresh=refresh,
    )


#: No caching (the page is live), no indexing, nothing but the inline style may load.
HEADERS = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}


def _parse(ticket: str | None) -> uuid.UUID | None:
    if not ticket or len(ticket) > 64:
        return None
    try:
        return uuid.UUID(ticket.strip())
    except ValueError:
        return None


@router.get(
    "/queue",
    response_class=HTMLResponse,
    responses={200: {"content": {"application/json": {}}}},  # with format=json
)
def follow_queue(
    request: Request,
    ticket: str | None = None,
    lang: str | None = None,
    fmt: Annotated[str | None, Query(alias="format")] = None,
) -> Response:
    """A resident's place in the queue, from the QR code on their ticket (no token: the
    ticket's random id is the key). HTML for phones; ``format=json`` for machines."""
    as_json = fmt == "json"
    accept = request.headers.get("accept-language")
    ticket_id = _parse(ticket)
    tz = ZoneInfo(deps.settings(request).timezone)
    view: Follow | None = None
    if ticket_id is not None:
        try:
            with deps.database(request).session() as session:
                view = follow_ticket(session, ticket_id, now=deps.clock(request)(), tz=tz)
        except Exception:
            log.exception("the follow-the-queue page failed")
            if as_json:
                body = ErrorBody(error="unavailable", message="Try again in a minute.")
                return JSONResponse(body.model_dump(mode="json"), 503, headers=HEADERS)
            page = render_missing(pick_language(lang, None, accept), ticket or "", key="trouble")
            return HTMLResponse(page, 503, headers=HEADERS)
    if view is None:
        if as_json:
            body = ErrorBody(error="ticket_not_found", message="No ticket has this id.")
            return JSONResponse(body.model_dump(mode="json"), 404, headers=HEADERS)
        page = render_missing(
            pick_language(lang, None, accept), ticket or "", refresh=ticket_id is not None
        )
        return HTMLResponse(page, 404, headers=HEADERS)
    if as_json:
        return JSONResponse(view.to_json(tz), headers=HEADERS)
    return HTMLResponse(render(view, pick_language(lang, view.language), tz), headers=HEADERS)
