"""Fill the English catalogue from the source strings, which are English already.

Run by `make messages` after makemessages, so locale/en is always complete. Every entry is
reset to its source text: makemessages' fuzzy guesses would otherwise show another string.
"""

import sys
from pathlib import Path

import polib

path = Path(__file__).resolve().parent.parent / "locale/en/LC_MESSAGES/django.po"
catalogue = polib.pofile(str(path))
for entry in catalogue:
    if entry.msgid_plural:
        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
    else:
        entry.msgstr = entry.msgid
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
catalogue.metadata_is_fuzzy = False
catalogue.metadata["Language"] = "en"
catalogue.metadata["Language-Team"] = "English"
catalogue.metadata["Last-Translator"] = "Energoplānošana pašvaldībās <info@energoplanosana.lv>"
catalogue.metadata["PO-Revision-Date"] = catalogue.metadata.get("POT-Creation-Date", "")
catalogue.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
catalogue.save()
sys.stdout.write(f"{path}: {len(catalogue)} entries\n")
