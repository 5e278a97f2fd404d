"""The world's countries by their Chinese names, from ISO 3166-1 as `pycountry` ships it with its translations
(the Debian iso-codes data): 日本, 韩国, 朝鲜, 越南, 蒙古国.

Only the data is used: the message catalogue of the Simplified Chinese translation, read with the standard
library's gettext. China itself and the parts of China ISO lists apart (台湾, 香港, 澳门) are left out: Chinese
official writing does not name them as foreign countries, and the gazetteer knows them as divisions.
"""
from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

import pycountry

ISO_DOMAIN = "iso3166-1"
CHINESE = "zh_CN"
CHINA_CODES = frozenset({"CN", "TW", "HK", "MO"})
COUNTRY_WORD = "国"  # 蒙古 -> 蒙古国, 日本 -> 日本国: the name with 国 is the country too


@cache
def country_names() -> frozenset[str]:
    """Every Chinese name of every foreign country: its name, common name and official name, each also with 国."""
    catalogue = gettext.translation(ISO_DOMAIN, Path(pycountry.__file__).parent / "locales", languages=[CHINESE])
    names = set()
    for country in pycountry.countries:
        if country.alpha_2 in CHINA_CODES:
            continue
        for field in ("name", "common_name", "official_name"):
            english = getattr(country, field, None)
            chinese = catalogue.gettext(english) if english else ""
            if chinese and chinese != english:
                names |= {chinese, chinese if chinese.endswith(COUNTRY_WORD) else chinese + COUNTRY_WORD}
    return frozenset(names)
