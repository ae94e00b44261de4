"""Every interface string exists in Latvian, and Latvian pages show no English ones."""

import re
import subprocess
from pathlib import Path

import polib
import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((BASE_DIR / "locale").glob("*/LC_MESSAGES/django.po"))


def test_catalogues__exist_for_both_languages():
    assert {path.parts[-3] for path in CATALOGUES} == {"lv", "en"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue__is_complete_and_valid(path):
    catalogue = polib.pofile(str(path))

    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)


def test_catalogue__covers_every_string_in_code_and_templates(tmp_path):
    """Extracting the strings afresh must find nothing the committed catalogue lacks."""
    from django.utils.translation.template import templatize

    catalogue = polib.pofile(str(BASE_DIR / "locale/lv/LC_MESSAGES/django.po"))
    known = {(entry.msgctxt, entry.msgid) for entry in catalogue}
    sources = [
        path
        for path in BASE_DIR.glob("*/**/*.py")
        if path.parts[len(BASE_DIR.parts)] not in {".venv", "tests", "scripts"}
    ]
    for number, template in enumerate((BASE_DIR / "templates").rglob("*.*")):
        converted = tmp_path / f"template_{number}.py"
        converted.write_text(templatize(template.read_text(), origin=str(template)))
        sources.append(converted)
    extracted = subprocess.run(
        [
            "xgettext",
            "--language=Python",
            "--from-code=UTF-8",
            "--keyword=_",
            "--keyword=gettext",
            "--keyword=gettext_lazy",
            "--keyword=ngettext:1,2",
            "--keyword=pgettext:1c,2",
            "--output=-",
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(extracted) if entry.msgid}

    assert len(found) > 50
    assert found - known == set()


LV_PAGES = [
    "/lv/",
    "/lv/learning/",
    "/lv/search/?q=energo",
    "/lv/accounts/login/",
    "/lv/accessibility/",
    "/lv/accounts/password/reset/",
    "/lv/nav-tadas-lapas/",
]


@pytest.mark.parametrize("url", LV_PAGES)
def test_latvian_page__shows_no_english_interface_strings(client, site_tree, url):
    html = re.sub(r"\s*<", "<", re.sub(r">\s*", ">", client.get(url).content.decode()))
    catalogue = polib.pofile(str(BASE_DIR / "locale/lv/LC_MESSAGES/django.po"))
    english = [
        entry.msgid
        for entry in catalogue
        if len(entry.msgid) > 4 and entry.msgstr != entry.msgid and "%" not in entry.msgid
    ]

    leaked = [msgid for msgid in english if f">{msgid}<" in html or f'aria-label="{msgid}"' in html]

    assert leaked == []
