"""Every spreadsheet the project hands out, the admin's included: formula-safe, opened by a
Latvian or English spreadsheet as written (byte order mark, list separator, decimals), typed
XLSX in the reader's time zone, checked by openpyxl, Python's csv and LibreOffice."""

import csv
import datetime
import io
import re
import shutil
import subprocess  # noqa: S404 - LibreOffice, run on a file the test wrote
from http import HTTPStatus
from importlib import import_module
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.db import models
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Locale, Page

from core.export import FORMULA_PREFIXES, spreadsheet_safe
from exchanges.factories import AdviceFactory
from exchanges.models import Measure
from learning.factories import ModulePageFactory
from learning.models import Enrollment

PAYLOADS = [
    '=HYPERLINK("http://evil.example/","open me")',
    "@SUM(1+1)",
    "+1+1",
    "-1+1",
    "\t=1+1",
    "\r=1+1",
    "\uff1dHYPERLINK(1)",  # full-width "＝"
    "\uff0b1+1",
    "\uff0d1+1",
    "\uff20SUM(1)",
]
NUMBER = re.compile(r"-?\d+([.,]\d+)?")
RIGA = ZoneInfo("Europe/Riga")


def runnable(text):
    """Would a spreadsheet take this cell for a formula? (A negative number is a number.)"""
    return (
        isinstance(text, str) and text.startswith(FORMULA_PREFIXES) and not NUMBER.fullmatch(text)
    )


def exporting_listings():
    """Every admin listing that offers a download, as Wagtail registered it (not a list here)."""
    import_module(settings.ROOT_URLCONF)  # the admin's URLs fill Wagtail's viewset registry
    found = {}
    for viewset in viewsets.viewsets:
        view_class = getattr(viewset, "index_view_class", None)
        if not (isinstance(view_class, type) and issubclass(view_class, SpreadsheetExportMixin)):
            continue
        kwargs = {**viewset.get_common_view_kwargs(), **viewset.get_index_view_kwargs()}
        list_export = kwargs.get("list_export", ViewSet.UNDEFINED)
        if list_export is ViewSet.UNDEFINED:
            list_export = view_class.list_export
        if list_export:
            found[kwargs["index_url_name"]] = (viewset.model, list(list_export))
    return found


LISTINGS = exporting_listings()


def poison(record):
    """Every text the record shows, its own and its related records', becomes a formula."""
    payloads = iter(PAYLOADS * 10)
    targets = [record]
    for field in record._meta.concrete_fields:
        related = getattr(record, field.name) if field.many_to_one else None
        if related is not None and not isinstance(related, Locale):  # a locale is no one's text
            targets.append(related)
    for target in targets:
        if isinstance(target, Page):
            fields = [target._meta.get_field("title"), target._meta.get_field("draft_title")]
        else:
            fields = [
                field
                for field in target._meta.concrete_fields
                if isinstance(field, models.CharField | models.TextField)
                and not isinstance(field, models.SlugField)
                and not field.choices
            ]
        values = {}
        for field in fields:
            value = f"{next(payloads)} {target.pk}"
            values[field.name] = value[: field.max_length] if field.max_length else value
        type(target)._base_manager.filter(pk=target.pk).update(**values)


@pytest.fixture
def programme(world, site_tree):
    """The world, with a trainee's progress too (the admin lists that)."""
    module = ModulePageFactory(parent=site_tree.pages[("lv", "learning")])
    Enrollment.objects.create(user=world.users["trainee"], module=module)
    Measure.objects.filter(pk=world.objects["measure_a"].pk).update(
        adopted_from=world.objects["case"], budget_eur=12500.5
    )
    return world


def test_admin_listings_with_export__include_those_people_write_into():
    assert {"advice:index", "advice_updates:index", "visits:index", "visit_reports:index"} <= set(
        LISTINGS
    )
    assert {"measures:index", "trainee_progress:index"} <= set(LISTINGS)


@pytest.mark.parametrize("url_name", sorted(LISTINGS))
def test_admin_export__every_listing_is_formula_safe_in_csv_and_xlsx(client, programme, url_name):
    model, list_export = LISTINGS[url_name]
    record = model._default_manager.order_by("pk").first()
    assert record is not None, f"the test world has no {model._meta.label} to export"
    poison(record)
    client.force_login(programme.users["coordinator"])
    url = reverse(url_name)

    csv_response = client.get(url, {"export": "csv"})
    xlsx_response = client.get(url, {"export": "xlsx"})

    assert csv_response.status_code == HTTPStatus.OK
    body = b"".join(getattr(csv_response, "streaming_content", [csv_response.content]))
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert len(rows[0]) == len(list_export)  # Latvian admin: ";" separates the columns
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if runnable(cell)]
    assert any(cell.startswith("'") and runnable(cell[1:]) for cell in cells), "nothing poisoned"

    sheet = load_workbook(io.BytesIO(xlsx_response.content)).active
    xlsx_cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in xlsx_cells if cell.data_type == "f"]
    formula_like = [cell for cell in xlsx_cells if runnable(cell.value)]
    assert formula_like, "nothing poisoned"
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in formula_like)


def test_spreadsheet_safe__neutralises_every_formula_start_full_width_too():
    for payload in PAYLOADS:
        assert spreadsheet_safe(payload) == "'" + payload
    assert spreadsheet_safe("Jūrmala") == "Jūrmala"
    assert spreadsheet_safe(-5) == -5


@pytest.mark.parametrize(
    ("language", "delimiter", "title", "due", "overdue"),
    [("lv", ";", "Nosaukums", "Termiņš", "nē"), ("en", ",", "Title", "Due date", "no")],
)
def test_advice_csv__bom_separator_and_headings_follow_the_language(
    as_user, world, language, delimiter, title, due, overdue
):
    AdviceFactory(
        pair=world.objects["pair_a"], title="\uff1dHYPERLINK(1)", due_on=datetime.date(2030, 5, 4)
    )
    client = as_user("mentee")

    response = client.get(f"/{language}/exchanges/workspace/advice.csv")

    assert response.status_code == HTTPStatus.OK
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=delimiter))
    assert rows[0][0] == title and due in rows[0]
    row = next(row for row in rows if row[0].endswith("HYPERLINK(1)"))
    assert row[0] == "'\uff1dHYPERLINK(1)"
    assert row[rows[0].index(due)] == "2030-05-04"
    assert overdue in row


def test_dashboard_xlsx__numbers_are_numbers_and_last_activity_a_riga_datetime(as_user, world):
    jurmala = world.municipalities["jurmala"]
    moment = datetime.datetime(2035, 1, 15, 10, 30, tzinfo=datetime.UTC)  # 12:30 in Rīga
    Measure.objects.filter(municipality=jurmala).update(updated_at=moment)
    client = as_user("region_here")

    response = client.get(world.url("region-dashboard", "riga"), {"format": "xlsx"})

    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Rīgas plānošanas reģions"]
    rows = list(workbook.active.iter_rows())
    headings = [cell.value for cell in rows[0]]
    jurmala_row = next(row for row in rows if row[0].value == "Jūrmala")
    activity = jurmala_row[headings.index("Pēdējā aktivitāte")]
    assert activity.is_date
    assert activity.value == moment.astimezone(RIGA).replace(tzinfo=None)
    people = jurmala_row[headings.index("Personas")]
    assert people.data_type == "n" and people.value == 1


def test_dashboard_csv__last_activity_in_riga_time(as_user, world):
    jurmala = world.municipalities["jurmala"]
    moment = datetime.datetime(2035, 7, 15, 10, 30, tzinfo=datetime.UTC)  # summer: 13:30
    Measure.objects.filter(municipality=jurmala).update(updated_at=moment)
    client = as_user("region_here")

    response = client.get(world.url("region-dashboard", "riga"), {"format": "csv"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    jurmala_row = next(row for row in rows if row[0] == "Jūrmala")
    assert jurmala_row[rows[0].index("Pēdējā aktivitāte")] == "2035-07-15 13:30"


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is installed by make test")
def test_libreoffice_reads_the_dashboard_xlsx_typed_and_without_formulas(as_user, world, tmp_path):
    jurmala = world.municipalities["jurmala"]
    type(jurmala).objects.filter(pk=jurmala.pk).update(name="=1+1")
    moment = datetime.datetime(2035, 1, 15, 10, 30, tzinfo=datetime.UTC)
    Measure.objects.filter(municipality=jurmala).update(updated_at=moment)
    client = as_user("region_here")
    source = tmp_path / "riga.xlsx"
    source.write_bytes(
        client.get(world.url("region-dashboard", "riga"), {"format": "xlsx"}).content
    )

    subprocess.run(  # noqa: S603 - fixed arguments, a file this test wrote
        [
            shutil.which("soffice"),
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):59,34,76",  # ";", '"', UTF-8
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )

    rows = list(csv.reader(io.StringIO((tmp_path / "riga.csv").read_text()), delimiter=";"))
    assert rows[0][0] == "Pašvaldība"
    formula_row = next(row for row in rows if row[0] in {"=1+1", "2"})
    assert formula_row[0] == "=1+1"  # text, not the formula's result
    assert formula_row[rows[0].index("Pēdējā aktivitāte")] == "2035-01-15 12:30"
    assert formula_row[rows[0].index("Personas")] == "1"
