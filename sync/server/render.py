"""The hub report as CSV and as an HTML page with server-rendered SVG bar charts (no JS).

The page is the template ``templates/hub_report.html`` (see :mod:`sync.server.pages`)."""

from __future__ import annotations

import io
from collections import Counter

from sync.server import csvsafe, pages
from sync.server.pages import series_chart
from sync.server.reports import Figures, HubReport


def to_csv(report: HubReport) -> str:
    """Long format: one row per hub (and day), figure and key, so every figure fits."""
    out = io.StringIO()
    writer = csvsafe.writer(out)
    writer.writerow(["from", "to", "hub_id", "hub_name", "day", "figure", "key", "value"])

    def rows(figures: Figures) -> None:
        day = figures.day.isoformat() if figures.day else ""
        base = [
            report.start.isoformat(),
            report.end.isoformat(),
            figures.hub_id,
            figures.hub_name,
            day,
        ]
        simple = {
            "visits": figures.visits,
            "referrals": figures.referrals,
            "resolved_first_contact": figures.resolved_first_contact,
            "follow_up_booked": figures.follow_up_booked,
            "waits_counted": figures.waits_counted,
            "wait_median_minutes": figures.wait_median_minutes,
            "wait_p90_minutes": figures.wait_p90_minutes,
        }
        for name, value in simple.items():
            writer.writerow([*base, name, "", "" if value is None else value])
        for service, count in sorted(figures.tickets_by_service.items()):
            writer.writerow([*base, "tickets_by_service", service, count])
        for destination, count in sorted(figures.referrals_by_destination.items()):
            writer.writerow([*base, "referrals_by_destination", destination, count])

    for figures in report.hubs:
        rows(figures)
    for figures in report.days:
        rows(figures)
    channel_shift_rows(report, writer)
    return out.getvalue()


def channel_shift_rows(report: HubReport, writer: csvsafe.SafeWriter) -> None:
    """The channel shift (issue 15) in the same long format: ``day`` is the week's Monday,
    ``key`` is ``<activity>:<service or form>``, figures ``self_service``, ``assisted``
    and their shares in percent."""
    for row in report.channel_shift:
        base = [report.start.isoformat(), report.end.isoformat(), row.hub_id, row.hub_name]
        key = f"{row.activity}:{row.service_id or ''}"
        figures = {
            "self_service": row.self_service,
            "assisted": row.assisted,
            "self_service_share": row.self_service_share,
            "assisted_share": row.assisted_share,
        }
        for name, value in figures.items():
            writer.writerow([*base, row.week.isoformat(), name, key, value])


def to_html(report: HubReport) -> str:
    """The report page (``templates/hub_report.html``): Python picks and orders the figures
    and builds the charts' data; the template writes the page."""
    hubs = report.hubs
    names = [f.hub_name for f in hubs]
    services: Counter[str] = Counter()
    destinations: Counter[str] = Counter()
    for f in hubs:
        services.update(f.tickets_by_service)
        destinations.update(f.referrals_by_destination)
    top_services = services.most_common()
    top_destinations = destinations.most_common(12)
    waited = [f for f in hubs if f.wait_median_minutes is not None]
    charts = [
        series_chart(
            "chart-visits", "Visits by hub", names, [("Visits", [f.visits for f in hubs])]
        ),
        series_chart(
            "chart-services",
            "Tickets by service (all hubs)",
            [report.service_names.get(s, s) for s, _ in top_services],
            [("Tickets", [n for _, n in top_services])],
        ),
        series_chart(
            "chart-waits",
            "Waiting time (minutes from check-in to call)",
            [f.hub_name for f in waited],
            [
                ("Median", [f.wait_median_minutes or 0.0 for f in waited]),
                ("90th percentile", [f.wait_p90_minutes or 0.0 for f in waited]),
            ],
            unit=" min",
        ),
        series_chart(
            "chart-outcomes",
            "Resolved at first contact and referred, by hub",
            names,
            [
                ("Resolved at first contact", [f.resolved_first_contact for f in hubs]),
                ("Referred", [f.referrals for f in hubs]),
            ],
        ),
        series_chart(
            "chart-referrals",
            "Referrals by destination",
            [d for d, _ in top_destinations],
            [("Referrals", [n for _, n in top_destinations])],
        ),
    ]
    days = sorted(report.days, key=lambda f: (f.day or report.start, f.hub_name))
    return pages.render(
        "hub_report.html", report=report, totals=report.totals, charts=charts, days=days
    )
