"""The screens of the main window, in sidebar order.

To add a screen: write a ``Page`` subclass in its own module under ``ui/pages/`` and
list its class here, in the section where it belongs. The main window builds one of
each, puts it in the sidebar with its icon, and gives it Ctrl+1, Ctrl+2, ... in this
order. See ``docs/ui-architecture.md``.
"""

from __future__ import annotations

from ui.pages.base import PLANNING, RECORDS, Page
from ui.pages.departure_page import DeparturePage
from ui.pages.export_page import ExportPage
from ui.pages.flights import FlightsPage
from ui.pages.households import HouseholdsPage
from ui.pages.import_page import ImportPage
from ui.pages.intake_page import IntakePage
from ui.pages.plan_page import PlanPage
from ui.pages.results_page import ResultsPage
from ui.pages.roster import RosterPage
from ui.pages.shelters import SheltersPage
from ui.pages.sitrep_page import SitrepPage
from ui.pages.slots import SlotsPage

#: Records: the operation's data, edited by hand or imported.
RECORD_PAGES: list[type[Page]] = [RosterPage, HouseholdsPage, FlightsPage, SheltersPage,
                                  SlotsPage, IntakePage]
#: Planning workflow: Import, Plan, Results, Export (added with their services).
PLANNING_PAGES: list[type[Page]] = [ImportPage, PlanPage, ResultsPage, ExportPage,
                                    DeparturePage, SitrepPage]


def page_types() -> list[type[Page]]:
    return [*RECORD_PAGES, *PLANNING_PAGES]


SECTIONS = (RECORDS, PLANNING)
