"""Fill the English catalogue from the source strings, which are English already.

Run by `make messages` after makemessages, so locale/en is always complete: the English text
is reviewed where it is written, and an editor can still override one entry in the .po file.
"""

import sys
from pathlib import Path

import polib

path = Path(__file__).resolve().parent.parent / "locale/en/LC_MESSAGES/django.po"
catalogue = polib.pofile(str(path))
for entry in catalogue:
    if entry.msgid_plural:
        entry.msgstr_plural = {
            0: entry.msgstr_plural.get(0) or entry.msgid,
            1: entry.msgstr_plural.get(1) or entry.msgid_plural,
        }
    elif not entry.msgstr:
        entry.msgstr = entry.msgid
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
catalogue.metadata_is_fuzzy = False
catalogue.metadata["Language"] = "en"
catalogue.metadata["Language-Team"] = "English"
catalogue.metadata["Last-Translator"] = "Energoplānošana pašvaldībās <info@energoplanosana.lv>"
catalogue.metadata["PO-Revision-Date"] = catalogue.metadata.get("POT-Creation-Date", "")
catalogue.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
catalogue.save()
sys.stdout.write(f"{path}: {len(catalogue)} entries\n")
