"""``GET /queue?ticket=<id>``: a resident follows their ticket on their phone, from the records
the hub's kiosk pushed, on a real server (SQLite and PostgreSQL). The kiosk's own queue
functions make the tickets, so the server's answer is checked against the kiosk's."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from hubkiosk.core import queue, waits
from hubkiosk.core.i18n import CODES as KIOSK_LANGUAGES
from hubkiosk.store.db import Store
from hubkiosk.store.models import Appointment, Outcome, Priority, Ticket
from sync.client.engine import SyncState
from sync.protocol import Catalogue, Service
from sync.protocol.wire import AppointmentEntry
from sync.server import config, follow, pages
from tests.sync.conftest import HUB, TZ, Central, FakeClock, make_engine

#: A Tuesday, 10:30 in London.
NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=TZ).astimezone(dt.UTC)
CATALOGUE = Catalogue.model_validate(config.read_folder(config.default_data_dir())["catalogue"])


def service(service_id: str) -> Service:
    found = CATALOGUE.by_id(service_id)
    assert found is not None
    return found


HOUSING = service("housing")
COUNCIL_TAX = service("council-tax")


def at(hour: int, minute: int, days: int = 0) -> dt.datetime:
    local = dt.datetime(2026, 11, 24, hour, minute, tzinfo=TZ) + dt.timedelta(days=days)
    return local.astimezone(dt.UTC)


@dataclass
class Hub:
    """One hub's kiosk store and the central server it syncs with."""

    central: Central
    store: Store
    clock: FakeClock
    token: str

    def issue(
        self, svc: Service, when: dt.datetime, *, call_name: str | None = "Zebedee", **extra
    ) -> Ticket:
        with self.store.session() as session:
            issued = queue.issue_ticket(
                session, hub_id=HUB, service=svc, now=when, call_name=call_name, **extra
            )
            ticket = session.get(Ticket, issued.id)
            assert ticket is not None
            session.expunge(ticket)
        return ticket

    def act(self, action, **kwargs) -> None:
        with self.store.session() as session:
            action(session, hub_id=HUB, **kwargs)

    def push(self) -> None:
        status = make_engine(self.central.url, self.token, self.store, self.clock).sync_once()
        assert status.state is SyncState.OK and status.pending == 0

    def page(self, ticket: object, **params: str) -> requests.Response:
        return requests.get(
            f"{self.central.url}/queue", params={"ticket": str(ticket), **params}, timeout=10
        )

    def json(self, ticket: object, **params: str) -> dict:
        answer = self.page(ticket, format="json", **params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def kiosk_view(self, ticket: Ticket, svc: Service) -> waits.WaitEstimate:
        """What the kiosk tells this ticket's holder now (its own queue, its own estimate)."""
        with self.store.session() as session:
            row = session.get(Ticket, ticket.id)
            assert row is not None
            return queue.ticket_view(session, row, svc, self.clock()).wait


@pytest.fixture
def hub(make_central, store: Store) -> Hub:
    clock = FakeClock(NOW)
    central = make_central(clock=clock)
    return Hub(central, store, clock, central.enrol(HUB))


def served_history(hub: Hub) -> None:
    """This morning two housing desks each saw residents: 6, 8 and 10 minutes at a desk."""
    for n, (desk, minutes) in enumerate((("Desk 1", 6), ("Desk 2", 8), ("Desk 1", 10))):
        ticket = hub.issue(HOUSING, at(9, 0 + n))
        called = at(9, 40) + dt.timedelta(minutes=12 * n)
        hub.act(queue.call_next, desk=desk, now=called, service_ids=["housing"])
        hub.act(
            queue.serve,
            ticket_id=ticket.id,
            desk=desk,
            outcome=Outcome.RESOLVED_FIRST_CONTACT,
            now=called + dt.timedelta(minutes=minutes),
        )


def test_waiting_tickets_in_the_kiosks_order_with_the_kiosks_wait(hub: Hub) -> None:
    served_history(hub)
    early = hub.issue(HOUSING, at(10, 0))
    later = hub.issue(HOUSING, at(10, 5))
    tax = hub.issue(COUNCIL_TAX, at(10, 2))
    urgent = hub.issue(HOUSING, at(10, 10), priority=Priority.URGENT)
    with hub.store.session() as session:
        booking = Appointment(hub_id=HUB, service_id="housing", starts_at=at(10, 15))
        session.add(booking)
        session.flush()
        booking_id = booking.id
    booked = hub.issue(HOUSING, at(10, 12), appointment_id=booking_id)
    hub.push()

    # Urgent first, then the appointment, then walk-ins by check-in time; council tax
    # is its own queue.
    expected = {urgent: 1, booked: 2, early: 3, later: 4, tax: 1}
    for ticket, position in expected.items():
        answer = hub.json(ticket.id)
        svc = COUNCIL_TAX if ticket is tax else HOUSING
        kiosk = hub.kiosk_view(ticket, svc)
        assert answer["state"] == "waiting"
        assert answer["position"] == position == kiosk.position, ticket.number
        assert answer["people_ahead"] == position - 1
        assert answer["wait"] == {
            "low_minutes": kiosk.low,
            "high_minutes": kiosk.high,
            "desks_open": kiosk.desks_open,
            "minutes_per_person": kiosk.minutes_per_person,
            "from_history": kiosk.from_history,
        }
    # Housing's wait comes from this morning (median 8 minutes, two desks open in the last
    # hour); council tax has no history and no desk: its default, one desk.
    later_wait = hub.json(later.id)["wait"]
    assert later_wait == {
        "low_minutes": 5,
        "high_minutes": 15,
        "desks_open": 2,
        "minutes_per_person": 8.0,
        "from_history": True,
    }
    tax_answer = hub.json(tax.id)
    assert tax_answer["wait"]["from_history"] is False
    assert tax_answer["wait"]["minutes_per_person"] == COUNCIL_TAX.default_service_minutes
    assert tax_answer["service"] == {"id": "council-tax", "name": COUNCIL_TAX.name.root}
    assert tax_answer["hub"]["id"] == HUB and tax_answer["hub"]["name"]["en"] == "Idea Store Bow"
    assert tax_answer["day"] == "2026-11-24" and tax_answer["number"] == tax.number

    html = hub.page(later.id).text
    assert "You are number 4 in the queue." in html
    assert "Estimated wait: about 5 to 15 minutes." in html
    assert "Housing" in html and "Idea Store Bow" in html and later.number in html
    assert "You are next in the queue." in hub.page(urgent.id).text
    assert "less than 5 minutes" in hub.page(urgent.id).text


def test_a_transfer_moves_the_ticket_to_the_other_queue(hub: Hub) -> None:
    moved = hub.issue(HOUSING, at(9, 55))
    tax = hub.issue(COUNCIL_TAX, at(10, 2))
    behind = hub.issue(HOUSING, at(10, 4))
    hub.act(queue.call_next, desk="Desk 1", now=at(10, 10), service_ids=["housing"])
    hub.act(
        queue.transfer,
        ticket_id=moved.id,
        to_service_id="council-tax",
        desk="Desk 1",
        now=at(10, 14),
        catalogue=CATALOGUE,
    )
    hub.push()

    answer = hub.json(moved.id)
    # It keeps its check-in time: first in the council tax queue, ahead of 10:02.
    assert answer["state"] == "waiting" and answer["service"]["id"] == "council-tax"
    assert answer["position"] == 1 == hub.kiosk_view(moved, COUNCIL_TAX).position
    assert hub.json(tax.id)["position"] == 2 == hub.kiosk_view(tax, COUNCIL_TAX).position
    # ... and no longer in the housing queue.
    assert hub.json(behind.id)["position"] == 1 == hub.kiosk_view(behind, HOUSING).position
    assert "Council tax" in hub.page(moved.id).text


def test_called_served_and_no_show(hub: Hub) -> None:
    called = hub.issue(HOUSING, at(10, 0))
    served = hub.issue(COUNCIL_TAX, at(10, 1))
    missed = hub.issue(HOUSING, at(10, 2))
    hub.act(queue.call_next, desk="Desk 2", now=at(10, 5), service_ids=["housing"])
    hub.act(queue.call_next, desk="Desk 3", now=at(10, 6), service_ids=["council-tax"])
    hub.act(
        queue.serve,
        ticket_id=served.id,
        desk="Desk 3",
        outcome=Outcome.RESOLVED_FIRST_CONTACT,
        now=at(10, 20),
    )
    hub.act(queue.call_next, desk="Desk 4", now=at(10, 21), service_ids=["housing"])
    hub.act(queue.no_show, ticket_id=missed.id, desk="Desk 4", now=at(10, 25))
    hub.push()

    answer = hub.json(called.id)
    assert (answer["state"], answer["desk"], answer["position"], answer["wait"]) == (
        "called",
        "Desk 2",
        None,
        None,
    )
    page = hub.page(called.id)
    assert page.status_code == 200
    # Called at 10:05, 25 minutes ago: no longer "go now" (the call's own test is below).
    assert "You were called to Desk 2 at 10:05." in page.text
    assert '<meta http-equiv="refresh" content="30">' in page.text

    for ticket, kind in ((served, "served"), (missed, "no_show")):
        answer = hub.json(ticket.id)
        assert (answer["state"], answer["finished_as"]) == ("finished", kind)
        page = hub.page(ticket.id)
        assert page.status_code == 200
        assert "Your visit has finished. Thank you." in page.text
        assert "http-equiv" not in page.text  # a finished ticket does not change
    assert "could not find you" in hub.page(missed.id).text
    assert "could not find you" not in hub.page(served.id).text


def test_the_phone_page_goes_by_the_order_things_happened_not_the_kiosks_clock(
    hub: Hub,
) -> None:
    """QA (s37, time): the kiosk's clock ran 10 minutes fast until the network's time set it
    back mid-morning. The resident served after that still read "called to Desk 1", and one
    who came after it was told they were first."""
    first = hub.issue(HOUSING, at(10, 20))  # the kiosk's clock says 10:20; it is 10:10
    hub.act(queue.call_next, desk="Desk 1", now=at(10, 22))
    waiting = hub.issue(HOUSING, at(10, 23))
    later = hub.issue(HOUSING, at(10, 13))  # after the clock was set right
    hub.act(
        queue.serve,
        ticket_id=first.id,
        desk="Desk 1",
        outcome=Outcome.RESOLVED_FIRST_CONTACT,
        now=at(10, 14),
    )
    hub.push()

    answer = hub.json(first.id)
    assert (answer["state"], answer["finished_as"]) == ("finished", "served")
    assert (hub.json(waiting.id)["position"], hub.json(later.id)["position"]) == (1, 2)


def test_a_ticket_of_an_earlier_day_says_which_day(hub: Hub) -> None:
    old = hub.issue(HOUSING, at(16, 50, days=-1))  # never called
    hub.push()
    answer = hub.json(old.id)
    assert answer["state"] == "earlier_day" and answer["day"] == "2026-11-23"
    assert answer["position"] is None
    page = hub.page(old.id).text
    assert "This ticket was for Monday, 23 November 2026." in page
    assert "You are number" not in page
    assert "সোমবার, ২৩ নভেম্বর, ২০২৬" in hub.page(old.id, lang="bn").text
    assert "Isniin, Noofeembar 23, 2026" in hub.page(old.id, lang="so").text  # CLDR, by Babel


@pytest.mark.parametrize(
    "ticket", ["9b1f4c3e-2d7a-4e8b-a6c5-0f3d2e1b7a94", "not-a-ticket", "", "x" * 500, "'\"<b>"]
)
def test_unknown_or_malformed_ticket_gets_a_kind_page(hub: Hub, ticket: str) -> None:
    answer = hub.page(ticket)
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert "We cannot find this ticket" in answer.text
    assert "ask a member of staff" in answer.text
    assert '<html lang="en">' in answer.text and answer.text.count("<h1") == 1
    assert "<b>" not in answer.text and "detail" not in answer.text
    assert "Traceback" not in answer.text
    # An id that could be a ticket not yet synced is looked for again; nonsense is not.
    assert ('http-equiv="refresh"' in answer.text) == (len(ticket) == 36)
    bengali = hub.page(ticket, lang="bn")
    assert bengali.status_code == 404 and "আমরা এই টিকিটটি খুঁজে পাচ্ছি না" in bengali.text
    as_json = hub.page(ticket, format="json")
    assert as_json.status_code == 404 and as_json.json()["error"] == "ticket_not_found"
    # No ticket at all.
    bare = requests.get(f"{hub.central.url}/queue", timeout=10)
    assert bare.status_code == 404 and "We cannot find this ticket" in bare.text


def test_json_shape(hub: Hub) -> None:
    ticket = hub.issue(HOUSING, at(10, 0), language="so")
    hub.push()
    answer = hub.json(ticket.id)
    assert set(answer) == {
        "ticket", "number", "state", "finished_as", "day", "hub", "service", "language",
        "position", "people_ahead", "wait", "desk", "updated_at", "stale", "generated_at",
        "called_at", "appointment", "closes_at", "closed", "reopens_at",
    }  # fmt: skip
    assert answer["ticket"] == str(ticket.id) and answer["language"] == "so"
    assert answer["updated_at"] == NOW.astimezone(TZ).isoformat()
    assert answer["stale"] is False and answer["finished_as"] is None
    assert set(answer["wait"]) == {
        "low_minutes", "high_minutes", "desks_open", "minutes_per_person", "from_history",
    }  # fmt: skip


def test_language_from_the_ticket_and_from_the_link(hub: Hub) -> None:
    hub.issue(HOUSING, at(10, 0), language="en")
    ticket = hub.issue(HOUSING, at(10, 1), language="bn")
    hub.push()

    bengali = hub.page(ticket.id).text
    assert '<html lang="bn">' in bengali
    assert "লাইনে আপনি ২ নম্বরে আছেন।" in bengali  # the kiosk's own words (WaitText)
    assert "আনুমানিক অপেক্ষা: প্রায় ১৫ থেকে ২৫ মিনিট।" in bengali
    assert "আবাসন" in bengali and "আইডিয়া স্টোর বো" in bengali
    somali = hub.page(ticket.id, lang="so").text
    assert '<html lang="so">' in somali
    assert "Waxaad tahay lambarka 2 ee safka." in somali and "Guryeynta" in somali
    english = hub.page(ticket.id, lang="en").text
    assert "You are number 2 in the queue." in english
    # An unknown ?lang= falls back to the ticket's language.
    assert '<html lang="bn">' in hub.page(ticket.id, lang="xx").text
    # Small links switch, keeping the ticket.
    for code in ("en", "bn", "so"):
        assert f'href="?ticket={ticket.id}&amp;lang={code}"' in bengali
    assert 'lang="so" hreflang="so" aria-current' not in bengali
    assert 'lang="bn" hreflang="bn" aria-current="true"' in bengali


def test_every_kiosk_language_follows_on_the_phone(hub: Hub) -> None:
    """A resident who took their ticket in Urdu, Spanish or Polish reads the page on their
    phone in that language (Urdu right to left), and can switch to any kiosk language."""
    hub.issue(HOUSING, at(10, 0), language="en")
    urdu, spanish, polish = (
        hub.issue(HOUSING, at(10, minute), language=code)
        for minute, code in ((1, "ur"), (2, "es"), (3, "pl"))
    )
    hub.push()
    page = hub.page(urdu.id).text
    assert '<html lang="ur" dir="rtl">' in page
    assert "آپ قطار میں نمبر 2 پر ہیں۔" in page  # the kiosk's own words (WaitText)
    assert "قطار میں آپ کی جگہ" in page and "You are number" not in page
    page = hub.page(spanish.id).text
    assert '<html lang="es">' in page and "Es el número 3 en la cola." in page
    assert "Espera estimada:" in page and "Esta página se actualiza sola" in page
    page = hub.page(polish.id).text
    assert '<html lang="pl">' in page and "Jesteś na miejscu 4 w kolejce." in page
    assert "Ta strona odświeża się sama co 30 sekund." in page
    # Every kiosk language is offered by its own name; Bengali stays left to right.
    for code, name in (("ur", "اردو"), ("es", "Español"), ("pl", "Polski"), ("bn", "বাংলা")):
        assert re.search(f'lang="{code}" hreflang="{code}"( aria-current="true")?>{name}</a>', page)
    assert '<html lang="bn">' in hub.page(polish.id, lang="bn").text
    # A missing ticket's page too.
    missing = hub.page("4c2a0c2e-0000-4000-8000-000000000000", lang="ur")
    assert missing.status_code == 404 and "ہمیں یہ ٹکٹ نہیں مل رہا" in missing.text


def test_no_personal_data_and_no_other_tickets(hub: Hub) -> None:
    others = [hub.issue(HOUSING, at(10, m), call_name=f"Other{m}") for m in (0, 1)]
    mine = hub.issue(HOUSING, at(10, 2), call_name="Zebedee")
    hub.push()
    assert hub.central.record(mine.id).payload["call_name"] == "Zebedee"  # the server has it
    for params in ({}, {"lang": "bn"}, {"lang": "so"}, {"format": "json"}):
        text = hub.page(mine.id, **params).text
        assert "Zebedee" not in text and "Other" not in text
        for other in others:
            assert other.number not in text and str(other.id) not in text
        assert mine.number in text


def test_says_when_the_hub_was_last_in_touch(hub: Hub) -> None:
    ticket = hub.issue(HOUSING, at(10, 0))
    hub.push()
    fresh = hub.page(ticket.id).text
    assert "Updated at 10:30." in fresh and "has not been in touch" not in fresh
    hub.clock.advance(4 * 60)
    assert "has not been in touch" not in hub.page(ticket.id).text
    hub.clock.advance(3 * 60)
    stale = hub.page(ticket.id).text
    assert "Updated at 10:30." in stale
    assert "The hub's kiosk has not been in touch since 10:30" in html.unescape(stale)
    assert hub.json(ticket.id)["stale"] is True
    hub.push()  # the kiosk is back
    assert "has not been in touch" not in hub.page(ticket.id).text
    assert "Updated at 10:37." in hub.page(ticket.id).text


def test_the_page_is_plain_accessible_html(hub: Hub) -> None:
    ticket = hub.issue(HOUSING, at(10, 0))
    hub.push()
    answer = hub.page(ticket.id)
    html = answer.text
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert answer.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in answer.headers["content-security-policy"]
    assert html.startswith("<!doctype html>") and '<html lang="en">' in html
    assert html.count("<h1") == 1 and '<meta name="viewport"' in html
    assert '<meta http-equiv="refresh" content="30">' in html
    assert "<script" not in html and "src=" not in html and "<link" not in html
    assert not re.search(r"(href|url\()\s*=?\s*\"?https?:", html)


def test_the_sentences_the_kiosk_already_says_are_the_kiosks_translations() -> None:
    """Every sentence the page's templates say is in each language's catalogue, and where
    the kiosk says the same sentence the page uses the kiosk's translation."""
    import xml.etree.ElementTree as ET

    from jinja2.ext import babel_extract

    root = Path(__file__).resolve().parents[2] / "resources" / "translations"
    said: set[str] = set()
    for name in ("follow_base.html", "follow.html", "follow_missing.html"):
        with (pages.TEMPLATES / name).open("rb") as template:
            for _, _, message, _ in babel_extract(template, ["_"], [], {}):
                # A sentence with blanks comes as (sentence, None for each blank).
                said.add(message if isinstance(message, str) else message[0])
    assert "You are number %1 in the queue." in said and len(said) >= 20
    shared = {
        ("WaitText", "You are next in the queue."),
        ("WaitText", "You are number %1 in the queue."),
        ("WaitText", "about %1 to %2 minutes"),
        ("WaitText", "less than 5 minutes"),
        ("TicketIssuedScreen", "Estimated wait: %1."),
        ("TicketIssuedScreen", "Your number is"),
        ("TicketIssuedScreen", "The hub closes at %1. You may not be seen today. Please ask a member of staff."),
        ("TicketIssuedScreen", "You are checked in for your %1 appointment at %2."),
        ("TicketIssuedScreen", "Please take a seat. An adviser will call your number."),
        ("CallingDisplay", "Desk %1"),
    }  # fmt: skip
    assert set(follow.LANGUAGES) == set(KIOSK_LANGUAGES)  # the phone speaks the kiosk's
    for language in follow.LANGUAGES[1:]:
        words = pages.Words(language)
        missing = sorted(sentence for sentence in said if not words.translated(sentence))
        assert missing == [], language
        tree = ET.parse(root / f"hubkiosk_{language}.ts")
        found = {
            (context.findtext("name"), message.findtext("source")): message.findtext("translation")
            for context in tree.getroot().iter("context")
            for message in context.iter("message")
        }
        for context, source in shared:
            assert source in said
            assert words(source) == found[(context, source)], (language, source)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed: CI must render the queue page")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


@pytest.mark.long
def test_the_page_on_a_phone_in_headless_chromium(hub: Hub, tmp_path: Path) -> None:
    binary = _chromium()
    hub.issue(HOUSING, at(10, 0))
    ticket = hub.issue(HOUSING, at(10, 1), language="bn")
    hub.push()
    keep = os.environ.get("HUBKIOSK_FOLLOW_SCREENSHOTS")
    for language, width in (("en", 390), ("bn", 390), ("ur", 390), ("en", 320)):
        url = f"{hub.central.url}/queue?ticket={ticket.id}&lang={language}"
        profile = tmp_path / f"profile-{language}-{width}"
        args = [
            binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--hide-scrollbars",
        ]  # fmt: skip
        # The page at the phone's width is no wider than the phone (nothing cut off): one
        # browser start renders it, dumps its document and takes its picture.
        shot = tmp_path / f"queue-{language}-{width}.png"
        dom = subprocess.run(
            [*args, f"--window-size={width},844", "--dump-dom", f"--screenshot={shot}", url],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout  # fmt: skip
        assert ticket.number in dom and f'lang="{language}"' in dom
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / shot.name)


# -- QA s35: the page on a resident's phone --------------------------------------------------


def to(hub: Hub, when: dt.datetime) -> None:
    """The hub's (and the server's) clock on to ``when``; the kiosk syncs then."""
    hub.clock.advance((when - hub.clock()).total_seconds())
    hub.push()


def status(page: str) -> str:
    """The page's status box, its tags dropped: what a screen reader announces."""
    box = re.search(r'<div class="box[^"]*"( role="status")?>(.*?)</div>', page, re.S)
    assert box is not None, page
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box.group(2)))).strip()


def test_a_wait_past_closing_says_what_the_kiosk_says_and_then_that_the_hub_has_closed(
    hub: Hub,
) -> None:
    """Idea Store Bow closes at 17:00. At 16:50 a ticket with four ahead (15 minutes each at
    one desk) reads the kiosk's own warning, not "you can step out"; at 17:30, past closing
    and never called, it no longer says to wait: the hub has closed and it was not called."""
    for minute in range(40, 44):
        hub.issue(HOUSING, at(16, minute))
    late = hub.issue(HOUSING, at(16, 44), language="bn")
    to(hub, at(16, 50))
    page = status(hub.page(late.id, lang="en").text)
    assert "Estimated wait:" in page
    assert (
        "The hub closes at 17:00. You may not be seen today. Please ask a member of staff." in page
    )
    assert "step out" not in page
    assert hub.json(late.id)["closes_at"] == at(17, 0).astimezone(TZ).isoformat()
    # In the resident's language, in the kiosk's words and digits.
    bengali = status(hub.page(late.id).text)
    assert "হাব ১৭:০০-এ বন্ধ হয়। আজ হয়তো আপনার সাথে দেখা করা যাবে না।" in bengali

    to(hub, at(17, 30))
    page = status(hub.page(late.id, lang="en").text)
    assert page == (
        "The hub has closed for today. Your number was not called. Please come back on "
        "another day. If you are still at the hub, please ask a member of staff."
    )
    answer = hub.json(late.id)
    assert answer["state"] == "waiting" and answer["closed"] is True
    assert "হাব আজকের মতো বন্ধ হয়ে গেছে।" in hub.page(late.id).text
    assert "El centro ha cerrado por hoy." in hub.page(late.id, lang="es").text


def test_a_wait_that_ends_before_closing_may_step_out(hub: Hub) -> None:
    ticket = hub.issue(HOUSING, at(10, 0))
    hub.push()
    page = status(hub.page(ticket.id).text)
    assert "You can step out for a short while." in page and "closes" not in page
    answer = hub.json(ticket.id)
    assert answer["closes_at"] is None and answer["closed"] is False


@pytest.mark.both_databases
def test_a_call_older_than_the_displays_ten_minutes_no_longer_reads_as_current(
    hub: Hub,
) -> None:
    from hubkiosk.ui import display

    assert follow.CALL_SHOWN_FOR == display.CALL_SHOWN_FOR  # the hall's display shows it so long
    ticket = hub.issue(HOUSING, at(10, 30))
    hub.act(queue.call_next, desk="Desk 2", now=at(10, 40), service_ids=["housing"])
    to(hub, at(10, 49))
    page = hub.page(ticket.id).text
    assert status(page) == "It is your turn. Please go to Desk 2 now."
    to(hub, at(10, 50))
    page = hub.page(ticket.id).text
    assert status(page) == (
        "You were called to Desk 2 at 10:40. If you missed it, please ask a member of staff."
    )
    assert "It is your turn" not in page and 'class="box called"' not in page
    assert hub.json(ticket.id)["called_at"] == at(10, 40).astimezone(TZ).isoformat()
    to(hub, at(17, 30))  # never finished: hours later it still does not say "go now"
    assert "You were called to Desk 2 at 10:40." in hub.page(ticket.id).text
    assert "ডেস্ক ২-এ ডাকা হয়েছিল" in hub.page(ticket.id, lang="bn").text


def test_the_desk_is_named_in_the_residents_language(hub: Hub) -> None:
    """As the hall's calling display names it: "Desk %1" translated, the desk's number."""
    urdu = hub.issue(HOUSING, at(10, 20), language="ur")
    hub.act(queue.call_next, desk="Desk 2", now=at(10, 28), service_ids=["housing"])
    hub.push()
    assert "براہ کرم ابھی ڈیسک 2 پر جائیں۔" in hub.page(urdu.id).text
    assert "Desk" not in status(hub.page(urdu.id).text)
    for code, words in (
        ("bn", "অনুগ্রহ করে এখনই ডেস্ক ২-এ যান।"),
        ("so", "Fadlan hadda u tag Miiska 2."),
        ("es", "Vaya ahora a Mostrador 2, por favor."),
        ("pl", "Podejdź teraz do: Stanowisko 2."),
    ):
        assert words in hub.page(urdu.id, lang=code).text, code
    assert hub.json(urdu.id)["desk"] == "Desk 2"  # the machine's answer keeps the desk's name


@pytest.mark.both_databases
def test_an_appointment_check_in_is_told_its_appointment_not_a_place(hub: Hub) -> None:
    """The ticket of a booking says "You are checked in for your Housing appointment at
    10:45. Please take a seat...", never a place or a wait: so does its page."""
    starts = at(10, 45)
    booking = AppointmentEntry(
        id=uuid.uuid4(), hub_id=HUB, service_id="housing", starts_at=starts,
        reference="HK-2001", surname="Begum",
    )  # fmt: skip
    with hub.central.database.session() as session:
        config.replace_appointments(session, NOW.astimezone(TZ).date(), [booking], now=NOW)
    with hub.store.session() as session:
        session.add(Appointment(id=booking.id, hub_id=HUB, service_id="housing", starts_at=starts))
    for minute in range(0, 4):
        hub.issue(HOUSING, at(10, minute))
    booked = hub.issue(HOUSING, at(10, 25), appointment_id=booking.id, language="es")
    hub.push()

    page = hub.page(booked.id, lang="en").text
    assert status(page) == (
        "You are checked in for your Housing appointment at 10:45. Please take a seat. "
        "An adviser will call your number."
    )
    assert "You are number" not in page and "Estimated wait" not in page
    spanish = hub.page(booked.id).text
    assert "Su llegada a la cita de Vivienda de las 10:45 está registrada." in spanish
    answer = hub.json(booked.id)
    assert answer["appointment"] == {"at": starts.astimezone(TZ).isoformat()}
    assert "Begum" not in page and "HK-2001" not in page
    walk_in = hub.issue(HOUSING, at(10, 26))
    hub.push()
    assert hub.json(walk_in.id)["appointment"] is None


def test_the_resident_can_stop_and_restart_the_updates(hub: Hub) -> None:
    """WCAG 2.2.1: the page that reloads itself every 30 s says so with a link that stops
    it (the same page without the refresh), and one that starts it again; the language
    links keep the choice. No script: the Content-Security-Policy stays as strict."""
    ticket = hub.issue(HOUSING, at(10, 0))
    hub.push()
    live = hub.page(ticket.id).text
    assert '<meta http-equiv="refresh" content="30">' in live
    stop = f'href="?ticket={ticket.id}&amp;lang=en&amp;refresh=off">Stop updating this page</a>'
    assert "This page updates itself every 30 seconds. <a " + stop in live
    stopped = hub.page(ticket.id, lang="en", refresh="off")
    assert stopped.status_code == 200 and "http-equiv" not in stopped.text
    assert "This page does not update itself now." in stopped.text
    assert (
        f'href="?ticket={ticket.id}&amp;lang=en">Update this page every 30 seconds</a>'
        in stopped.text
    )
    assert "You are next in the queue." in stopped.text  # the same page otherwise
    assert f'href="?ticket={ticket.id}&amp;lang=bn&amp;refresh=off"' in stopped.text
    assert "<script" not in stopped.text
    assert stopped.headers["content-security-policy"] == follow.HEADERS["Content-Security-Policy"]
    assert "script-src" not in stopped.headers["content-security-policy"]
    # In the resident's language; and the page of a ticket not yet synced too.
    assert "এই পাতার হালনাগাদ বন্ধ করুন" in hub.page(ticket.id, lang="bn").text
    unknown = "4c2a0c2e-0000-4000-8000-000000000000"
    assert "Stop updating this page" in hub.page(unknown).text
    assert "http-equiv" not in hub.page(unknown, refresh="off").text
    # A finished page does not update itself, and offers nothing to stop.
    hub.act(queue.call_next, desk="Desk 1", now=at(10, 28), service_ids=["housing"])
    hub.act(
        queue.serve, ticket_id=ticket.id, desk="Desk 1",
        outcome=Outcome.RESOLVED_FIRST_CONTACT, now=at(10, 29),
    )  # fmt: skip
    hub.push()
    assert "updating this page" not in hub.page(ticket.id).text


def test_bengali_figures_are_in_the_kiosks_bengali_digits(hub: Hub) -> None:
    from PySide6.QtCore import QLocale

    for code in follow.LANGUAGES:  # the kiosk's own digits (its Qt locale), each language
        assert pages.digits("0123456789", code)[0] == QLocale(code).zeroDigit(), code
    hub.issue(HOUSING, at(10, 0))
    ticket = hub.issue(HOUSING, at(10, 1), language="bn")
    hub.push()
    page = hub.page(ticket.id).text
    assert "লাইনে আপনি ২ নম্বরে আছেন।" in page
    assert "আনুমানিক অপেক্ষা: প্রায় ১৫ থেকে ২৫ মিনিট।" in page
    assert "১০:৩০" in page and "প্রতি ৩০ সেকেন্ডে" in page
    assert not re.search(r"[0-9]", status(page))
    assert ticket.number in page  # the number is the one on the paper
    assert "آپ قطار میں نمبر 2 پر ہیں۔" in hub.page(ticket.id, lang="ur").text  # as the kiosk


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("en", "Monday, 23 November 2026"),
        ("es", "lunes, 23 de noviembre de 2026"),
        ("pl", "poniedziałek, 23 listopada 2026"),
        ("bn", "সোমবার, ২৩ নভেম্বর, ২০২৬"),
    ],
)
def test_an_earlier_days_ticket_names_its_day_in_the_languages_own_way(
    hub: Hub, language: str, day: str
) -> None:
    old = hub.issue(HOUSING, at(16, 50, days=-1))
    hub.push()
    assert day in hub.page(old.id, lang=language).text


def test_the_qr_code_carries_the_tickets_language() -> None:
    """A ticket scanned before it reaches the server is told so in its resident's
    language: the QR code's address says it."""
    from hubkiosk.printing.ticket import queue_url

    base = "https://queue.example.gov.uk/queue"
    ticket = "8d1c0b6e-0000-4000-8000-000000000001"
    assert queue_url(base, ticket, "bn") == f"{base}?ticket={ticket}&lang=bn"
    assert queue_url(base + "?hub=1", ticket, "so") == f"{base}?hub=1&ticket={ticket}&lang=so"
    assert queue_url(None, ticket, "bn") is None


def test_a_ticket_scanned_before_it_syncs_is_told_in_its_language(hub: Hub) -> None:
    from hubkiosk.printing.ticket import queue_url

    ticket = hub.issue(HOUSING, at(10, 0), language="ur")  # not pushed yet
    url = queue_url(f"{hub.central.url}/queue", str(ticket.id), ticket.language)
    assert url is not None
    answer = requests.get(url, headers={"Accept-Language": "en-GB,en"}, timeout=10)
    assert answer.status_code == 404 and '<html lang="ur" dir="rtl">' in answer.text
    assert "ہمیں یہ ٹکٹ نہیں مل رہا" in answer.text


def test_the_page_fits_a_phone_at_200_percent(hub: Hub) -> None:
    """Words break inside their box rather than push the page sideways; the ticket's
    number stays whole ("H-006", not "H-" over "006") and small enough for 195 CSS px.

    QA s36: at 200 % a long word broke anywhere ("Mieszkalnict" over "wo"), with no hyphen.
    Only a word that cannot fit its line breaks (overflow-wrap: break-word), hyphenated where
    the browser knows the page's language (hyphens: auto, under <html lang> in every one of
    them); never "anywhere" or word-break, which break words that would fit."""
    css = (pages.TEMPLATES / "style.css").read_text(encoding="utf-8")
    rules: dict[str, str] = {}
    for selector, declarations in re.findall(r"(\.follow[^{]*)\{([^}]*)\}", css):
        rules.setdefault(selector, declarations)  # the rule itself, not a narrow screen's
    assert "white-space:nowrap" in rules[".follow h1 .number"]
    assert "clamp(2.5rem," in rules[".follow h1 .number"]
    follow_css = "".join(rules.values())
    assert "anywhere" not in follow_css and "word-break" not in follow_css
    for rule in (".follow main", ".follow .service", ".follow .big"):
        assert "overflow-wrap:break-word" in rules[rule], rule
        assert "-webkit-hyphens:auto;hyphens:auto" in rules[rule], rule
    ticket = hub.issue(HOUSING, at(10, 0))
    hub.push()
    for language in follow.LANGUAGES:
        page = hub.page(ticket.id, lang=language).text
        assert re.search(rf'<html lang="{language}"[ >]', page), language


def with_lunch_hour(hub: Hub, tmp_path: Path) -> None:
    """The server's configuration with Bow open 09:00-13:00 and 14:00-17:00 on weekdays."""
    folder = tmp_path / "council"
    shipped = config.default_data_dir()
    shutil.copytree(shipped, folder)
    for part in ("forms", "surveys"):
        shutil.copytree(shipped.parent / part, folder / part)
    hubs = json.loads((folder / "hubs.json").read_text(encoding="utf-8"))
    lunch = [{"open": "09:00", "close": "13:00"}, {"open": "14:00", "close": "17:00"}]
    for entry in hubs["hubs"]:
        if entry["id"] == HUB:
            entry["hours"] = {day: lunch for day in ("mon", "tue", "wed", "thu", "fri")}
    (folder / "hubs.json").write_text(json.dumps(hubs, ensure_ascii=False), encoding="utf-8")
    hub.central.publish(folder)


def test_over_a_lunch_hour_a_waiting_ticket_is_told_when_calls_start_again(
    hub: Hub, tmp_path: Path
) -> None:
    """QA s35: at a hub open 09:00-13:00 and 14:00-17:00, a ticket still waiting at 13:20 read
    "Estimated wait: about 10 to 20 minutes. You can step out..." while no one is called
    until 14:00. Over the break it keeps its place and is told the hub is closed for a break
    and when calls start again, in its language and digits; from 14:00 its wait again."""
    with_lunch_hour(hub, tmp_path)
    for minute in range(40, 42):
        hub.issue(HOUSING, at(12, minute))
    ticket = hub.issue(HOUSING, at(12, 42), language="bn")
    to(hub, at(13, 20))

    assert status(hub.page(ticket.id, lang="en").text) == (
        "You are number 3 in the queue. The hub is closed for a break. Calls start again at "
        "14:00. You can step out for a short while. Please be back before your turn."
    )
    answer = hub.json(ticket.id)
    assert answer["reopens_at"] == at(14, 0).astimezone(TZ).isoformat()
    assert answer["position"] == 3 and answer["closed"] is False
    assert "১৪:০০" in status(hub.page(ticket.id).text)  # Bengali, its digits
    english = "The hub is closed for a break"
    for language in ("so", "ur", "es", "pl"):
        said = status(hub.page(ticket.id, lang=language).text)
        assert english not in said and "14:00" in said, language

    to(hub, at(14, 5))
    page = status(hub.page(ticket.id, lang="en").text)
    assert "break" not in page and "Estimated wait:" in page
    assert hub.json(ticket.id)["reopens_at"] is None


def test_over_a_lunch_hour_a_wait_past_closing_counts_from_when_calls_start_again(
    hub: Hub, tmp_path: Path
) -> None:
    """At 13:20 no one is called until 14:00: a wait that ends before 17:00 counted from
    13:20 but after it counted from 14:00 is told that the hub closes at 17:00."""
    with_lunch_hour(hub, tmp_path)
    to(hub, at(12, 0))
    told = None
    for n in range(40):  # one more in the queue until the wait reaches past closing
        ticket = hub.issue(HOUSING, at(12, 0) + dt.timedelta(seconds=n))
        to(hub, at(13, 20))
        answer = hub.json(ticket.id)
        high = dt.timedelta(minutes=answer["wait"]["high_minutes"])
        if at(13, 20) + high <= at(17, 0) < at(14, 0) + high:
            told = answer
            break
    assert told is not None
    assert told["closes_at"] == at(17, 0).astimezone(TZ).isoformat()
    assert "The hub closes at 17:00." in status(hub.page(ticket.id, lang="en").text)
