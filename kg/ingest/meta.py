"""The issue's date, when the document states it."""
from __future__ import annotations

import datetime as dt
import re

ISSUE_LABEL = re.compile(r"(20\d\d|19\d\d)\s*年\s*第\s*(\d{1,2})\s*期")
ISSUE_NUMBER = re.compile(r"^第(\d{1,2})(?:[、—-]\d{1,2})?期$", re.M)
FULL_DATE = re.compile(r"(20\d\d|19\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# A date that starts a rule or a plan (`自2025年1月1日起施行`) is no publication date.
FUTURE_CONTEXT = re.compile(r"^\s*(?:起|前|以前|之前|至|到)")


def issue_date(text: str) -> dt.date | None:
    """`2024年第12期` (month from the issue number; twice-monthly when the year has more than 12 issues),
    else the latest full date in the first quarter of the text that is not a future deadline."""
    label = ISSUE_LABEL.search(text)
    if label:
        year, number = int(label.group(1)), int(label.group(2))
        issues = max((int(n) for n in ISSUE_NUMBER.findall(text)), default=number)
        month = (number + 1) // 2 if issues > 12 else number
        if 1 <= month <= 12:
            return dt.date(year, month, 1)
    dates = []
    for match in FULL_DATE.finditer(text[: max(2000, len(text) // 4)]):
        if FUTURE_CONTEXT.match(text[match.end():match.end() + 3]):
            continue
        try:
            dates.append(dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            continue
    return max(dates) if dates else None
