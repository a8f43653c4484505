"""The fields of the organisations file as words in the interface language (``kvk`` is "KvK
number"); mapping files and the command line keep the field names."""

from __future__ import annotations

from PySide6.QtCore import QObject


class FieldWords(QObject):
    def word(self, field: str) -> str:
        words = {
            "name": self.tr("Name"),
            "external_id": self.tr("Your own id"),
            "short_name": self.tr("Short name"),
            "aliases": self.tr("Other names"),
            "kind": self.tr("Helix kind"),
            "type": self.tr("Type of organisation"),
            "country": self.tr("Country"),
            "city": self.tr("City or town"),
            "municipality": self.tr("Municipality"),
            "postcode": self.tr("Postcode"),
            "province": self.tr("Province"),
            "kvk": self.tr("KvK number"),
            "pic": self.tr("PIC (EU participant code)"),
            "website": self.tr("Website"),
            "description": self.tr("Description"),
            "keywords": self.tr("Keywords"),
            "topsectors": self.tr("Topsectors"),
            "technologies": self.tr("Key technologies"),
            "missions": self.tr("Missions"),
            "employees": self.tr("Employees"),
            "sme": self.tr("SME"),
            "ror": self.tr("ROR id"),
        }
        return words.get(field, field)
