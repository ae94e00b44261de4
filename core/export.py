"""Spreadsheet downloads shared by the site and the admin: CSV or XLSX, never runnable as formulas.

Every download the project offers goes through `spreadsheet_response`, the admin's listings too
(through `SpreadsheetExportViewSetMixin`), so one function decides what a cell may start with.

A CSV is what Excel opens in the reader's language: UTF-8 with a byte order mark (without it
Excel reads UTF-8 as the ANSI code page and shows "Ä«" for "ī"), and the list separator the
locale expects: where the decimal separator is a comma (lv), Excel splits on ";" and a decimal
is written "12,5"; in English on "," with "12.5". An XLSX keeps its types: numbers are numbers,
dates and times are dates (in the site's time zone, as openpyxl stores no time zone) and text
is text, never a formula.
"""

import csv
import datetime
import decimal
import io
import re
from functools import cache

from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.encoding import force_str
from django.utils.text import capfirst
from django.utils.translation import gettext as _

# What a spreadsheet takes for the start of a formula (OWASP "CSV Injection"), with the
# full-width forms that Excel and LibreOffice fold into their ASCII counterparts.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
XLSX_DATE_FORMAT = "yyyy-mm-dd"
XLSX_TIME_FORMAT = "hh:mm"
CSV_DATETIME_FORMAT = "%Y-%m-%d %H:%M"
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def is_formula_like(value):
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def spreadsheet_safe(value):
    """Text a spreadsheet will not run as a formula: a leading apostrophe, as OWASP advises."""
    if is_formula_like(value):
        return "'" + value
    return value


def csv_delimiter():
    """The list separator Excel uses in the active language: ";" where decimals take a comma."""
    return ";" if formats.get_format("DECIMAL_SEPARATOR") == "," else ","


def local_naive(value):
    """A datetime as the reader's clock shows it, without a time zone (what XLSX can store)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None)


def spreadsheet_value(value):
    """What a cell holds: numbers, dates, booleans and None as they are, anything else as text."""
    if value is None or isinstance(
        value, str | bool | int | float | decimal.Decimal | datetime.date | datetime.time
    ):
        return value
    return force_str(value)


def csv_cell(value, decimal_separator="."):
    """One CSV field: typed values written as the active language reads them, text made safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | decimal.Decimal):
        return format(decimal.Decimal(str(value)), "f").replace(".", decimal_separator)
    if isinstance(value, datetime.datetime):
        return local_naive(value).strftime(CSV_DATETIME_FORMAT)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return spreadsheet_safe(force_str(value))


def xlsx_cell(sheet, value):
    """One XLSX cell: numbers, booleans and dates typed; text stored as text, never a formula."""
    from openpyxl.cell import WriteOnlyCell

    if value is None:
        return None
    if isinstance(value, bool | int | float | decimal.Decimal):
        return value
    if isinstance(value, datetime.datetime):
        cell = WriteOnlyCell(sheet, value=local_naive(value))
        cell.number_format = XLSX_DATETIME_FORMAT
        return cell
    if isinstance(value, datetime.date | datetime.time):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = (
            XLSX_DATE_FORMAT if isinstance(value, datetime.date) else XLSX_TIME_FORMAT
        )
        return cell
    text = force_str(value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # a string, even when it starts with "=": never a formula
    if is_formula_like(text):
        # Excel's own form of the apostrophe: the text stays text when someone edits the cell.
        cell.quotePrefix = True
    return cell


def sheet_title(name):
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return _SHEET_TITLE_FORBIDDEN.sub(" ", force_str(name)).strip()[:31] or "1"


def spreadsheet_response(headers, rows, *, filename, export="csv", sheet_name):
    """A download of `rows` (an iterable of lists) as `filename.csv` or `filename.xlsx`.

    `headers` and `sheet_name` are what the reader sees, so they are in the active language.
    """
    if export == "csv":
        separator = formats.get_format("DECIMAL_SEPARATOR")
        buffer = io.StringIO()
        buffer.write("\ufeff")
        writer = csv.writer(buffer, delimiter=csv_delimiter())
        writer.writerow([csv_cell(heading) for heading in headers])
        for row in rows:
            writer.writerow([csv_cell(value, separator) for value in row])
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(sheet_title(sheet_name))
        sheet.append([xlsx_cell(sheet, heading) for heading in headers])
        for row in rows:
            sheet.append([xlsx_cell(sheet, value) for value in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{export}"'
    return response


class SpreadsheetExportViewMixin:
    """Wagtail's listing export (`SpreadsheetExportMixin`) written by `spreadsheet_response`.

    Wagtail writes CSV cells as they come (a title "=HYPERLINK(…)" runs when opened), without a
    byte order mark, with commas in every language, and XLSX datetimes in UTC. Here its hooks
    pick the values (`to_row_dict`, `get_preprocess_function`) and this module writes them.
    """

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            # A choice is exported by its label, as the listing shows it, not by its code.
            display = getattr(item, f"get_{field}_display", None)
            if callable(display):
                row[field] = display()
        return row

    def get_preprocess_function(self, field, value, export_format):
        from wagtail.admin.views.mixins import list_to_str

        custom = self.custom_field_preprocess.get(field, {})
        if export_format in custom:
            return custom[export_format]
        if isinstance(value, list | tuple):
            return list_to_str
        return spreadsheet_value

    def as_spreadsheet(self, queryset, spreadsheet_format):
        headers = [self.get_heading(queryset, field) for field in self.list_export]
        rows = (
            [
                self.preprocess_field_value(field, value, spreadsheet_format)
                for field, value in self.to_row_dict(item).items()
            ]
            for item in queryset
        )
        return spreadsheet_response(
            headers,
            rows,
            filename=self.get_filename(),
            export=spreadsheet_format,
            sheet_name=capfirst(self.model._meta.verbose_name_plural),
        )


@cache
def _export_view_class(index_view_class):
    return type(index_view_class.__name__, (SpreadsheetExportViewMixin, index_view_class), {})


class SpreadsheetExportViewSetMixin:
    """For a ModelViewSet or SnippetViewSet with `list_export`: its listing (and the listing's
    results view) downloads through `spreadsheet_response`, whichever index view it uses."""

    def construct_view(self, view_class, **kwargs):
        from wagtail.admin.views.mixins import SpreadsheetExportMixin

        if issubclass(view_class, SpreadsheetExportMixin):
            view_class = _export_view_class(view_class)
        return super().construct_view(view_class, **kwargs)
