"""The hub report as CSV (all figures, or one table of the page) and as an HTML page with
server-rendered SVG bar charts (no JS).

The page is the template ``templates/hub_report.html`` (see :mod:`sync.server.pages`)."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import replace
from urllib.parse import urlencode

from sync.server import csvsafe, pages
from sync.server.fleet import duration
from sync.server.pages import series_chart
from sync.server.reports import TURNED_AWAY_REASONS, Figures, HubReport, WeekSpan
from sync.server.survey_reports import MIN_RESPONSES_SHOWN

#: The report's tables, each also served as its own CSV (``table=``); "all" is long format.
TABLES = ("hubs", "weeks", "days", "destinations", "channel_shift", "devices")

_FIGURE_COLUMNS = (
    "visits",
    "wait_median_minutes",
    "wait_p90_minutes",
    "waits_counted",
    "referrals",
    "referral_rate",
    "resolved_first_contact",
    "first_contact_rate",
    "follow_up_booked",
    "turned_away",
)
#: The tables' columns of residents turned away at appointment check-in, by reason.
_REASON_COLUMNS = tuple(f"turned_away_{reason}" for reason in TURNED_AWAY_REASONS)
_TABLE_COLUMNS = (*_FIGURE_COLUMNS, *_REASON_COLUMNS)
#: After a week's figures: how many of its days are in the report's range, which ones (the
#: range's first and last weeks may be part weeks, their figures of those days alone).
_SPAN_COLUMNS = ("days_in_range", "first_day_in_range", "last_day_in_range")
#: The long CSV's columns (``all``), as they have always been.
_LONG_COLUMNS = ("from", "to", "hub_id", "hub_name", "day", "figure", "key", "value")
#: A part week's bar in the chart of visits by week: lighter, beside whole weeks' bars.
PART_WEEK_COLOUR = "#8fa8cc"


def _span_values(span: WeekSpan) -> list[object]:
    """The row of ``span`` under :data:`_SPAN_COLUMNS`."""
    return [span.days, span.first.isoformat(), span.last.isoformat()]


def _figure_values(figures: Figures) -> list[object]:
    """The row of ``figures`` under :data:`_TABLE_COLUMNS` ("" for no figure)."""
    values: list[object] = [getattr(figures, name) for name in _FIGURE_COLUMNS]
    by_reason = figures.turned_away_by_reason
    values += [by_reason.get(reason, 0) for reason in TURNED_AWAY_REASONS]
    return ["" if value is None else value for value in values]


def to_csv(report: HubReport, table: str = "all") -> str:
    """``all``: long format, one row per hub (and day), figure and key, so every figure fits;
    then the weeks of every hub together (``hub_id`` empty, as in the weeks table) and the
    channel shift's weeks. A week's ``day`` is its first day in the range (its Monday,
    unless the range starts later in the week): no row is dated before ``from``. Each week
    also has the figures ``week_starting`` (its Monday) and ``days_in_range`` (fewer than 7
    for a part week, the range's first or last).
    Every week of the range is there, a week nothing was recorded in with zeros, and says
    how many hubs sent no records for it (``hubs_without_records``) and which
    (``no_records_from``, key the hub's id, value 1).
    A table's name (:data:`TABLES`): that table of the page, one row per line of it; the
    hubs, weeks and days tables also count the residents turned away at appointment
    check-in, by reason (``turned_away_<reason>``), which the page shows in a table of
    their own. The weeks and channel-shift tables end with how many of each week's days
    are in the range, and its first and last (``days_in_range``, ``first_day_in_range``,
    ``last_day_in_range``): ``week_starting`` is the week's Monday, which may be before
    ``from``; the weeks table ends with the ids of the hubs that sent no records for the
    week, space-separated (``hubs_without_records``).
    Every day of the range is there for every hub, with zeros when nothing was recorded:
    the days table ends with ``no_records`` (true if the hub sent no records for the day),
    and in long format each hub's day has the figure ``no_records`` (1 or 0). The channel
    shift has one row for each hub's week with no ticket, check-in or form (activity and
    service empty, no shares), its ``no_records`` saying whether the hub sent nothing at
    all."""
    out = io.StringIO()
    writer = csvsafe.writer(out)
    period = [report.start.isoformat(), report.end.isoformat()]
    if table == "hubs":
        writer.writerow(["from", "to", "hub_id", "hub_name", *_TABLE_COLUMNS])
        for f in report.hubs:
            writer.writerow([*period, f.hub_id, f.hub_name, *_figure_values(f)])
        return out.getvalue()
    if table == "days":
        writer.writerow(["from", "to", "day", "hub_id", "hub_name", *_TABLE_COLUMNS, "no_records"])
        for f in report.days:
            day = f.day.isoformat() if f.day else ""
            silent = "true" if report.no_records_on(f) else "false"
            writer.writerow([*period, day, f.hub_id, f.hub_name, *_figure_values(f), silent])
        return out.getvalue()
    if table == "weeks":
        writer.writerow(
            [
                "from",
                "to",
                "week_starting",
                "hub_id",
                "hub_name",
                *_TABLE_COLUMNS,
                *_SPAN_COLUMNS,
                "hubs_without_records",
            ]
        )
        for f in report.named_weeks:
            if f.day is None:
                continue
            values = [*_figure_values(f), *_span_values(report.week_span(f.day))]
            values.append(" ".join(report.hubs_without_records(f.day)))
            writer.writerow([*period, f.day.isoformat(), f.hub_id, f.hub_name, *values])
        return out.getvalue()
    if table == "destinations":
        writer.writerow(["from", "to", "hub_id", "hub_name", "destination", "name", "referrals"])
        for f in report.hubs:
            for key, count in sorted(f.referrals_by_destination.items()):
                name = report.destination_name(key)
                writer.writerow([*period, f.hub_id, f.hub_name, key, name, count])
        return out.getvalue()
    if table == "channel_shift":
        writer.writerow(
            [
                "from",
                "to",
                "week_starting",
                "hub_id",
                "hub_name",
                "activity",
                "service_id",
                "service_name",
                "self_service",
                "assisted",
                "self_service_share",
                "assisted_share",
                *_SPAN_COLUMNS,
                "no_records",
            ]
        )
        for c in report.channel_shift:
            writer.writerow(
                [
                    *period,
                    c.week.isoformat(),
                    c.hub_id,
                    c.hub_name,
                    c.activity,
                    c.service_id or "",
                    c.service_name,
                    c.self_service,
                    c.assisted,
                    "" if c.self_service_share is None else c.self_service_share,
                    "" if c.assisted_share is None else c.assisted_share,
                    *_span_values(report.week_span(c.week)),
                    "true" if c.no_records else "false",
                ]
            )
        return out.getvalue()
    if table == "devices":
        writer.writerow(
            [
                "hub_id",
                "hub_name",
                "kiosk",
                "last_seen_at",
                "pending",
                "dead_letters",
                "status",
                "silent",
            ]
        )
        for d in report.devices:
            seen = d.last_seen_at.isoformat() if d.last_seen_at else ""
            status = "revoked" if d.revoked else "active"
            # Silent: its counts are as at its last contact (see the page).
            silent = "true" if d.silent else "false"
            name = d.hub_name or d.hub_id
            writer.writerow(
                [d.hub_id, name, d.name, seen, d.pending, d.dead_letters, status, silent]
            )
        return out.getvalue()
    writer.writerow(_LONG_COLUMNS)

    def rows(figures: Figures, span: WeekSpan | None = None) -> None:
        # A week is dated by its first day in the range, its Monday a figure of its own.
        day = span.first if span is not None else figures.day
        base = [*period, figures.hub_id, figures.hub_name, day.isoformat() if day else ""]
        simple = {name: getattr(figures, name) for name in _FIGURE_COLUMNS}
        if span is not None:
            simple = {**_week_figures(span), **simple}
        for name, value in simple.items():
            writer.writerow([*base, name, "", "" if value is None else value])
        for service, count in sorted(figures.tickets_by_service.items()):
            writer.writerow([*base, "tickets_by_service", service, count])
        for destination, count in sorted(figures.referrals_by_destination.items()):
            writer.writerow([*base, "referrals_by_destination", destination, count])
        for reason, count in figures.turned_away_by_reason.items():
            writer.writerow([*base, "turned_away_by_reason", reason, count])
        if span is not None:  # the hubs that sent no records for the week: its 0s are not counts
            silent = report.hubs_without_records(span.monday)
            writer.writerow([*base, "hubs_without_records", "", len(silent)])
            for hub_id in silent:
                writer.writerow([*base, "no_records_from", hub_id, 1])
        elif figures.day is not None:  # a hub's day: whether the hub sent no records for it
            writer.writerow([*base, "no_records", "", int(report.no_records_on(figures))])

    for figures in report.hubs:
        rows(figures)
    for figures in report.days:
        rows(figures)
    for figures in report.named_weeks:
        if figures.day is not None:
            rows(figures, report.week_span(figures.day))
    channel_shift_rows(report, writer)
    return out.getvalue()


def _week_figures(span: WeekSpan) -> dict[str, object]:
    """A week's figures in the long CSV that say which days it is of."""
    return {"week_starting": span.monday.isoformat(), "days_in_range": span.days}


def channel_shift_rows(report: HubReport, writer: csvsafe.SafeWriter) -> None:
    """The channel shift (issue 15) in the same long format: ``day`` is the week's first
    day in the range (its Monday, unless the range starts later in the week: never before
    ``from``); ``key`` is ``<activity>:<service or form>``, figures ``week_starting`` (the
    week's Monday), ``days_in_range`` (fewer than 7 for a part week), ``self_service``,
    ``assisted`` and their shares in percent (empty for none). A hub's week with no
    ticket, check-in or form has one row, key ``:``, with zeros and ``no_records`` (1 if
    the hub sent no records at all for it)."""
    for row in report.channel_shift:
        base = [report.start.isoformat(), report.end.isoformat(), row.hub_id, row.hub_name]
        span = report.week_span(row.week)
        key = f"{row.activity}:{row.service_id or ''}"
        figures: dict[str, object] = {
            **_week_figures(span),
            "self_service": row.self_service,
            "assisted": row.assisted,
            "self_service_share": row.self_service_share,
            "assisted_share": row.assisted_share,
        }
        if not row.activity:  # a hub's week with nothing: did it send any record at all?
            figures["no_records"] = int(row.no_records)
        for name, value in figures.items():
            value = "" if value is None else value
            writer.writerow([*base, span.first.isoformat(), name, key, value])


def to_html(report: HubReport, key: str | None = None) -> str:
    """The report page (``templates/hub_report.html``): Python picks and orders the figures
    and builds the charts' data; the template writes the page. ``key`` (the report key the
    page was asked with, if in the address) goes into the date form and the CSV links."""
    hubs = report.hubs
    names = [f.hub_name for f in hubs]
    services: Counter[str] = Counter()
    destinations: Counter[str] = Counter()
    for f in hubs:
        services.update(f.tickets_by_service)
        destinations.update(f.referrals_by_destination)
    top_services = services.most_common()
    top_destinations = destinations.most_common(12)
    destination_rows = sorted(
        ((report.destination_name(k), n) for k, n in destinations.items()),
        key=lambda pair: (-pair[1], pair[0]),
    )
    waited = [f for f in hubs if f.wait_median_minutes is not None]
    weeks = [(f, report.week_span(f.day)) for f in report.weeks if f.day is not None]
    charts = [
        series_chart(
            "chart-visits", "Visits by hub", names, [("Visits", [f.visits for f in hubs])]
        ),
        series_chart(
            "chart-services",
            f"Tickets by service ({report.scope})",
            [report.service_names.get(s, s) for s, _ in top_services],
            [("Tickets", [n for _, n in top_services])],
        ),
        series_chart(
            "chart-waits",
            "Waiting time (minutes from check-in, or an early arrival's appointment time, "
            "to being called)",
            [f.hub_name for f in waited],
            [
                ("Median", [f.wait_median_minutes or 0.0 for f in waited]),
                ("90th percentile", [f.wait_p90_minutes or 0.0 for f in waited]),
            ],
            unit=" min",
            decimals=1,  # 55.0 beside 45.5, as in the tables
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
            [report.destination_name(d) for d, _ in top_destinations],
            [("Referrals", [n for _, n in top_destinations])],
        ),
        _weeks_chart(report, weeks),
    ]
    days = sorted(report.days, key=lambda f: (f.day or report.start, f.hub_name))
    return pages.render(
        "hub_report.html",
        report=report,
        totals=report.totals,
        rates=report.rates,
        baseline=report.baseline,
        charts=charts,
        days=days,
        weeks=weeks,
        destinations=destination_rows,
        csv_links={table: _address(report, "csv", key, table) for table in ("all", *TABLES)},
        turned_away=report.turned_away,
        reasons=TURNED_AWAY_REASONS,
        key=key,
        duration=duration,
        # A median of fewer waits than the reports' small-count rule is marked as such.
        min_waits=MIN_RESPONSES_SHOWN,
    )


def _weeks_chart(report: HubReport, weeks: list[tuple[Figures, WeekSpan]]) -> pages.Chart:
    """Visits by week: a part week's label says how many of its days are in the range, and
    its bar is lighter, so that it is not read as a dip beside whole weeks; a week some hub
    sent no records for says so ("no records from 1 of 2 hubs", or "no records")."""

    def label(span: WeekSpan) -> str:
        notes = [] if span.whole else [f"{span.days} day{'s' if span.days > 1 else ''} in range"]
        notes += [note] if (note := report.no_records(span.monday, short=True)) else []
        return f"w/c {span.monday:%d %b %Y}" + (f" ({'; '.join(notes)})" if notes else "")

    chart = series_chart(
        "chart-weeks",
        f"Visits by week ({report.scope})",
        [label(span) for _, span in weeks],
        [("Visits in the week", [f.visits for f, _ in weeks])],
    )
    rows = [
        row
        if span.whole
        else replace(row, bars=[replace(bar, colour=PART_WEEK_COLOUR) for bar in row.bars])
        for row, (_, span) in zip(chart.rows, weeks, strict=True)
    ]
    return replace(chart, rows=rows)


def _address(report: HubReport, fmt: str, key: str | None, table: str) -> str:
    """The report's own address (relative) in another format or table."""
    query: list[tuple[str, str]] = [("from", report.start.isoformat())]
    query += [("to", report.end.isoformat()), ("format", fmt)]
    query += [("hub", hub_id) for hub_id in report.hub_ids]
    if table != "all":
        query.append(("table", table))
    if key:
        query.append(("key", key))
    return "hubs?" + urlencode(query)
