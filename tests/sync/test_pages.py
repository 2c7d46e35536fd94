"""The server's pages are templates: one layout, one stylesheet, one chart macro, autoescape
on, figures and dates by Babel in the page's language, no HTML written in Python."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sync.server import pages, render, survey_reports
from sync.server.reports import DeviceHealth, Figures, HubReport

SERVER = Path(pages.__file__).parent
TAG = re.compile(
    r"<(!doctype|html|head|body|div|table|tr|td|th|svg|rect|p|span|h[1-6]|ul|li|a|style|figure|section)[\s>/]",
    re.I,
)


def test_no_html_is_written_in_python_under_sync_server() -> None:
    found = [
        f"{path.relative_to(SERVER)}:{n}"
        for path in sorted(SERVER.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if TAG.search(line)
    ]
    assert found == []


def test_every_page_extends_the_one_layout_and_every_chart_is_the_one_macro() -> None:
    templates = {p.name: p.read_text(encoding="utf-8") for p in pages.TEMPLATES.glob("*.html")}
    pages_ = [n for n in templates if n not in ("base.html", "macros.html")]
    assert {"follow.html", "hub_report.html", "survey_report.html", "feedback_report.html"} <= set(
        pages_
    )
    for name in pages_:
        assert templates[name].lstrip().startswith(("{#", "{% extends")), name
        assert "<style" not in templates[name] and "<svg" not in templates[name], name
    assert [n for n, t in templates.items() if "<svg" in t] == ["macros.html"]
    assert [p.name for p in pages.TEMPLATES.glob("*.css")] == ["style.css"]


def a_report(name: str) -> HubReport:
    figures = Figures(
        hub_id="idea-store-bow",
        hub_name=name,
        visits=18867,
        tickets_by_service={"housing": 12},
        wait_median_minutes=12.5,
        wait_p90_minutes=None,
        referrals=3,
    )
    day = Figures(hub_id="idea-store-bow", hub_name=name, day=dt.date(2026, 3, 2), visits=2)
    device = DeviceHealth("d1", "idea-store-bow", "<kiosk>", None, 0, None, 0, None, False)
    return HubReport(
        start=dt.date(2026, 3, 1),
        end=dt.date(2026, 3, 31),
        generated_at=dt.datetime(2026, 4, 1, 9, 5, tzinfo=dt.UTC),
        hubs=[figures],
        days=[day],
        devices=[device],
    )


def test_values_are_escaped_and_figures_formatted_by_babel() -> None:
    page = render.to_html(a_report('Bow <script>alert("x")</script>'))
    assert "<script" not in page
    assert "Bow &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&lt;kiosk&gt;" in page
    assert 'id="total-visits">18,867<' in page
    assert 'data-figure="wait_median_minutes">12.5<' in page
    assert 'data-figure="wait_p90_minutes">–<' in page
    # The header says which hubs the report is of (all of them here).
    assert "1 March 2026 to 31 March 2026 · all hubs · generated 1 April 2026 09:05 UTC" in page
    assert "Mon 2 Mar 2026" in page
    assert page.count("<svg") == 6 and page.count("<style>") == 1


def test_babel_formats_in_the_pages_language() -> None:
    day = dt.date(2026, 11, 23)
    assert pages.render_string("{{ d | date('EEEE d MMMM y') }}", lang="bn", d=day) == (
        "সোমবার ২৩ নভেম্বর ২০২৬"  # in the kiosk's Bengali digits
    )
    assert pages.render_string("{{ d | date('full') }}", lang="es", d=day) == (
        "lunes, 23 de noviembre de 2026"
    )
    assert pages.render_string("{{ d | date('EEEE d MMMM y') }}", lang="so", d=day) == (
        "Isniin 23 Noofeembar 2026"
    )
    assert pages.render_string("{{ n | number }} {{ p | percent }}", n=1234.5, p=57) == (
        "1,234.5 57%"
    )
    assert pages.render_string("{{ n | number(decimals=2) }}", n=2.5) == "2.50"


def test_the_feedback_page_uses_the_shared_chart_and_layout() -> None:
    report = survey_reports.FeedbackReport(
        start=dt.date(2026, 11, 1),
        end=dt.date(2026, 11, 30),
        hub_ids=[],
        generated_at=dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC),
        count=0,
        average_score=None,
        scores=[],
        by_wait=[],
        by_service=[],
        by_hub=[],
    )
    page = survey_reports.feedback_html(report)
    assert page.startswith("<!doctype html>") and '<body class="report survey">' in page
    # Scores, what it was mostly about, by wait, by service and by hub: each says so when empty.
    assert page.count("No answers in this period") == 5
    assert '<strong id="average">–</strong>' in page


def test_the_reports_fit_a_phone_without_hiding_a_total() -> None:
    """QA s36, the hub report on a 390 px phone: the totals ran on in one row off the screen,
    so "Referral rate" and "Turned away at appointment check-in" (kept beside the visits
    so they are not read as everyone who came) were not seen unless the page was dragged
    sideways; the date form ran off too, and each 790 px chart pushed the page sideways
    with its figures past the edge. The totals and the form wrap onto the next line, and a
    chart wider than the screen scrolls within itself (its figures reached by it), not the
    page."""
    css = (pages.TEMPLATES / "style.css").read_text(encoding="utf-8")
    rules = dict(re.findall(r"(\.report[^{]*)\{([^}]*)\}", css))
    assert "flex-wrap:wrap" in rules[".report .totals"]
    assert "flex-wrap:wrap" in rules[".report form#period"]
    assert "minmax(min(790px,100%),1fr)" in rules[".report .charts"]
    assert "overflow-x:auto" in rules[".report figure.chart"]
