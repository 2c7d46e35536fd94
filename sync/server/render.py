"""The hub report as CSV and as an HTML page with server-rendered SVG bar charts (no JS)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from html import escape

from sync.server import csvsafe
from sync.server.reports import Figures, HubReport

BAR_COLOURS = ("#1d4f91", "#c2410c")


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
    return out.getvalue()


def bar_chart(
    title: str,
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    chart_id: str,
    unit: str = "",
) -> str:
    """A horizontal bar chart as inline SVG; each bar carries its value as text and data-*."""
    row_height = 22 * max(1, len(series)) + 10
    label_width, bar_width, value_width = 230, 420, 70
    height = 30 + row_height * max(1, len(labels)) + (24 if len(series) > 1 else 0)
    width = label_width + bar_width + value_width
    top = max([v for _, values in series for v in values] or [0]) or 1
    parts = [
        f'<figure class="chart" id="{escape(chart_id)}"><figcaption>{escape(title)}</figcaption>',
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
    ]
    if not labels:
        parts.append('<text x="10" y="30" class="empty">No data for this period</text>')
    for i, label in enumerate(labels):
        y0 = 20 + i * row_height
        parts.append(
            f'<text x="{label_width - 8}" y="{y0 + row_height / 2}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(label)}</text>'
        )
        for j, (name, values) in enumerate(series):
            value = values[i]
            length = bar_width * value / top
            y = y0 + 5 + j * 22
            shown = f"{value:g}{unit}"
            parts.append(
                f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="18" '
                f'fill="{BAR_COLOURS[j % len(BAR_COLOURS)]}" data-label="{escape(label)}" '
                f'data-series="{escape(name)}" data-value="{value:g}"><title>{escape(label)}, '
                f"{escape(name)}: {escape(shown)}</title></rect>"
            )
            parts.append(
                f'<text x="{label_width + length + 6:.1f}" y="{y + 13}" class="value">'
                f"{escape(shown)}</text>"
            )
    if len(series) > 1:
        legend_y = height - 12
        x = label_width
        for j, (name, _) in enumerate(series):
            parts.append(
                f'<rect x="{x}" y="{legend_y - 10}" width="12" height="12" '
                f'fill="{BAR_COLOURS[j % len(BAR_COLOURS)]}"/>'
                f'<text x="{x + 18}" y="{legend_y}">{escape(name)}</text>'
            )
            x += 40 + 8 * len(name)
    parts.append("</svg></figure>")
    return "".join(parts)


def _number(value: float | int | None) -> str:
    return "–" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:g}"


def to_html(report: HubReport) -> str:
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
    totals = report.totals
    charts = [
        bar_chart(
            "Visits by hub", names, [("Visits", [f.visits for f in hubs])], chart_id="chart-visits"
        ),
        bar_chart(
            "Tickets by service (all hubs)",
            [report.service_names.get(s, s) for s, _ in top_services],
            [("Tickets", [n for _, n in top_services])],
            chart_id="chart-services",
        ),
        bar_chart(
            "Waiting time (minutes from check-in to call)",
            [f.hub_name for f in waited],
            [
                ("Median", [f.wait_median_minutes or 0.0 for f in waited]),
                ("90th percentile", [f.wait_p90_minutes or 0.0 for f in waited]),
            ],
            chart_id="chart-waits",
            unit=" min",
        ),
        bar_chart(
            "Resolved at first contact and referred, by hub",
            names,
            [
                ("Resolved at first contact", [f.resolved_first_contact for f in hubs]),
                ("Referred", [f.referrals for f in hubs]),
            ],
            chart_id="chart-outcomes",
        ),
        bar_chart(
            "Referrals by destination",
            [d for d, _ in top_destinations],
            [("Referrals", [n for _, n in top_destinations])],
            chart_id="chart-referrals",
        ),
    ]
    hub_rows = "".join(
        f'<tr data-hub="{escape(f.hub_id)}"><th scope="row">{escape(f.hub_name)}</th>'
        f'<td data-figure="visits">{_number(f.visits)}</td>'
        f'<td data-figure="wait_median_minutes">{_number(f.wait_median_minutes)}</td>'
        f'<td data-figure="wait_p90_minutes">{_number(f.wait_p90_minutes)}</td>'
        f'<td data-figure="referrals">{_number(f.referrals)}</td>'
        f'<td data-figure="resolved_first_contact">{_number(f.resolved_first_contact)}</td></tr>'
        for f in hubs
    )
    day_rows = "".join(
        f'<tr data-hub="{escape(f.hub_id)}" data-day="{f.day.isoformat() if f.day else ""}">'
        f"<td>{f.day:%a %d %b %Y}</td><td>{escape(f.hub_name)}</td>"
        f'<td data-figure="visits">{_number(f.visits)}</td>'
        f'<td data-figure="wait_median_minutes">{_number(f.wait_median_minutes)}</td>'
        f'<td data-figure="wait_p90_minutes">{_number(f.wait_p90_minutes)}</td>'
        f'<td data-figure="referrals">{_number(f.referrals)}</td>'
        f'<td data-figure="resolved_first_contact">{_number(f.resolved_first_contact)}</td></tr>'
        for f in sorted(report.days, key=lambda f: (f.day or report.start, f.hub_name))
    )
    device_rows = "".join(
        f'<tr data-device="{escape(d.device_id)}"><td>{escape(d.hub_id)}</td><td>{escape(d.name)}</td>'
        f"<td>{escape(d.last_seen_at.strftime('%Y-%m-%d %H:%M UTC') if d.last_seen_at else 'never')}</td>"
        f"<td>{_number(d.pending)}</td><td>{_number(d.dead_letters)}</td>"
        f"<td>{'revoked' if d.revoked else 'active'}</td></tr>"
        for d in report.devices
    )
    period = f"{report.start:%d %B %Y} to {report.end:%d %B %Y}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Residents' Hubs report, {escape(period)}</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; margin: 24px; color: #1b1b1b; }}
h1 {{ font-size: 26px; margin-bottom: 4px; }}
.totals {{ display: flex; gap: 16px; margin: 16px 0 24px; }}
.total {{ border: 2px solid #1d4f91; border-radius: 6px; padding: 10px 18px; }}
.total strong {{ display: block; font-size: 28px; }}
.charts {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(740px, 1fr)); gap: 16px; }}
figure.chart {{ margin: 0; }} figcaption {{ font-weight: bold; margin-bottom: 6px; }}
svg text {{ font-size: 13px; fill: #1b1b1b; }}
table {{ border-collapse: collapse; margin: 12px 0 24px; }}
th, td {{ border: 1px solid #b1b4b6; padding: 6px 10px; text-align: right; }}
th[scope=row], thead th, #devices td, #days td:nth-child(-n+2) {{ text-align: left; }}
</style></head>
<body>
<h1>Residents' Hubs: visits, waits and outcomes</h1>
<p>{escape(period)} · generated {report.generated_at:%d %B %Y %H:%M} UTC</p>
<div class="totals">
<div class="total">Visits<strong id="total-visits">{totals["visits"]:,}</strong></div>
<div class="total">Referrals<strong id="total-referrals">{totals["referrals"]:,}</strong></div>
<div class="total">Resolved at first contact<strong id="total-resolved">{totals["resolved_first_contact"]:,}</strong></div>
</div>
<div class="charts">{"".join(charts)}</div>
<h2>By hub</h2>
<table id="hubs"><thead><tr><th>Hub</th><th>Visits</th><th>Median wait (min)</th>
<th>90th percentile wait (min)</th><th>Referrals</th><th>Resolved at first contact</th></tr></thead>
<tbody>{hub_rows}</tbody></table>
<h2>By day</h2>
<table id="days"><thead><tr><th>Day</th><th>Hub</th><th>Visits</th><th>Median wait (min)</th>
<th>90th percentile wait (min)</th><th>Referrals</th><th>Resolved at first contact</th></tr></thead>
<tbody>{day_rows}</tbody></table>
<h2>Kiosk health</h2>
<table id="devices"><thead><tr><th>Hub</th><th>Kiosk</th><th>Last seen</th><th>Waiting to send</th>
<th>Set aside</th><th>Status</th></tr></thead><tbody>{device_rows}</tbody></table>
</body></html>
"""
