"""The mayor's dashboard: the programme at a glance for the period of the top bar, with a
drill-down from a direction to one indicator's trend, the executors' rating and, when the
database holds several programmes, the municipalities side by side.

Start stays fast: the overview is painted without a chart library (pyqtgraph is imported
when the first trend is opened), figures are computed only while the page is shown, and
the 40-programme comparison only when its tab is opened (off the GUI thread). Figures are
cached per programme and period while the page stays on screen, so switching back and
forth costs nothing; leaving the page drops the cache, as data may change elsewhere.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meapp.errors import MeappError
from meapp.models.periods import Period, PeriodError
from meapp.services.dashboard import figures as dash
from meapp.services.dashboard.budget_years import YearBudget, year_budget
from meapp.services.monitoring import status as st
from meapp.ui import labels
from meapp.ui.context import AppContext, Scope
from meapp.ui.dashboard.common import translate
from meapp.ui.dashboard.deadlines import OverdueBanner
from meapp.ui.dashboard.direction_view import DirectionView
from meapp.ui.dashboard.executors import ExecutorsView
from meapp.ui.dashboard.municipalities import MunicipalitiesView
from meapp.ui.dashboard.overview import OverviewView
from meapp.ui.messages import error_text
from meapp.ui.pages.base import EmptyState, Page, title_label

if TYPE_CHECKING:
    from meapp.ui.dashboard.trend import IndicatorView

log = logging.getLogger(__name__)

# After the overview is on screen, the page warms its cache off the GUI thread: the measures
# of the period (for a direction or the executors) and the neighbouring periods' overviews
# (for a period switch). The delay keeps the work out of the start.
PREFETCH_DELAY_MS = 300

# Figures computed before the window existed (while the password was checked at start),
# taken over by the first dashboard page built.
_computed_at_start: dict[tuple[str, str], dash.Overview] = {}


def compute_before_window(db, program_id: str, period: str) -> None:
    """Compute the overview the dashboard opens on, for the page to take over.

    The start calls this on the GUI thread while argon2 checks the password in another:
    the hash leaves the GIL free, so the figures come at no cost to the start. A failure
    leaves nothing behind and the page computes (and reports) as it always does.
    """
    try:
        _computed_at_start[(program_id, period)] = dash.overview(db, program_id, period)
    except Exception:  # noqa: BLE001 - the page will compute and say what is wrong
        log.debug("no overview before the window", exc_info=True)


def forget_computed_before_window() -> None:
    """Drop figures computed at start that no window took over (the password was wrong:
    by the time the user has typed the right one they may be out of date)."""
    _computed_at_start.clear()


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: dash.Overview | None = None
        self.direction_id: str | None = None
        self.indicator_id: str | None = None
        self._dirty = True
        self._program_id: str | None = None
        self._overviews: dict[tuple[str, str], dash.Overview] = dict(_computed_at_start)
        self._attention: dict[tuple, list] = {}  # needs-attention items by (programme, period)
        self._attention_key: tuple | None = None
        _computed_at_start.clear()
        self._measures: dict[tuple[str, str], list[st.MeasureRow]] = {}
        self._series: dict[str, st.IndicatorSeries] = {}
        self._executors: dict[tuple[str, str], tuple[dash.ExecutorRow, ...]] = {}
        self._municipalities: dict[str, tuple[dash.MunicipalityRow, ...]] = {}
        self._loading_period: str | None = None
        self._program_count = 0
        self._generation = 0  # bumped when the cache is dropped: late results are ignored
        self._in_flight: set[tuple[str, str, str]] = set()
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)
        # Created with the first trend (its module imports pyqtgraph, kept off the start).
        self.indicator_view: IndicatorView | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 10, 18, 10)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState("dashboard")
        self.stack.addWidget(self.empty)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.heading = title_label()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("Muted")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)

        self.notice = QWidget()
        self.notice.setObjectName("DashboardNotice")
        self.notice.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.notice.setStyleSheet(
            "QWidget#DashboardNotice { background: #FFF4DC; border: 1px solid #E69F00;"
            " border-radius: 4px; }"
        )
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(10, 4, 6, 4)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_button = QPushButton()
        self.notice_button.clicked.connect(lambda: self.page_requested.emit("monitoring"))
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.notice_button)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.overdue_banner = OverdueBanner()  # the reporting calendar's late deadlines
        self.overdue_banner.calendar_requested.connect(self.open_calendar)
        layout.addWidget(self.overdue_banner)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        overview_tab = QWidget()
        tab_layout = QVBoxLayout(overview_tab)
        tab_layout.setContentsMargins(0, 8, 0, 0)
        tab_layout.setSpacing(6)
        self.crumbs_row = QWidget()
        crumbs = QHBoxLayout(self.crumbs_row)
        crumbs.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton()
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.go_back)
        self.crumbs = QLabel()
        self.crumbs.setTextFormat(Qt.TextFormat.RichText)
        # a long Kyrgyz indicator name wraps instead of widening the window past the screen
        self.crumbs.setWordWrap(True)
        self.crumbs.linkActivated.connect(self._crumb)
        crumbs.addWidget(self.back_button)
        crumbs.addWidget(self.crumbs, 1)
        self.crumbs_row.hide()
        tab_layout.addWidget(self.crumbs_row)
        self.levels = QStackedWidget()
        self.overview_view = OverviewView()
        self.overview_view.direction_activated.connect(self.open_direction)
        self.overview_view.attention_activated.connect(
            lambda: self.page_requested.emit("evaluation")
        )
        self.direction_view = DirectionView()
        self.direction_view.indicator_activated.connect(self.open_indicator)
        self.levels.addWidget(self.overview_view)
        self.levels.addWidget(self.direction_view)
        tab_layout.addWidget(self.levels, 1)
        self.tabs.addTab(overview_tab, "")

        self.executors_view = ExecutorsView()
        self.tabs.addTab(self.executors_view, "")
        self.municipalities_view = MunicipalitiesView()
        self.municipalities_view.program_requested.connect(self._open_program)
        self.tabs.addTab(self.municipalities_view, "")
        self.tabs.setTabVisible(2, False)
        self._add_summary_progress()

        self.stack.addWidget(content)
        self.content = content
        self.retranslate_ui()

    # -- scope and data -----------------------------------------------------------------
    def set_scope(self, scope: Scope) -> None:
        old = self.scope
        super().set_scope(scope)
        if old.round != scope.round and old.period == scope.period:
            self._drop_cache()  # a round was submitted, approved or reopened
        if scope.program_id != self._program_id:
            self._program_id = scope.program_id
            self.direction_id = None
            self.indicator_id = None
            self.tabs.setCurrentIndex(0)
        if self.isVisible():
            self._refresh(switch=old.program_id == scope.program_id and old.period != scope.period)
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # data may change on other pages: compute afresh when the page is shown again
        self._drop_cache()
        self._dirty = True
        super().hideEvent(event)

    def _drop_cache(self) -> None:
        self._generation += 1
        self._in_flight.clear()
        self._prefetch_timer.stop()
        self._overviews.clear()
        self._attention = {}
        self._measures.clear()
        self._series.clear()
        self._executors.clear()
        self._municipalities.clear()

    def refresh(self) -> None:
        """Show the scope's figures (from the cache when this programme-period was seen)."""
        self._refresh(switch=False)

    def _refresh(self, *, switch: bool) -> None:
        """`refresh`; `switch`: only the period changed (the top bar's combo). The figures
        then come at once and what does not depend on the period, or is not shown yet, is
        not waited for: the calendar's late deadlines are the programme's (kept), and the
        measures grid the needs-attention line wants is computed off the GUI thread. A
        first look (the page shown, another programme, a screenshot) shows it all."""
        self._dirty = False
        p = self.scope.program
        if p is None or self.scope.period is None:
            self.overview = None
            self.stack.setCurrentWidget(self.empty)
            self._empty_texts()
            return
        self.stack.setCurrentWidget(self.content)
        self._program_count = dash.program_count(self.ctx.db)
        self.tabs.setTabVisible(2, self._program_count > 1)
        key = (p.id, self.scope.period)
        o = self._overviews.get(key)
        if o is None:
            try:
                o = self._overviews[key] = dash.overview(self.ctx.db, p.id, self.scope.period)
            except MeappError as exc:
                # e.g. the programme was removed meanwhile: say so instead of stale figures
                self.overview = None
                self.stack.setCurrentWidget(self.empty)
                self.empty.set_texts(
                    translate("Dashboard", "The figures cannot be shown"), error_text(exc)
                )
                return
        self.overview = o
        self.overview_view.show_overview(o)
        # What is open before the chosen period's round is decided (the quality gate's
        # list): asked right after the figures are on screen, so a period switch shows its
        # figures without waiting for it; cached with the figures.
        self._attention_key = key
        QTimer.singleShot(0, lambda: self._show_attention(key, wait=not switch))
        self._show_level()
        self._fill_header()
        if not switch:
            self.overdue_banner.show_program(self.ctx.db, p.id)
        self._tab_changed(self.tabs.currentIndex())
        if self.isVisible():
            self._prefetch_timer.start()

    def _show_attention(self, key: tuple, *, wait: bool = True) -> None:
        """The needs-attention line of the chosen period, from the overview's status and the
        period's measures grid (the grid a direction and the executors use too). Without
        `wait` (a period switch) and without the grid, the line shows at once what the
        status holds, the grid is computed off the GUI thread and the measures past their
        deadline join the line when it comes: the switch does not wait for a grid it does
        not show."""
        o = self.overview
        if self._attention_key != key or o is None:
            return  # the user has moved on to another programme or period
        items = self._attention.get(key)
        if items is None:
            rows = self._measures.get((o.program_id, o.period))
            if rows is None and not o.is_fallback:
                if not wait:
                    self.overview_view.show_attention(self._attention_items(o, ()))
                    self._compute_measures(o)
                    return
                try:
                    rows = self.measures()
                except MeappError:
                    rows = None  # the line says nothing then (the page says what is wrong)
            items = self._attention[key] = self._attention_items(o, rows)
        self.overview_view.show_attention(items)

    def _attention_items(self, o: dash.Overview, rows) -> list:
        try:
            return dash.attention(self.ctx.db, o, rows)
        except MeappError:
            return []

    def measures(self) -> list[st.MeasureRow]:
        """The measures grid of the period the figures are for (cached)."""
        o = self.overview
        assert o is not None
        key = (o.program_id, o.period)
        rows = self._measures.get(key)
        if rows is None:
            rows = self._measures[key] = st.measure_rows(self.ctx.db, o.program_id, o.period)
        return rows

    # -- cache warming ------------------------------------------------------------------
    def _prefetch(self) -> None:
        o, p = self.overview, self.scope.program
        if o is None or p is None or not self.isVisible():
            return
        db, pid = self.ctx.db, o.program_id
        if (pid, o.period) not in self._measures:
            self._compute_measures(o)
        for code in self._neighbours(p.start_year, p.end_year, self.scope.period):
            if (pid, code) not in self._overviews:
                self._start(
                    ("overview", pid, code),
                    lambda code=code: dash.overview(db, pid, code),
                    lambda result, key=(pid, code): self._overviews.__setitem__(key, result),
                )

    def _compute_measures(self, o: dash.Overview) -> None:
        """The measures grid of the overview's period, off the GUI thread."""
        db, key = self.ctx.db, (o.program_id, o.period)
        self._start(
            ("measures", *key),
            lambda: st.measure_rows(db, *key),
            lambda rows: self._measures_ready(key, rows),
        )

    def _measures_ready(self, key: tuple[str, str], rows: list[st.MeasureRow]) -> None:
        self._measures[key] = rows
        o = self.overview
        if o is not None and (o.program_id, o.period) == key and self._attention_key:
            self._show_attention(self._attention_key)  # the overdue measures join the line

    @staticmethod
    def _neighbours(start: int, end: int, code: str | None) -> list[str]:
        """The periods before and after `code` within the programme's years."""
        try:
            p = Period.parse(code or "")
        except PeriodError:
            return []
        return [str(n) for n in (p.previous(), p.next()) if start <= n.year <= end]

    def _start(self, tag: tuple[str, str, str], work, store) -> None:
        if tag in self._in_flight:
            return
        self._in_flight.add(tag)
        generation = self._generation
        from meapp.ui.worker import run_task

        def finished(result) -> None:
            if generation == self._generation:
                self._in_flight.discard(tag)
                store(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._in_flight.discard(tag)
            log.warning("dashboard: computing %s ahead failed: %s", tag[0], exc)

        run_task(
            self,
            lambda _progress, _cancelled: work(),
            label="",
            show_progress=False,
            on_finished=finished,
            on_failed=failed,
        )

    # -- drill-down ---------------------------------------------------------------------
    def focus_item(self, item_id: str) -> bool:
        """Show an indicator's trend, or a measure's or a plan node's direction (the command
        line's `gui --item`); False when the figures do not hold it."""
        o = self.overview
        if o is None:
            return False
        direction = dash.direction_of(o.status, self.measures(), item_id)
        is_indicator = any(r.indicator_id == item_id for r in o.status.indicators)
        if direction is None and not is_indicator:
            return False
        self.direction_id = direction  # None for an indicator attached to no plan item
        self.indicator_id = item_id if is_indicator else None
        self._show_level()
        return True

    def open_direction(self, direction_id: str) -> None:
        self.direction_id = direction_id
        self.indicator_id = None
        self._show_level()

    def open_indicator(self, indicator_id: str) -> None:
        self.indicator_id = indicator_id
        self._show_level()

    def go_back(self) -> None:
        if self.indicator_id is not None:
            self.indicator_id = None
        else:
            self.direction_id = None
        self._show_level()

    def _crumb(self, link: str) -> None:
        if link == "overview":
            self.direction_id = None
            self.indicator_id = None
        elif link == "direction":
            self.indicator_id = None
        self._show_level()

    def _show_level(self) -> None:
        o = self.overview
        if o is None:
            return
        if self.direction_id is not None and not any(
            d.plan_item_id == self.direction_id for d in o.directions
        ):
            self.direction_id = None
            self.indicator_id = None
        if self.indicator_id is not None:
            view = self._indicator_view()
            series = self._series.get(self.indicator_id)
            if series is None:
                series = self._series[self.indicator_id] = st.indicator_series(
                    self.ctx.db, self.indicator_id
                )
            view.show_series(series, o.period)
            self.levels.setCurrentWidget(view)
        elif self.direction_id is not None:
            self.direction_view.show_detail(
                dash.direction_detail(o.status, self.measures(), self.direction_id)
            )
            self.direction_view.show_budget_year(self._direction_budget(o, self.direction_id))
            self.levels.setCurrentWidget(self.direction_view)
        else:
            self.levels.setCurrentWidget(self.overview_view)
        self._fill_crumbs()

    def _direction_budget(self, o: dash.Overview, direction_id: str) -> YearBudget:
        """The direction's year from the overview's computation, which holds every direction
        with a plan or spending: one it lacks has none in any year (an empty year)."""
        shown = o.direction_budget_years.get(str(direction_id))
        if shown is not None:
            return shown
        if o.budget_year is not None:
            return YearBudget(o.budget_year.year, ())
        return year_budget(self.ctx.db, o.program_id, o.period, direction_id)

    def _indicator_view(self):
        if self.indicator_view is None:
            from meapp.ui.dashboard.trend import IndicatorView

            self.indicator_view = IndicatorView()
            self.indicator_view.open_monitoring.connect(
                lambda iid: self.focus_requested.emit("monitoring", iid)
            )
            self.levels.addWidget(self.indicator_view)
        return self.indicator_view

    def _fill_crumbs(self) -> None:
        o = self.overview
        if o is None or self.direction_id is None:
            self.crumbs_row.hide()
            return
        self.crumbs_row.show()
        direction = next(d for d in o.directions if d.plan_item_id == self.direction_id)
        name = f"{direction.code}. {direction.title}" if direction.code else direction.title
        parts = [f'<a href="overview">{_esc(translate("Dashboard", "Overview"))}</a>']
        if self.indicator_id is None:
            parts.append(f"<b>{_esc(name)}</b>")
        else:
            parts.append(f'<a href="direction">{_esc(name)}</a>')
            series = self._series.get(self.indicator_id)
            if series is not None:
                label = f"{series.code} {series.name}" if series.code else series.name
                parts.append(f"<b>{_esc(label)}</b>")
        self.crumbs.setText(" › ".join(parts))

    # -- tabs ---------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        o = self.overview
        if o is None:
            return
        if index == 1:
            key = (o.program_id, o.period)
            rows = self._executors.get(key)
            if rows is None:
                rows = self._executors[key] = dash.executors(
                    self.ctx.db, o.program_id, o.period, status=o.status, measures=self.measures()
                )
            self.executors_view.set_rows(rows, o.period)
        elif index == 2:
            self._load_municipalities()

    def _load_municipalities(self) -> None:
        period = self.scope.period
        if period is None:
            return
        rows = self._municipalities.get(period)
        if rows is not None:
            self.municipalities_view.set_rows(rows, period)
            return
        if self._loading_period == period:
            return
        self._loading_period = period
        self.municipalities_view.set_loading(period)
        from meapp.ui.worker import run_task

        db = self.ctx.db

        def finished(result: tuple[dash.MunicipalityRow, ...], wanted: str = period) -> None:
            self.summary_progress.finish()
            self._municipalities[wanted] = result
            if self._loading_period == wanted:
                self._loading_period = None
            if self.scope.period == wanted:
                self.municipalities_view.set_rows(result, wanted)

        def failed(exc: BaseException) -> None:
            self._loading_period = None
            self.summary_progress.finish()
            from meapp.ui.messages import show_error

            show_error(self, exc)

        run_task(
            self,
            self._municipalities_work(db, period),
            label="",
            show_progress=False,
            on_finished=finished,
            on_failed=failed,
        )

    def _add_summary_progress(self) -> None:
        """The bar under the municipalities' intro that follows the first fill of the
        stored summaries (issue 22: 484 programmes take a while the first time)."""
        from meapp.ui.dashboard.summary_progress import SummaryProgress

        self.summary_progress = SummaryProgress(self.municipalities_view)
        layout = self.municipalities_view.layout()
        assert isinstance(layout, QVBoxLayout)  # RankingView's: the intro row, then the table
        layout.insertWidget(1, self.summary_progress)

    def _municipalities_work(self, db, period: str):
        """The background work of the municipalities tab: the roll-up from the stored
        summaries, reporting each programme it has to compute to the progress bar."""
        report = self.summary_progress.report

        def work(_progress, _cancelled):
            return dash.municipalities(db, period, progress=report)

        return work

    def _open_program(self, program_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.programs_changed.emit(program_id)

    def focus_search(self) -> bool:
        index = self.tabs.currentIndex()
        if index == 1:
            self.executors_view.filter.setFocus()
            return True
        if index == 2:
            self.municipalities_view.filter.setFocus()
            return True
        return False

    # -- texts --------------------------------------------------------------------------
    def _fill_header(self) -> None:
        p = self.scope.program
        o = self.overview
        if p is None or o is None:
            return
        self.heading.setText(p.title)
        kind = labels.municipality_kind(p.municipality_kind)
        place = f"{p.municipality} ({kind})" if kind else p.municipality
        self.subtitle.setText(
            translate("Dashboard", "{place} · figures for {period} · round: {state}").format(
                place=place,
                period=labels.period(o.period),
                state=labels.round_state(o.status.round_state).lower(),
            )
        )
        if o.is_fallback:
            self.notice_text.setText(
                translate(
                    "Dashboard",
                    "No actuals have been entered for {chosen} yet, so the dashboard shows "
                    "{period}, the latest period with actuals. Enter the new figures on the "
                    "Monitoring page.",
                ).format(chosen=labels.period(o.chosen_period), period=labels.period(o.period))
            )
            self.notice.show()
        elif not o.has_data:
            self.notice_text.setText(
                translate(
                    "Dashboard",
                    "No actuals have been entered for {period} yet, so progress cannot be "
                    "computed. Enter them on the Monitoring page.",
                ).format(period=labels.period(o.period))
            )
            self.notice.show()
        else:
            self.notice.hide()

    def _empty_texts(self) -> None:
        if self.scope.program is None:
            self.empty.set_texts(
                self.tr("No programme yet"),
                self.tr(
                    "Create the demo programme or an empty programme with File → New "
                    "programme, or open another database with File → Open database."
                ),
            )
        else:
            self.empty.set_texts(
                translate("Dashboard", "The programme has no reporting periods"),
                translate(
                    "Dashboard",
                    "Set the programme's years on the Plan page; the periods follow from them.",
                ),
            )

    def retranslate_ui(self) -> None:
        self._empty_texts()
        self.tabs.setTabText(0, translate("Dashboard", "Overview"))
        self.tabs.setTabText(1, translate("Dashboard", "Executors"))
        self.tabs.setTabText(2, translate("Dashboard", "Municipalities"))
        self.back_button.setText(translate("Dashboard", "← Back"))
        self.back_button.setToolTip(translate("Dashboard", "Back one level (Alt+Left)"))
        self.notice_button.setText(translate("Dashboard", "Open Monitoring"))
        self.overview_view.retranslate_ui()
        self.direction_view.retranslate_ui()
        self.executors_view.retranslate_ui()
        self.municipalities_view.retranslate_ui()
        self.overdue_banner.retranslate_ui()
        if self.indicator_view is not None:
            self.indicator_view.retranslate_ui()
        if self.overview is not None:
            self.overview_view.show_overview(self.overview)
            self._fill_header()
            self._fill_crumbs()

    def open_calendar(self) -> None:
        """The programme's reporting calendar; the late line follows what was changed."""
        from meapp.ui.monitoring.calendar_dialog import open_calendar

        if open_calendar(self.ctx, self.scope.program_id, self):
            self.overdue_banner.show_program(self.ctx.db, self.scope.program_id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PAGE = DashboardPage
